using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Languages;
using Microsoft.Recognizers.Text;
using EnglishUnits = Microsoft.Recognizers.Definitions.English.NumbersWithUnitDefinitions;
using FrenchUnits = Microsoft.Recognizers.Definitions.French.NumbersWithUnitDefinitions;

namespace FactCheck.Kinds.Money;

/// <summary>
/// The only file that calls Microsoft.Recognizers.Text (with its part RecognizersTextSource.Parser.cs, which builds the
/// model). Runs its currency model (NumberWithUnit) for the culture of a source's language pack (<c>recognizer:</c>) and
/// returns plain tuples, so that no recognizer type leaves this file. A model is built on first use (the French one takes
/// about half a second), once for the process, and every thread shares it, as the library's own cache of models would.
/// A pack with no culture the recognizer reads gets no recognizer: its own rules alone read its money.
/// </summary>
internal static partial class RecognizersTextSource
{
    private static readonly ConcurrentDictionary<string, Lazy<IModel>> Models = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>The currency names the recognizer knows in each culture it reads: its own definitions.</summary>
    private static readonly FrozenDictionary<string, IEnumerable<string>> Definitions = new Dictionary<string, IEnumerable<string>>(System.StringComparer.OrdinalIgnoreCase)
    {
        [Culture.English] = EnglishUnits.CurrencySuffixList.Values.Concat(EnglishUnits.CurrencyPrefixList.Values),
        [Culture.French] = FrenchUnits.CurrencySuffixList.Values.Concat(FrenchUnits.CurrencyPrefixList.Values),
    }.ToFrozenDictionary(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO codes the recognizer knows ("INR", "ZAR"): they count only when written in capitals.</summary>
    public static readonly FrozenSet<string> Codes = EnglishUnits.CurrencyNameToIsoCodeMap.Values
        .SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length == 3 && v.All(char.IsAsciiLetterUpper))
        .ToFrozenSet(System.StringComparer.Ordinal);

    /// <summary>
    /// The head words of the recognizer's currency names in <paramref name="language"/> ("rupee", "dinar", "franc", "yen"),
    /// lower case: the prefilter's vocabulary. Only the noun of a name counts, so country names and adjectives do not send
    /// every sentence to the recognizer: the last word in English ("united states dollar" gives "dollar"), the first where
    /// the pack's <c>adjective-after</c> trait says adjectives follow their noun ("dollar des États-Unis", "franc suisse":
    /// with the last word, "Unis", "suisse" and "japonais" beside any number sent French sentences to the recognizer for
    /// nothing). Words that are mostly something else in news text (the pack's <c>not-currencies</c>) are left out.
    /// </summary>
    public static FrozenSet<string> VocabularyOf(LanguagePack language) => language.Cached(typeof(RecognizersTextSource), static language =>
    {
        var notMoney = language.Set("not-currencies", ignoreCase: false);
        var nounFirst = language.Set("traits").Contains("adjective-after");
        return (language.RecognizerCulture is { } culture && Definitions.TryGetValue(culture, out var names) ? names : [])
            .SelectMany(v => v.Split('|'))
            .Select(v => v.Trim().Split(' ', '-') is var words && nounFirst ? words[0].ToLowerInvariant() : words[^1].ToLowerInvariant())
            .Where(w => w.Length > 0 && w.All(char.IsLetter) && !notMoney.Contains(w))
            .ToFrozenSet(System.StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>
    /// The recognizer's currency results in <paramref name="text"/>: <c>[Start, End)</c>, the value, and the ISO code when the
    /// recognizer gives one or its unit's name is one the pack names (<c>recognizer-currencies</c>: "Dollar" is the US dollar).
    /// </summary>
    public static IEnumerable<(int Start, int End, decimal Value, string? Currency)> Recognize(string text, LanguagePack language)
    {
        if (language.RecognizerCulture is not { } culture || !Definitions.ContainsKey(culture)) yield break;
        // The recognizer misses "d’euros" (typographic apostrophe) and reads a no-break space in "10 000" as a break:
        // swap them for their plain forms, one character for one, so its offsets are still ours.
        var plain = text.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');
        // The currency model alone, not the recognizer's dimension, temperature and age models too.
        var model = Models.GetOrAdd(culture, c => new Lazy<IModel>(() => BuildCurrencyModel(c))).Value;
        var units = language.Meanings("recognizer-currencies", code => code.Length == 3, "an ISO 4217 code such as USD");
        foreach (var result in model.Parse(plain))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("value", out var raw)
                || !decimal.TryParse(raw?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                continue;
            var iso = result.Resolution.TryGetValue("isoCurrency", out var code) ? code?.ToString() : null;
            if (iso is null && result.Resolution.TryGetValue("unit", out var unit) && unit?.ToString() is { } name) iso = units.GetValueOrDefault(name);
            if (iso is null) continue; // a currency we cannot name cannot be compared with any other
            yield return (result.Start, result.End + 1, value, iso); // the recognizer's End is inclusive; ours is exclusive
        }
    }
}
