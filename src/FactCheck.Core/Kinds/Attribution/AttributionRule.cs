using FactCheck.Rules;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// The attribution-conflict rule as its YAML file declares it (<c>Rules/BuiltIn/attribution-conflict.yml</c>,
/// <c>extends: attribution</c>), with the level a factcheck.yml gives it. The matching thresholds are the file's alone.
/// </summary>
public sealed record AttributionRule(
    string Id, string Level, string CrossLanguageLevel, string Description, int MinWords, double Jaccard, double Containment, int MinShared,
    double CrossOverlap, double CrossOverlapOfLonger, int CrossShared, int CrossLanguageDays, int IndexCap,
    int MinSayingWords, double SayingWording)
{
    private static readonly string[] Severity = ["off", "info", "warning", "error"];

    /// <summary>
    /// The rule a definition describes. A match across languages is less sure, so it is reported at the file's
    /// <c>cross-language-level</c>, or at the rule's level when that is lower (a user who makes the rule <c>info</c> gets info).
    /// </summary>
    public static AttributionRule From(RuleDefinition definition)
    {
        double Number(string key, double fallback) => definition.FileNumber(key) ?? fallback;
        var crossLanguage = definition.FileText("cross-language-level") ?? "warning";
        var level = Array.IndexOf(Severity, crossLanguage) < Array.IndexOf(Severity, definition.Level) ? crossLanguage : definition.Level;
        return new AttributionRule(definition.Id, definition.Level, level, definition.Description,
            (int)Number("min-words", 5), Number("jaccard", 0.5), Number("containment", 0.8), (int)Number("min-shared", 4),
            Number("cross-overlap", 0.6), Number("cross-overlap-of-longer", 0.4), (int)Number("cross-shared", 3),
            (int)Number("cross-language-days", 365), (int)Number("index-cap", 2000),
            (int)Number("min-saying-words", 10), Number("saying-wording", 0.8));
    }
}
