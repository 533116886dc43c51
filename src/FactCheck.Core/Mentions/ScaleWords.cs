using System.Collections.Frozen;

namespace FactCheck.Mentions;

/// <summary>
/// Scale words and their news abbreviations. English "billion" is 10^9 whatever the source's language:
/// French text that says "billion" is quoting English (a French "billion" of 10^12 is not used in news).
/// </summary>
internal static class ScaleWords
{
    private static readonly FrozenDictionary<string, decimal> Multipliers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3m, ["thousand"] = 1e3m, ["thousands"] = 1e3m, ["mille"] = 1e3m,
        ["m"] = 1e6m, ["mn"] = 1e6m, ["mln"] = 1e6m, ["mio"] = 1e6m, ["million"] = 1e6m, ["millions"] = 1e6m,
        ["bn"] = 1e9m, ["b"] = 1e9m, ["billion"] = 1e9m, ["billions"] = 1e9m,
        ["md"] = 1e9m, ["mds"] = 1e9m, ["mrd"] = 1e9m, ["mrds"] = 1e9m, ["milliard"] = 1e9m, ["milliards"] = 1e9m,
        ["tn"] = 1e12m, ["trillion"] = 1e12m, ["trillions"] = 1e12m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that also mean other things ("5m" is five metres, "5k" a race): money only with a currency.</summary>
    private static readonly FrozenSet<string> Ambiguous = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "k", "m", "b", "mn", "md");

    /// <summary>The regex alternation of written scales, longest first, each ending at a word boundary.</summary>
    public const string Pattern = @"(?:thousands?|mille|millions?|milliards?|billions?|trillions?|mln|mio|mrds?|mds?|mn|bn|tn|k|m|b)(?![\p{L}])";

    /// <summary>The words that can follow a number word ("un milliard", "a billion").</summary>
    public const string WordPattern = @"(?:thousands?|millions?|milliards?|billions?|trillions?)(?![\p{L}])";

    public static decimal MultiplierOf(string scale) => Multipliers.GetValueOrDefault(scale.Trim(' ', '-', '\u00A0'), 1m);

    public static bool NeedsCurrency(string scale) => Ambiguous.Contains(scale.Trim(' ', '-', '\u00A0'));
}
