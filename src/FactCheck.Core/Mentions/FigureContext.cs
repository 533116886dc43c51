using FactCheck.Kinds.Date;
using FactCheck.Languages;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// What stands around a figure that is not money: its hedge ("about", "près de"), and the time it is tied to ("20 countries
/// this year against three in 2014"), shared by the count, percentage and duration sources.
/// </summary>
internal static class FigureContext
{
    private const int WindowBehind = 40;
    private const int TimeReach = 40;
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(";:—–()");

    /// <summary>The hedge written just before <paramref name="start"/>, and where it starts (or <paramref name="start"/> when there is none).</summary>
    public static (Qualifier Qualifier, int Start) Hedge(string text, int start, LanguagePack language)
    {
        var hedges = Qualifiers.Of(language);
        var from = Math.Max(0, start - WindowBehind);
        var match = hedges.Behind.Match(text, from, start - from);
        return match.Success ? (hedges.Parse(match.Groups["qual"].Value), match.Index) : (Qualifier.Exact, start);
    }

    /// <summary>The dates the own rules read in <paramref name="sentence"/>, for <see cref="TimeOf"/>.</summary>
    public static IReadOnlyList<DateMention> DatesIn(Sentence sentence) => DateScanner.Find(sentence);

    /// <summary>
    /// The period a figure at <c>[start, end)</c> is tied to: the nearest month, year or decade in its clause, a few words away, with no other
    /// figure (<paramref name="figures"/>) in between. "20 countries this year against three in 2014": 20 is of this year, three of 2014.
    /// </summary>
    public static DateMention? TimeOf(Sentence sentence, int start, int end, IReadOnlyList<(int Start, int End)> figures, IReadOnlyList<DateMention> dates)
    {
        var text = sentence.Text;
        DateMention? best = null;
        var bestGap = int.MaxValue;
        foreach (var date in dates)
        {
            // A figure is "of" a year or a month; a day beside it ("eight countries agreed on Tuesday") dates the sentence's event.
            if (date.Date.Unit is DateUnit.Day or DateUnit.Week) continue;
            var (from, to) = date.End <= start ? (date.End, start) : date.Start >= end ? (end, date.Start) : (0, -1);
            if (to < from) continue;
            var gap = text.AsSpan(from, to - from);
            if (gap.Length > TimeReach || gap.IndexOfAny(ClauseBreaks) >= 0 || figures.Any(f => f.Start >= from && f.End <= to)) continue;
            if (gap.Length < bestGap) (best, bestGap) = (date, gap.Length);
        }
        return best;
    }
}
