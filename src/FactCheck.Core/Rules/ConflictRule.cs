using System.Globalization;

namespace FactCheck.Rules;

/// <summary>A comparison rule as its YAML file declares it (<c>Rules/BuiltIn/*.yml</c>, <c>extends: conflict</c>).</summary>
public sealed record ConflictRule(string Id, string Level, string Description, double Tolerance, double RoundTolerance, double About, double RateBand)
{
    /// <summary>The built-in figure-conflict rule.</summary>
    public static readonly ConflictRule FigureConflict = Read("figure-conflict");

    /// <summary>The built-in restatement-mismatch rule: the figures carry their own precision, and the rate its band.</summary>
    public static readonly ConflictRule RestatementMismatch = Read("restatement-mismatch");

    /// <summary>The built-in place-conflict rule (places have no tolerance: they agree when one contains the other).</summary>
    public static readonly ConflictRule PlaceConflict = Read("place-conflict");

    private static ConflictRule Read(string id)
    {
        var node = EmbeddedData.Load($"Rules/BuiltIn/{id}.yml");
        return new ConflictRule(id, node.Scalar("level") ?? "error", node.Scalar("description") ?? "",
            Percent(node.Scalar("tolerance"), 0.005), Percent(node.Scalar("round-tolerance"), 0.025), Percent(node.Scalar("about"), 0.10),
            Percent(node.Scalar("rate-band"), 0));
    }

    private static double Percent(string? text, double fallback) =>
        text is null ? fallback : double.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture) / (text.EndsWith('%') ? 100 : 1);
}
