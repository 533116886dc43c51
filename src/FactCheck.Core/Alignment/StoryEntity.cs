using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Normalization;

namespace FactCheck.Alignment;

/// <summary>
/// The names a story is about: the words of its claims' holders that most of its sources write (Instagram in a story of
/// its sale, Elizabeth in one of the Queen's death). A once-only event of the story's own entity (Instagram's launch, the
/// Queen's birth) is one event in the whole story, whether a sentence names its holder ("Instagram was launched in October
/// 2010"), leaves it to the context ("since the launch of its app in early 2011") or names it another way in another
/// language ("Queen Elizabeth II", "Elizabeth Alexandra Mary Windsor").
/// </summary>
internal static class StoryEntity
{
    private const int ShortestWord = 3;
    private static readonly char[] NameSeparators = [' ', '-'];

    /// <summary>
    /// The holder words of <paramref name="claims"/> written in at least half the story's sources, and in two at least;
    /// read only when a pair of dates asks for them.
    /// </summary>
    public static Lazy<FrozenSet<string>> Words(ImmutableArray<NormalizedClaim> claims, SourceWords texts) => new(() =>
    {
        var sources = claims.Select(c => c.Claim.Mention.Sentence.Source).DistinctBy(s => s.Id).ToList();
        var candidates = claims.Select(c => c.Frame.Holder).OfType<FrameHolder>().Where(h => !IsNoName(h))
            .SelectMany(h => h.Key.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= ShortestWord).ToHashSet(StringComparer.Ordinal);
        if (candidates.Count == 0 || sources.Count < 2) return FrozenSet<string>.Empty;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources) texts.Count(source, candidates, counts);
        var enough = Math.Max(2, (sources.Count + 1) / 2);
        return counts.Where(p => p.Value >= enough).Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);
    });

    /// <summary>
    /// True when the two claims' holders are the story's entity: one names it and the other names no one, or both name it
    /// with a word in common. A place or an answer ("place:…", "q:…") is no such entity.
    /// </summary>
    public static bool Both(FrameHolder? a, FrameHolder? b, FrozenSet<string> story)
    {
        var (x, y) = (Named(a, story), Named(b, story));
        return (a is null && y.Count > 0) || (b is null && x.Count > 0) || x.Overlaps(y);
    }

    private static bool IsNoName(FrameHolder holder) => holder.Key.Contains(':', StringComparison.Ordinal);

    private static HashSet<string> Named(FrameHolder? holder, FrozenSet<string> story) =>
        holder is null || IsNoName(holder) ? [] : [.. holder.Key.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Where(story.Contains)];

}
