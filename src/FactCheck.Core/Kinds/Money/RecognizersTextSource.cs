using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.NumberWithUnit;
using EnglishUnits = Microsoft.Recognizers.Definitions.English.NumbersWithUnitDefinitions;
using FrenchUnits = Microsoft.Recognizers.Definitions.French.NumbersWithUnitDefinitions;

namespace FactCheck.Kinds.Money;

/// <summary>
/// The only file that calls Microsoft.Recognizers.Text. Runs its currency model (NumberWithUnit) on a sentence and returns
/// plain tuples, so that no recognizer type leaves this file. A model is built on first use (the French one takes about
/// half a second); the library itself caches one model per culture for the whole process and hands every thread that
/// same instance, so the threads share it as the library intends.
/// </summary>
internal static class RecognizersTextSource
{
    private static readonly Lazy<IModel> English = new(() => new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());
    private static readonly Lazy<IModel> French = new(() => new NumberWithUnitRecognizer(Culture.French).GetCurrencyModel());

    // Declared before the sets built from it: static fields initialize in textual order.
    private static readonly FrozenSet<string> NotMoneyInNews = FrozenSet.Create(System.StringComparer.Ordinal,
        "mark", "marks", "real", "rand", "cent", "cents", "para", "centime", "centimes", "penny", "pence");

    /// <summary>
    /// The head words of the recognizer's currency names ("rupee", "dinar", "franc"), lower case: the prefilter's vocabulary.
    /// Only the last word of a name counts ("united states dollar" gives "dollar"), so country names and adjectives do not
    /// send every sentence to the recognizer; words that are mostly something else in news text are left out.
    /// </summary>
    public static readonly FrozenSet<string> Vocabulary = EnglishUnits.CurrencySuffixList.Values
        .Concat(EnglishUnits.CurrencyPrefixList.Values).Concat(FrenchUnits.CurrencySuffixList.Values).Concat(FrenchUnits.CurrencyPrefixList.Values)
        .SelectMany(v => v.Split('|'))
        .Select(v => v.Trim().Split(' ', '-')[^1].ToLowerInvariant())
        .Where(w => w.Length >= 4 && w.All(char.IsLetter) && !NotMoneyInNews.Contains(w))
        .ToFrozenSet(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO codes the recognizer knows ("INR", "ZAR"): they count only when written in capitals.</summary>
    public static readonly FrozenSet<string> Codes = EnglishUnits.CurrencyNameToIsoCodeMap.Values
        .SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length == 3 && v.All(char.IsAsciiLetterUpper))
        .ToFrozenSet(System.StringComparer.Ordinal);

    /// <summary>
    /// The recognizer's currency results in <paramref name="text"/>: <c>[Start, End)</c>, the value, and the ISO code when the
    /// recognizer or the news convention ("dollar" is the US dollar, "livre"/"pound" the pound sterling) gives one.
    /// </summary>
    public static IEnumerable<(int Start, int End, decimal Value, string? Currency)> Recognize(string text, string language)
    {
        // The recognizer misses "d’euros" (typographic apostrophe) and reads a no-break space in "10 000" as a break:
        // swap them for their plain forms, one character for one, so its offsets are still ours.
        var plain = text.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var model = language == "fr" ? French.Value : English.Value;
        foreach (var result in model.Parse(plain))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("value", out var raw)
                || !decimal.TryParse(raw?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                continue;
            var iso = result.Resolution.TryGetValue("isoCurrency", out var code) ? code?.ToString() : null;
            var unit = result.Resolution.TryGetValue("unit", out var u) ? u?.ToString() : null;
            iso ??= unit switch
            {
                "Dollar" => "USD",
                "Livre" or "Pound" or "British pound" => "GBP",
                _ => null,
            };
            if (iso is null) continue; // a currency we cannot name cannot be compared with any other
            yield return (result.Start, result.End + 1, value, iso); // the recognizer's End is inclusive; ours is exclusive
        }
    }
}
