using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FactCheck.Mentions;

/// <summary>The hedging words written before a figure, in English and French, and what each one means.</summary>
internal static class Qualifiers
{
    private const string S = @"[\s\u00A0]+";
    private const string Of = @"(?:de[\s\u00A0]+|d['’])";

    /// <summary>The regex alternation of hedges; each French one includes its "de"/"d'".</summary>
    public static readonly string Pattern = string.Join('|',
        $"close{S}to", $"more{S}than", $"in{S}excess{S}of", $"upwards{S}of", $"at{S}least", $"no{S}less{S}than", $"less{S}than",
        $"at{S}most", $"no{S}more{S}than", $"up{S}to", $"as{S}much{S}as", "approximately", "roughly", "around", "about", "some", "circa",
        "nearly", "almost", "over", "above", "under", "below",
        $"d['’]environ", "environ", "quelque", $"autour{S}{Of}", $"de{S}l['’]ordre{S}{Of}", $"près{S}{Of}", "presque", "quasiment",
        $"pas{S}moins{S}{Of}", $"plus{S}{Of}", $"moins{S}{Of}", @"jusqu['’]à", $"au{S}moins", $"au{S}plus");

    private static readonly FrozenDictionary<string, Qualifier> Meanings = new Dictionary<string, Qualifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = Qualifier.About, ["around"] = Qualifier.About, ["approximately"] = Qualifier.About, ["roughly"] = Qualifier.About,
        ["some"] = Qualifier.About, ["circa"] = Qualifier.About, ["environ"] = Qualifier.About, ["d'environ"] = Qualifier.About,
        ["quelque"] = Qualifier.About, ["autour"] = Qualifier.About, ["de l'ordre"] = Qualifier.About,
        ["nearly"] = Qualifier.Nearly, ["almost"] = Qualifier.Nearly, ["close to"] = Qualifier.Nearly, ["près"] = Qualifier.Nearly,
        ["presque"] = Qualifier.Nearly, ["quasiment"] = Qualifier.Nearly,
        ["more than"] = Qualifier.MoreThan, ["over"] = Qualifier.MoreThan, ["above"] = Qualifier.MoreThan, ["in excess of"] = Qualifier.MoreThan,
        ["upwards of"] = Qualifier.MoreThan, ["plus"] = Qualifier.MoreThan,
        ["at least"] = Qualifier.AtLeast, ["no less than"] = Qualifier.AtLeast, ["au moins"] = Qualifier.AtLeast, ["pas moins"] = Qualifier.AtLeast,
        ["less than"] = Qualifier.LessThan, ["under"] = Qualifier.LessThan, ["below"] = Qualifier.LessThan, ["moins"] = Qualifier.LessThan,
        ["at most"] = Qualifier.AtMost, ["no more than"] = Qualifier.AtMost, ["au plus"] = Qualifier.AtMost,
        ["up to"] = Qualifier.UpTo, ["as much as"] = Qualifier.UpTo, ["jusqu'à"] = Qualifier.UpTo,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The meaning of a matched hedge ("plus d’", "près de", "about").</summary>
    public static Qualifier Parse(string written)
    {
        var text = Regex.Replace(written.Replace('’', '\''), @"[\s\u00A0]+", " ").Trim();
        if (Meanings.TryGetValue(text, out var direct)) return direct;
        // French hedges carry their "de"/"d'": "plus de", "près d'".
        var stem = Regex.Replace(text, @"\s*(?:de|d')$", "");
        return Meanings.GetValueOrDefault(stem, Qualifier.Exact);
    }
}
