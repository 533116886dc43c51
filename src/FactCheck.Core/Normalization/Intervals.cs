using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Normalization;

/// <summary>The interval a figure stands for, the same way for every kind: its precision first, then its hedge.</summary>
public static class Intervals
{
    /// <summary>
    /// <paramref name="low"/>–<paramref name="high"/> as written, widened by half its last significant digit
    /// (<paramref name="unit"/>, kept between the rule's tolerance and round tolerance), then by its hedge.
    /// </summary>
    public static ValueRange Of(double low, double high, double unit, Qualifier qualifier, ConflictRule rule)
    {
        var precision = Math.Clamp(unit / 2, rule.Tolerance * high, rule.RoundTolerance * high);
        return qualifier switch
        {
            Qualifier.About => new(low * (1 - rule.About), high * (1 + rule.About)),
            Qualifier.Nearly => new(low * (1 - rule.About), high),
            Qualifier.MoreThan or Qualifier.AtLeast => new(low, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo => new(0, high),
            _ => new(low - precision, high + precision),
        };
    }
}
