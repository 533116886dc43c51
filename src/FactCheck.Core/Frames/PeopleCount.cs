using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// "The organisers expected around 150,000 people", "10,000 people were expected", "20 000 personnes sont attendues": a
/// count of people (a generic noun) that a generic predicate governs from right before it, or right after it through
/// function words only, counts that predicate's measure (concepts.yml: expect → attendance). It is read before the other
/// words of the clause: "expected 150,000 people, and thought they had enough facilities" does not count facilities.
/// "expects 2,000 people to lose their jobs" counts what the next verb says.
/// </summary>
internal static class PeopleCount
{
    /// <summary>How many function words may stand between the predicate and the count ("were" in "people were expected").</summary>
    private const int Gap = 2;

    /// <summary>The generic predicate next to the count of people in words <c>[first, end)</c>, whose measure it counts, or null.</summary>
    public static FrameHit? Predicate(SentenceReading s, FrameConcepts concepts, int first, int end)
    {
        foreach (var hit in s.Hits)
        {
            if (hit.Table != FrameTable.Predicate || concepts.Predicate(hit.Value) is not { Generic: true, Measure: { } measure }
                || concepts.Measure(measure)?.Kinds.Contains(ClaimKind.Quantity.Name) != true) continue;
            if (hit.End <= first && OnlyFunctionWords(s, hit.End, first) && !InfinitiveAfter(s, end)) return hit;
            if (hit.First >= end && OnlyFunctionWords(s, end, hit.First)) return hit;
        }
        return null;
    }

    private static bool OnlyFunctionWords(SentenceReading s, int from, int to)
    {
        if (to - from > Gap) return false;
        for (var i = from; i < to; i++)
            if (!s.Words[i].Stop) return false;
        return !s.CommaBetween(s.Words[Math.Max(from - 1, 0)].End, s.Words[Math.Min(to, s.Words.Length - 1)].Start);
    }

    private static bool InfinitiveAfter(SentenceReading s, int end) =>
        end < s.Words.Length && s.Lexicon.InfinitiveMarkers.Contains(s.Words[end].Lower) && !s.CommaBetween(s.Words[end - 1].End, s.Words[end].Start);
}
