using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// The units of measure a language writes after a figure: words (<c>unit-words</c>, read singular or plural and whatever
/// their case: "kilometres", "mètres carrés", "cubic feet"), symbols (<c>unit-symbols</c>, exactly as written: "km", "m²",
/// "°C", "Nm"; "bpd" names a rate: "barrel/day"), and the units of time a rate is counted per (<c>rate-units</c>: "a day",
/// "par an"; <c>rate-symbols</c>: "/h"). Each names a unit of <see cref="UnitCatalog"/>; a name the catalog lacks is a
/// mistake in the pack. Built once per pack.
/// </summary>
internal sealed class UnitLexicon
{
    private readonly FrozenDictionary<string, (MeasureUnit Unit, MeasureUnit? Per)> words, symbols, rates, rateSymbols;
    private readonly FrozenSet<string> wordStarts;
    private readonly Regex symbolAfter;
    private readonly WordsAhead symbolStarts;

    private UnitLexicon(LanguagePack language)
    {
        var forms = NounForms.Of(language);
        words = Units(language, "unit-words", forms.SingularPhrase, StringComparer.OrdinalIgnoreCase);
        symbols = Units(language, "unit-symbols", s => s, StringComparer.Ordinal);
        rates = Units(language, "rate-units", forms.SingularPhrase, StringComparer.OrdinalIgnoreCase);
        rateSymbols = Units(language, "rate-symbols", s => s, StringComparer.Ordinal);
        LongestWords = words.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        wordStarts = words.Keys.SelectMany(WholeWordStarts).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        symbolStarts = new WordsAhead(symbols.Keys, ignoreCase: false);
        symbolAfter = PackRegexes.Get(language,
            $@"\G[\s\u00A0\u202F-]?(?<symbol>{Alternation(symbols.Keys)})(?:/(?<per>{Alternation(rateSymbols.Keys)}))?(?![\p{{L}}\p{{N}}'’²³])",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>The units of <paramref name="language"/>.</summary>
    public static UnitLexicon Of(LanguagePack language) => memoOfThread.Of(language, static l => new UnitLexicon(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<UnitLexicon> memoOfThread;

    /// <summary>
    /// The unit symbol right after a figure that ends at <paramref name="at"/> (a space, a no-break space or a hyphen
    /// between): "10 km", "6m²", "50-km", "130 km/h"; an unsuccessful match when none is (its regex is run only where the
    /// word that follows may start a symbol: most figures are followed by words that start none).
    /// </summary>
    public Match SymbolAfter(string text, int at) => symbolStarts.MayStartAfterSpaceOrHyphen(text, at) ? symbolAfter.Match(text, at) : Match.Empty;

    /// <summary>The most words a unit's name has ("square kilometre": 2).</summary>
    public int LongestWords { get; }

    /// <summary>The unit a symbol names, exactly as written ("km"; "bpd": barrel per day), or null.</summary>
    public (MeasureUnit Unit, MeasureUnit? Per)? Symbol(string written) => symbols.TryGetValue(written, out var unit) ? unit : null;

    /// <summary>The unit of time a rate symbol names ("h" in "km/h").</summary>
    public MeasureUnit? RateSymbol(string written) => rateSymbols.TryGetValue(written, out var unit) ? unit.Unit : null;

    /// <summary>
    /// True when a unit word's singular name is <paramref name="singular"/> or starts with it and a space ("square" of
    /// "square kilometre"): only then may a phrase whose first word's singular it is name a unit.
    /// </summary>
    public bool MayStartWord(string singular) => wordStarts.Contains(singular);

    private static IEnumerable<string> WholeWordStarts(string name)
    {
        for (var i = 0; i < name.Length; i++)
            if (name[i] == ' ') yield return name[..i];
        yield return name;
    }

    /// <summary>The unit a word or phrase names once made singular ("kilomètres" kilometre), or null.</summary>
    public MeasureUnit? Word(string singular) => words.TryGetValue(singular, out var unit) ? unit.Unit : null;

    /// <summary>The unit of time a rate is counted per ("day", "an", "annum"), or null.</summary>
    public MeasureUnit? Rate(string singular) => rates.TryGetValue(singular, out var unit) ? unit.Unit : null;

    private static FrozenDictionary<string, (MeasureUnit, MeasureUnit?)> Units(LanguagePack language, string list, Func<string, string> key, StringComparer comparer)
    {
        var units = new Dictionary<string, (MeasureUnit, MeasureUnit?)>(comparer);
        foreach (var entry in language.Entries(list))
        {
            var ids = (entry.Meaning ?? "").Split('/');
            var unit = ids.Length <= 2 ? ids.Select(Find).ToList() : [];
            if (unit.Count == 0 || unit.Contains(null))
                throw new InvalidOperationException($"{language.File}:{entry.Line}: {list}: '{entry.Meaning}' is not a unit of Kinds/Quantity/units.yml (or two, for a rate: barrel/day)");
            units.TryAdd(key(entry.Word), (unit[0]!, unit.Count > 1 ? unit[1] : null));
        }
        return units.ToFrozenDictionary(comparer);
    }

    private static MeasureUnit? Find(string id) => UnitCatalog.Shipped.Units.GetValueOrDefault(id);

    private static string Alternation(IEnumerable<string> items)
    {
        var sorted = items.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).Select(s => Regex.Escape(s).Replace(@"\ ", @"[\s\u00A0]", StringComparison.Ordinal)).ToList();
        return sorted.Count == 0 ? "(?!)" : "(?:" + string.Join('|', sorted) + ")";
    }
}
