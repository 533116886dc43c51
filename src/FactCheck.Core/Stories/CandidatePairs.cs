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
    /// similarity is at least <paramref name="least"/>, in order. Sources are compared on every core, each keeping its
    /// own pairs, so the result is the same whatever the threads.
    /// </summary>
    public static List<(int A, int B, double Similarity)> Find(
        FeatureSpace space, Similarities similarities, IReadOnlyList<int> sources, double least, ParallelOptions? parallel = null)
    {
        // The sources of each feature, in increasing order: one array for all, feature f's at postings[start[f]..start[f + 1]].
        var start = new int[space.Frequency.Length + 1];
        foreach (var source in sources)
            foreach (var id in space.Strongest[source]) start[id + 1]++;
        for (var f = 1; f < start.Length; f++) start[f] += start[f - 1];
        var postings = new int[start[^1]];
        var filled = start[..^1];
        foreach (var source in sources)
            foreach (var id in space.Strongest[source]) postings[filled[id]++] = source;

        var found = new (int, int, double)[sources.Count][];
        var count = space.Strongest.Length;
        // What each thread compares with, reused source after source: most sources keep no pair at all.
        Parallel.For(0, sources.Count, Cores.For(parallel, sources.Count), () => new Scratch(similarities, count), (k, _, scratch) =>
        {
            var a = sources[k];
            var (seen, later, kept) = (scratch.Seen, scratch.Later, scratch.Kept);
            later.Clear();
            kept.Clear();
            // Sources are marked seen with a + 1, which no other source's pass writes: the marks are never cleared.
            foreach (var id in space.Strongest[a])
                for (var p = start[id + 1] - 1; p >= start[id] && postings[p] > a; p--)
                    if (seen[postings[p]] != a + 1)
                    {
                        seen[postings[p]] = a + 1;
                        later.Add(postings[p]);
                    }
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

    private sealed class Scratch(Similarities similarities, int sources)
    {
        public int[] Seen { get; } = new int[sources];
        public List<int> Later { get; } = [];
        public List<(int, int, double)> Kept { get; } = [];
        public Similarities.From From { get; } = new(similarities);
    }
}
