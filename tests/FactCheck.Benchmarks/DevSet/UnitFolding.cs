using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>
/// Compares a quantity's unit as the set gives it with the unit the tool read, forgiving what a reader would not call a
/// difference: case, accents, plural against singular ("tonnes", "tonne"; "bateaux", "bateau"; "companies", "company"),
/// "a day" or "/d" against "per day", the usual abbreviations ("km", "kilometre"; "bpd", "barrel per day"), and words
/// around the counted noun ("steel firms" for "firm", "salariés licenciés" for "salarié"). Both sides are folded the
/// same way, so folding too much ("cas" and "ca") cannot make two different units of the set agree. The rules are the ones
/// tests/DevSet/README.md lists.
/// </summary>
internal static class UnitFolding
{
    // After the words are folded: abbreviations and spellings of one unit, to one name.
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["km"] = "kilometre", ["kilometer"] = "kilometre", ["m"] = "metre", ["meter"] = "metre", ["cm"] = "centimetre",
        ["mm"] = "millimetre", ["kg"] = "kilogram", ["kilo"] = "kilogram", ["kilogramme"] = "kilogram", ["g"] = "gram",
        ["gramme"] = "gram", ["t"] = "tonne", ["l"] = "litre", ["liter"] = "litre", ["ha"] = "hectare", ["mi"] = "mile",
        ["ft"] = "foot", ["feet"] = "foot", ["lb"] = "pound", ["oz"] = "ounce", ["mw"] = "megawatt", ["hp"] = "horsepower",
        ["ch"] = "cheval", ["chevaux"] = "cheval", ["degree"] = "degre", ["°c"] = "degre", ["°"] = "degre",
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["buse"] = "bus", ["m2"] = "square metre", ["m²"] = "square metre", ["km2"] = "square kilometre",
        ["km²"] = "square kilometre", ["bpd"] = "barrel per day", ["b/d"] = "barrel per day", ["h"] = "hour", ["heure"] = "hour",
        ["jour"] = "day", ["an"] = "year", ["annee"] = "year", ["semaine"] = "week",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that put a rate's second unit: "barrels a day", "tonnes par an", "km/h" all become "... per ...".
    private static readonly FrozenSet<string> RateWords = new[] { "a", "an", "per", "par", "each", "/" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="read"/> names the set's unit: the same once folded, or with words around it, the set's unit
    /// ending the tool's in English (where the noun comes last: "steel firm") and anywhere in it in French ("nouveaux
    /// cas", "salariés licenciés").
    /// </summary>
    public static bool Same(string expected, string? read, string language)
    {
        if (read is null) return false;
        var (unit, words) = (Fold(expected, language), Fold(read, language));
        return unit == words || (language == "en" ? words.EndsWith(" " + unit, StringComparison.Ordinal) : $" {words} ".Contains($" {unit} ", StringComparison.Ordinal));
    }

    /// <summary>The unit as compared: lower case, no accents, singular words, one name per unit, rates as "X per Y".</summary>
    public static string Fold(string unit, string language)
    {
        var spaced = unit.ToLowerInvariant().Replace("/", " / ", StringComparison.Ordinal);
        var words = spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            // A rate word between two words of a unit; a lone "a" or "an" at the start is an article, not a rate.
            if (RateWords.Contains(words[i]) && folded.Count > 0 && i + 1 < words.Length)
            {
                folded.Add("per");
                continue;
            }
            folded.Add(Word(words[i], language));
        }
        return Aliases.GetValueOrDefault(string.Join(' ', folded)) ?? string.Join(' ', folded);
    }

    private static string Word(string word, string language)
    {
        if (Aliases.TryGetValue(word, out var alias)) return alias;
        var singular = WithoutAccents(language == "en" ? EnglishSingular(word) : FrenchSingular(word));
        return Aliases.GetValueOrDefault(singular) ?? singular;
    }

    // Plurals, roughly: enough that both sides of a comparison meet.
    private static string EnglishSingular(string word) => word switch
    {
        { Length: <= 3 } => word,
        _ when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        _ when word.EndsWith("ss", StringComparison.Ordinal) => word,
        _ when word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) => word[..^2],
        _ when word[^1] == 's' => word[..^1],
        _ => word,
    };

    private static string FrenchSingular(string word) => word switch
    {
        { Length: <= 3 } => word,
        _ when word.EndsWith("eaux", StringComparison.Ordinal) || word.EndsWith("eux", StringComparison.Ordinal) => word[..^1],
        _ when word.EndsWith("aux", StringComparison.Ordinal) => word[..^3] + "al",
        _ when word[^1] is 's' or 'x' => word[..^1],
        _ => word,
    };

    private static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC);
    }
}
