using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// "In 1948 they cut the menu. The next year, they sold fries", "ouvert en 2016, suivis l'année suivante par": a year counted
/// from the last year the text named before it, in its sentence or in the text just before it, not from the day the text
/// was written ("next year" without an article, "l'an prochain" are). Read only in a sentence that does not look ahead
/// ("we will hire in the next year" is a length of time) and only when such a year stands near; otherwise the phrase keeps
/// whatever the other rules read.
/// </summary>
internal static class NarrativeYears
{
    /// <summary>How many characters of the paragraph before the sentence may hold the year counted from (about two sentences).</summary>
    private const int LookBack = 300;

    public static IReadOnlyList<DateMention> With(Sentence sentence, IReadOnlyList<DateMention> read)
    {
        var words = Words.Of(sentence.Source.Language);
        var text = sentence.Text;
        // The first match alone says whether to read on: a MatchCollection was made for every sentence, nearly none with such a phrase.
        if (!words.Search.MayHold(text)) return read;
        var first = words.Phrase.Match(text);
        if (!first.Success || Tense.Of(text, sentence.Source.Language) == true) return read;
        // The scanner's dates are shared with the other kinds that ask for them: changed only in a copy.
        var dates = new List<DateMention>(read);
        IReadOnlyList<DateMention>? before = null;
        for (var match = first; match.Success; match = match.NextMatch())
        {
            var year = LastYear(dates.Where(d => d.End <= match.Index));
            if (year is null)
            {
                before ??= Before(sentence);
                year = LastYear(before);
            }
            if (year is not { } counted) continue;
            dates.RemoveAll(d => d.Start < match.Index + match.Length && match.Index < d.End);
            var offset = words.Offsets[Spaces.Collapse(match.Value).Replace('’', '\'')];
            dates.Add(new DateMention(sentence, match.Index, match.Index + match.Length, new WrittenDate(DateUnit.Year, counted + offset)));
        }
        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return dates;
    }

    private static int? LastYear(IEnumerable<DateMention> dates) =>
        dates.LastOrDefault(d => d.Date is { Anchor: DateAnchor.Absolute, Year: not null, Clock: null, Unit: not DateUnit.Decade })?.Date is { } date
            ? (date.Through?.Year ?? date.Year) : null;

    /// <summary>The dates of the text just before the sentence in its paragraph.</summary>
    private static List<DateMention> Before(Sentence sentence)
    {
        if (sentence.Start == 0) return [];
        var from = Math.Max(0, sentence.Start - LookBack);
        while (from > 0 && from < sentence.Start && !char.IsWhiteSpace(sentence.Block.Text[from - 1])) from++;
        return DateScanner.Scan(new Sentence(sentence.Source, sentence.Block, from, sentence.Start));
    }

    private sealed class Words
    {
        private Words(LanguagePack language)
        {
            Offsets = language.Map("narrative-years", text => int.TryParse(text, out var n) ? n : (int?)null, "a number of years such as 1");
            Phrase = PackRegexes.Get(language, $@"(?<![\p{{L}}'’]){language.Alternation("narrative-years")}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            Search = new PhraseSearch(language.Words("narrative-years"));
        }

        public FrozenDictionary<string, int> Offsets { get; }

        public Regex Phrase { get; }

        /// <summary>Tried before <see cref="Phrase"/>: 45 of the bench corpus's 140,000 sentences held such a phrase.</summary>
        public PhraseSearch Search { get; }

        public static Words Of(LanguagePack language) => memoOfThread.Of(language, static l => new Words(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Words> memoOfThread;
    }
}
