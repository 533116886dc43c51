namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>The units of speed, in kilometres per hour: symbols in every language, words by language code.</summary>
internal static class SpeedUnits
{
    private static readonly Dictionary<string, decimal> Symbols = new(StringComparer.Ordinal) { ["km/h"] = 1m, ["mph"] = 1.609344m, ["kn"] = 1.852m };

    private static readonly Dictionary<string, Dictionary<string, decimal>> Words = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.OrdinalIgnoreCase) { ["knots"] = 1.852m, ["knot"] = 1.852m, ["miles per hour"] = 1.609344m, ["kilometres per hour"] = 1m },
        ["fr"] = new(StringComparer.OrdinalIgnoreCase) { ["nœuds"] = 1.852m, ["nœud"] = 1.852m, ["noeuds"] = 1.852m, ["kilomètres heure"] = 1m },
    };

    /// <summary>The longest unit <paramref name="words"/> start with, and its value in km/h; null when they start with none.</summary>
    public static (string Unit, decimal PerUnit)? Longest(string words, string language)
    {
        var parts = words.Split([' ', '\u00A0']);
        for (var count = parts.Length; count > 0; count--)
        {
            var unit = string.Join(' ', parts[..count]);
            if (Symbols.TryGetValue(unit, out var perUnit) || (Words.TryGetValue(language, out var own) && own.TryGetValue(unit, out perUnit)))
                return (words[..unit.Length], perUnit);
        }
        return null;
    }
}
