using System.Globalization;

namespace FactCheck.Rules;

/// <summary>A comparison rule as its YAML file declares it (<c>Rules/BuiltIn/*.yml</c>, <c>extends: conflict</c>).</summary>
public sealed record ConflictRule(string Id, string Level, string Description, double Tolerance, double RoundTolerance, double About, double RateBand)
{
    /// <summary>The built-in figure-conflict rule.</summary>
    public static readonly ConflictRule FigureConflict = Read("figure-conflict");

    /// <summary>The built-in restatement-mismatch rule: the figures carry their own precision, and the rate its band.</summary>
    public static readonly ConflictRule RestatementMismatch = Read("restatement-mismatch");

    /// <summary>The built-in quantity-conflict rule: counts of one group.</summary>
    public static readonly ConflictRule QuantityConflict = Read("quantity-conflict");

    /// <summary>The built-in percentage-conflict rule: one rate or share.</summary>
    public static readonly ConflictRule PercentageConflict = Read("percentage-conflict");

    /// <summary>The built-in date-conflict rule: the date of one event.</summary>
    public static readonly ConflictRule DateConflict = Read("date-conflict");

    /// <summary>The built-in duration-conflict rule: the length of one subject's period.</summary>
    public static readonly ConflictRule DurationConflict = Read("duration-conflict");

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
