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
    /// <paramref name="similarity"/> is at least <paramref name="least"/>, in order. Sources are compared on every core,
    /// each keeping its own pairs, so the result is the same whatever the threads.
    /// </summary>
    public static List<(int A, int B, double Similarity)> Find(FeatureSpace space, IReadOnlyList<int> sources, Func<int, int, double> similarity, double least)
    {
        var postings = new Dictionary<int, List<int>>();
        foreach (var source in sources)
            foreach (var id in space.Strongest[source])
            {
                if (!postings.TryGetValue(id, out var list)) postings[id] = list = [];
                list.Add(source);
            }
        var found = new List<(int, int, double)>[sources.Count];
        Parallel.For(0, sources.Count, () => new HashSet<int>(), (k, _, seen) =>
        {
            var a = sources[k];
            seen.Clear();
            var later = new List<int>();
            foreach (var id in space.Strongest[a])
                if (postings.TryGetValue(id, out var list))
                    foreach (var b in list)
                        if (b > a && seen.Add(b)) later.Add(b);
            later.Sort();
            var kept = new List<(int, int, double)>();
            foreach (var b in later)
                if (similarity(a, b) is var value && value >= least) kept.Add((a, b, value));
            found[k] = kept;
            return seen;
        }, _ => { });
        return [.. found.SelectMany(f => f)];
    }
}
