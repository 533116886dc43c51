using System.Globalization;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Attribution;

/// <summary>The attribution-conflict rule as its YAML file declares it (<c>Rules/BuiltIn/attribution-conflict.yml</c>, <c>extends: attribution</c>).</summary>
public sealed record AttributionRule(
    string Id, string Level, string CrossLanguageLevel, string Description, int MinWords, double Jaccard, double Containment, int MinShared,
    double CrossOverlap, double CrossOverlapOfLonger, int CrossShared, int CrossLanguageDays, int IndexCap)
{
    /// <summary>The built-in attribution-conflict rule.</summary>
    public static readonly AttributionRule Default = Read("attribution-conflict");

    private static AttributionRule Read(string id)
    {
        var node = EmbeddedData.Load($"Rules/BuiltIn/{id}.yml");
        double Number(string key, double fallback) => node.Scalar(key) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new AttributionRule(id, node.Scalar("level") ?? "error", node.Scalar("cross-language-level") ?? "warning", node.Scalar("description") ?? "",
            (int)Number("min-words", 5), Number("jaccard", 0.5), Number("containment", 0.8), (int)Number("min-shared", 4),
            Number("cross-overlap", 0.6), Number("cross-overlap-of-longer", 0.4), (int)Number("cross-shared", 3),
            (int)Number("cross-language-days", 365), (int)Number("index-cap", 2000));
    }
}
