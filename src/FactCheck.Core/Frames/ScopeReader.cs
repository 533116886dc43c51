using FactCheck.Kinds.Date;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// Reads where a claim holds: the month, year or decade written in its clause a few words from it ("in 2014", "en
/// juillet"); its basis from the cues just after it ("$75m a year", "par habitant") or just before it ("an annual", "un
/// salaire annuel de"), or anywhere in its clause ("on average", "au total", "depuis"); whether it is a part ("dont",
/// "including" just before it); and its round ("au second tour", "third quarter") anywhere in its sentence.
/// </summary>
internal static class ScopeReader
{
    private const int Near = 3;

    /// <summary>How many words before a figure a word naming a part of its measure may stand ("la plus grande part de cette amende, à savoir").</summary>
    private const int PartReach = 6;
    private const int TimeReach = 40;
    private const int PlaceTimeReach = 100;
    private static readonly System.Buffers.SearchValues<char> TimeBreaks = System.Buffers.SearchValues.Create(";:—–()");

    public static FrameScope Read(SentenceReading s, Mention mention, List<Mention> others, FrameConcepts concepts, (int First, int End) measure)
    {
        var (first, end) = (s.WordAt(mention.Start), s.WordAt(mention.End));
        var (clauseStart, clauseEnd) = s.ClauseOf(mention.Start, mention.End);
        var (from, to) = (s.WordAt(clauseStart), s.WordAt(clauseEnd));
        string? basis = null;
        var part = false;
        // A date or a place has no basis and is no part: "le baril", "dont" around it are about a figure near it.
        var figure = mention.Kind != ClaimKind.Date && mention.Kind != ClaimKind.Place;
        foreach (var hit in s.Hits)
        {
            if (hit.Table != FrameTable.Cue || !figure) continue;
            if (hit.Value.StartsWith("basis-", StringComparison.Ordinal) && basis is null)
            {
                // "-measure": a phrase that holds the figure's own measure word, however far before it ("per share earnings rose
                // 16 pct in 1986 to 2.20 dlrs"), and not another measure of the clause ("on revenues of 26 mln dlrs").
                var applies = hit.Value.EndsWith("-previous", StringComparison.Ordinal) ? hit.First >= end && hit.First - end <= Near
                    : hit.Value.EndsWith("-next", StringComparison.Ordinal) ? hit.End <= first && first - hit.End <= Near
                    : hit.Value.EndsWith("-measure", StringComparison.Ordinal) ? measure.First >= 0 && hit.First <= measure.First && hit.End >= measure.End
                        && hit.First >= from && hit.End <= to
                    : hit.First >= from && hit.End <= to;
                if (applies && hit.Value == "basis-cumulative" && RecordSince.Is(s, hit)) applies = false;
                if (applies) basis = BasisName(hit.Value);
            }
            else if (hit.Value == "part-next" && hit.End <= first && first - hit.End <= 1) part = true;
            // "deux autres expéditions", "another 300 troops", "trois personnes supplémentaires": a count of more of a thing is
            // added to one told before, not the thing's total.
            else if (hit.Value == "part-increment" && (hit.First >= first && hit.End <= end || hit.First == end || hit.End == first)) part = true;
            else if (hit.Value == "part-near" && hit.First >= from && hit.End <= to && (hit.End <= first ? first - hit.End <= PartReach : hit.First >= end && hit.First - end <= Near)) part = true;
        }
        part = part || (figure && ListedPart.Is(s, mention, others, concepts));
        var time = mention.Kind == ClaimKind.Date ? null : TimeOf(s, mention, others);
        var round = s.Round;
        return time is null && basis is null && !part && round is null ? FrameScope.None : new FrameScope(time, basis, part, round);
    }

    /// <summary>The nearest month, year or decade in the clause, within a few words, with no other figure of the kind between.</summary>
    private static FrameTime? TimeOf(SentenceReading s, Mention mention, List<Mention> others)
    {
        DateMention? best = null;
        var bestGap = int.MaxValue;
        // A place is where an event happened once, on its date: "opened on 15 April 1955 in Des Plaines", "In 1940, the
        // restaurant opened by the brothers in San Bernardino" tie the place to that day (written with its year) or year,
        // however far in the clause.
        var place = mention.Kind == ClaimKind.Place;
        // "Depuis 2016, on parle de Bondy, la ville où il est né": a place whose event is told in a relative clause after
        // it takes no date from before it.
        var toldAfter = place && Kinds.Place.PlaceApposition.OpensRelative(s.Text, mention.End, Kinds.Place.PlaceWords.Of(mention.Sentence.Source.Language));
        foreach (var other in others)
        {
            if (other is not DateMention date || (date.Date.Unit is DateUnit.Day or DateUnit.Week && (!place || date.Date.Year is null || date.Date.IsRelative))) continue;
            if (toldAfter && date.End <= mention.Start) continue;
            if (RecordSince.Opens(s, date)) continue;
            var (from, to) = date.End <= mention.Start ? (date.End, mention.Start) : date.Start >= mention.End ? (mention.End, date.Start) : (0, -1);
            if (to < from || to - from > (place ? PlaceTimeReach : TimeReach) || s.Text.AsSpan(from, to - from).IndexOfAny(TimeBreaks) >= 0) continue;
            if (OtherOfKindWithin(others, mention, from, to)) continue;
            if (to - from < bestGap) (best, bestGap) = (date, to - from);
        }
        return best is null ? null : new FrameTime(best.Text, DateResolver.Resolve(best.Date, best.Sentence.Source), best.Sentence.Source.Id);
    }

    /// <summary>"second tour", "third quarter", "1er trimestre": a round word with an ordinal next to it.</summary>
    public static string? Round(SentenceReading s)
    {
        var lexicon = s.Lexicon;
        if (lexicon.Rounds.Count == 0) return null;
        for (var i = 0; i < s.Words.Length; i++)
        {
            if (!lexicon.RoundShapes.MayHold(s.Words[i].Lower) || !lexicon.Rounds.TryGetValue(s.Words[i].Lower, out var round)) continue;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(s.Words.Length - 1, i + 2); j++)
                if (j != i && lexicon.Ordinals.TryGetValue(s.Words[j].Lower, out var number)) return $"{round}-{number}";
        }
        return null;
    }

    /// <summary>"basis-per-share-next" → "per-share": the basis a cue list gives, without where its words stand.</summary>
    private static string BasisName(string list)
    {
        var name = list["basis-".Length..];
        foreach (var where in (ReadOnlySpan<string>)["-previous", "-next", "-measure"])
            if (name.EndsWith(where, StringComparison.Ordinal)) return name[..^where.Length];
        return name;
    }

    /// <summary>True when another figure of the mention's kind stands within <c>[from, to)</c>.</summary>
    private static bool OtherOfKindWithin(List<Mention> others, Mention mention, int from, int to)
    {
        foreach (var o in others)
            if (o.Kind == mention.Kind && o != mention && o.Start >= from && o.End <= to) return true;
        return false;
    }
}
