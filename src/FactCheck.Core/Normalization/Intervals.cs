using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Normalization;

/// <summary>The interval a figure stands for, the same way for every kind: its precision first, then its hedge.</summary>
public static class Intervals
{
    /// <summary>
    /// Beyond this (a million times the world's yearly output) a figure is a serial number or a typo, too large to compare:
    /// converted and formatted it would leave decimal's range.
    /// </summary>
    public const decimal TooLarge = 1e20m;

    /// <summary>
    /// <paramref name="low"/>–<paramref name="high"/> as written, widened by half its last significant digit
    /// (<paramref name="unit"/>, kept between the rule's tolerance and round tolerance), then by its hedge.
    /// <paramref name="tolerance"/> (the rule's when null) is the least precision any figure is read with; a subject's own
    /// tolerance from factcheck.yml may exceed the rule's round-tolerance.
    /// </summary>
    public static ValueRange Of(double low, double high, double unit, Qualifier qualifier, ConflictRule rule, double? tolerance = null)
    {
        var precision = Math.Max((tolerance ?? rule.Tolerance) * high, Math.Min(unit / 2, rule.RoundTolerance * high));
        return qualifier switch
        {
            Qualifier.About => new(low * (1 - rule.About), high * (1 + rule.About)),
            Qualifier.Nearly => new(low * (1 - rule.About), high),
            // "more than 400,000" is a figure that rounds down to 400,000 as written: below 450,000 (half its last significant
            // digit), or a tenth above it when the figure is written finely ("more than 3,150"). "at least" stays a floor.
            Qualifier.MoreThan => new(low, Math.BitDecrement(high + Math.Max(unit / 2, rule.About * high))),
            Qualifier.AtLeast => new(low, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo => new(0, high),
            _ => new(low - precision, high + precision),
        };
    }
}
