using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// The words a language's pack gives the quantity reader, as sets and patterns built once per pack: what is never counted,
/// what stands between a figure and its noun, what makes a number a name, a time of day or a continuation of the figure
/// before it. Each list is named where it is read.
/// </summary>
internal sealed class QuantityWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private QuantityWords(LanguagePack language)
    {
        Language = language;
        Nouns = NounForms.Of(language);
        Units = UnitLexicon.Of(language);
        NotCounted = language.Words("not-counted").Concat(language.Words("not-counted").Select(Nouns.Singular)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FunctionWords = language.Set("stop-words");
        DurationUnits = language.Set("duration-units");
        AdjectivesBefore = language.Set("adjectives-before");
        Compounds = language.Set("compound-nouns");
        HeadNounFirst = language.Set("traits").Contains("plural-noun-pairs");
        OfWords = language.Set("count-of");
        OfDeterminers = language.Set("count-determiners");
        NameWords = language.Set("number-names-before");
        NameWordsBySpan = NameWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Determiners = language.Set("determiners");
        timeAfter = PackRegexes.Get(language, $@"^[\s\u00A0\u202F]*{language.Alternation("time-of-day-after")}(?![\p{{L}}])", Options);
        timeAfterWords = new WordsAhead(language.Words("time-of-day-after"), ignoreCase: true);
        ClockUnits = language.Set("clock-units");
        ClockBefore = language.Set("clock-before");
        PointUnits = language.Set("point-words");
        PointCues = language.Set("point-not-counted-cues");
        RateWords = language.Set("rate-words");
        RateWord = language.Words("rate-words").FirstOrDefault() ?? "per";
        Vague = language.Map("vague-numbers", Positive, "a number such as 100");
        Approximate = language.Map("approximate-counts", Positive, "a number such as 30");
        Several = language.Set("several-words");
        Links = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("elided-links")}(?![\p{{L}}])", Options);
        OfNext = PackRegexes.Get(language, $@"^[\s\u00A0\u202F]*{language.WordBefore("elided-of")}", Options);
        OfThem = PackRegexes.Get(language, $@"^[\s\u00A0\u202F]*{language.Alternation("elided-of-them")}(?![\p{{L}}])", Options);
        OthersAfter = PackRegexes.Get(language, $@"^[\s\u00A0\u202F]*{language.Alternation("elided-others")}(?![\p{{L}}])", Options);
        ChangeBefore = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("change-verbs")}[\s\u00A0\u202F]+(?:\p{{L}}+[\s\u00A0\u202F]+)?$", Options | RegexOptions.RightToLeft);
        NotAfterRate = PackRegexes.Get(language, $@"^[\s\u00A0\u202F]+{language.Alternation("duration-not-after")}(?![\p{{L}}])", Options);
        Whole = PackRegexes.Get(language, 
            $@"(?:(?<![\p{{L}}]){language.Alternation("whole-before")}|\p{{L}}{language.Alternation("possessive-endings")})(?:[\s\u00A0\u202F]+{language.Alternation("whole-adverbs")})?[\s\u00A0\u202F]+$",
            Options | RegexOptions.RightToLeft);
    }

    public static QuantityWords Of(LanguagePack language) => memoOfThread.Of(language, static l => new QuantityWords(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<QuantityWords> memoOfThread;

    public LanguagePack Language { get; }

    public NounForms Nouns { get; }

    public UnitLexicon Units { get; }

    /// <summary><c>not-counted</c>, singular and plural: words that count nothing a quantity reports (multipliers, percentages, currencies).</summary>
    public FrozenSet<string> NotCounted { get; }

    /// <summary><c>stop-words</c>: function words, which end the search for a figure's noun.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary><c>duration-units</c>: years, months, days... are durations (Kinds/Duration), not quantities.</summary>
    public FrozenSet<string> DurationUnits { get; }

    /// <summary><c>adjectives-before</c>: adjectives a language writes between a figure and its noun ("cinq autres prévenus").</summary>
    public FrozenSet<string> AdjectivesBefore { get; }

    /// <summary><c>compound-nouns</c>: an adjective and a noun that name one thing ("long métrage", "grand prix").</summary>
    public FrozenSet<string> Compounds { get; }

    /// <summary>The trait <c>plural-noun-pairs</c>: the first of two plural nouns is the one counted ("huit pays membres"), not the last ("two aircraft deliveries").</summary>
    public bool HeadNounFirst { get; }

    /// <summary><c>count-of</c>: "of", "de": between a scale or a vague number and its noun ("2 millions de personnes").</summary>
    public FrozenSet<string> OfWords { get; }

    /// <summary><c>count-determiners</c>: "62.000 de ses entreprises", "5,000 of its workers".</summary>
    public FrozenSet<string> OfDeterminers { get; }

    /// <summary><c>number-names-before</c>: words before a number that make it a name or a number in a list ("section 408").</summary>
    public FrozenSet<string> NameWords { get; }

    /// <summary><see cref="NameWords"/> by span, made once: asked at every figure after a word, in place.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWordsBySpan { get; }

    /// <summary><c>determiners</c>: "the", "another", "les": a capitalized one before a number starts no name ("Another 500 jobs").</summary>
    public FrozenSet<string> Determiners { get; }

    private readonly Regex timeAfter;
    private readonly WordsAhead timeAfterWords;

    /// <summary><c>time-of-day-after</c> at <paramref name="at"/>, after white space: "1030 GMT", "at 2000 local time".</summary>
    public bool IsTimeAfter(string text, int at) => timeAfterWords.MayStartAfterSpaces(text, at) && timeAfter.IsMatch(text.AsSpan(at));

    /// <summary><c>clock-units</c> ("heures") are times of day after one of <c>clock-before</c> ("à 13 heures").</summary>
    public FrozenSet<string> ClockUnits { get; }

    public FrozenSet<string> ClockBefore { get; }

    /// <summary><c>point-words</c>: points are counted ("fell 23 points") unless the sentence holds one of <c>point-not-counted-cues</c> (a rate, a poll).</summary>
    public FrozenSet<string> PointUnits { get; }

    public FrozenSet<string> PointCues { get; }

    /// <summary><c>rate-words</c>: "per", "a", "par" before a unit of time; the first one is how the report writes a rate.</summary>
    public FrozenSet<string> RateWords { get; }

    public string RateWord { get; }

    /// <summary><c>vague-numbers</c>: "dozens of", "des centaines de": at least two of them, fewer than ten.</summary>
    public FrozenDictionary<string, decimal> Vague { get; }

    /// <summary><c>approximate-counts</c>: "une trentaine de": about that many.</summary>
    public FrozenDictionary<string, decimal> Approximate { get; }

    /// <summary><c>several-words</c>: "several hundred", "quelques milliers": vague too.</summary>
    public FrozenSet<string> Several { get; }

    /// <summary><c>elided-links</c>: words between two figures by which the second counts what the first does ("12,500 jobs went while 7,800 moved").</summary>
    public Regex Links { get; }

    /// <summary><c>elided-of</c>: "13 of the 14 games", "35 des 100 sénateurs": the figure counts what the next one does.</summary>
    public Regex OfNext { get; }

    /// <summary><c>elided-of-them</c>: "123 d'entre eux": the figure counts what the one before does.</summary>
    public Regex OfThem { get; }

    /// <summary><c>elided-others</c>: a number word followed by "autres", "de plus", "more" counts what the figure before does.</summary>
    public Regex OthersAfter { get; }

    /// <summary><c>change-verbs</c>: "passé de 10 à 12", "rose from 10 to 12" is a change, not a range.</summary>
    public Regex ChangeBefore { get; }

    /// <summary><c>duration-not-after</c>: "a year ago" is no rate.</summary>
    public Regex NotAfterRate { get; }

    /// <summary>What stands before a count of a whole group: a determiner, a possessive, or a verb of having.</summary>
    public Regex Whole { get; }

    private static decimal? Positive(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
