using System.Collections.Immutable;
using FactCheck.Sources;

namespace FactCheck.Stories;

/// <summary>
/// The pairs of sources worth comparing: those sharing one of their strongest features that few sources have
/// (<see cref="FeatureSpace.Strongest"/>). An inverted index of these keeps the work near-linear in the number of
/// sources: two sources that share nothing rare are not one story.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>
    /// Every pair (a &lt; b) of <paramref name="sources"/> (in increasing order) sharing a strong rare feature whose
    /// <see cref="StoryGrouper.Similarity"/> is at least <paramref name="least"/>, in order. Sources are compared on every
    /// core, each keeping its own pairs, so the result is the same whatever the threads.
    /// </summary>
    public static List<(int A, int B, double Similarity)> Find(FeatureSpace space, ImmutableArray<StoryProfile> profiles, IReadOnlyList<int> sources, double least, ParallelOptions? parallel = null)
    {
        var postings = new Dictionary<int, List<int>>();
        foreach (var source in sources)
            foreach (var id in space.Strongest[source])
            {
                if (!postings.TryGetValue(id, out var list)) postings[id] = list = [];
                list.Add(source);
            }
        var found = new (int, int, double)[sources.Count][];
        // What each thread compares with, reused source after source: most sources keep no pair at all.
        Parallel.For(0, sources.Count, Cores.For(parallel, sources.Count), () => new Scratch(space, profiles), (k, _, scratch) =>
        {
            var a = sources[k];
            var (seen, later, kept) = (scratch.Seen, scratch.Later, scratch.Kept);
            seen.Clear();
            later.Clear();
            kept.Clear();
            foreach (var id in space.Strongest[a])
                if (postings.TryGetValue(id, out var list))
                    foreach (var b in list)
                        if (b > a && seen.Add(b)) later.Add(b);
            if (later.Count > 0)
            {
                later.Sort();
                scratch.From.Start(a);
                foreach (var b in later)
                    if (scratch.From.To(b) is var value && value >= least) kept.Add((a, b, value));
            }
            found[k] = [.. kept];
            return scratch;
        }, _ => { });
        var pairs = new List<(int, int, double)>(found.Sum(f => f.Length));
        foreach (var kept in found) pairs.AddRange(kept);
        return pairs;
    }

    private sealed class Scratch(FeatureSpace space, ImmutableArray<StoryProfile> profiles)
    {
        public HashSet<int> Seen { get; } = [];
        public List<int> Later { get; } = [];
        public List<(int, int, double)> Kept { get; } = [];
        public StoryGrouper.SimilarityFrom From { get; } = new(space, profiles);
    }
}
