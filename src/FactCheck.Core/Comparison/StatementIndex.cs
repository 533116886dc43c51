using System.Collections.Immutable;

namespace FactCheck.Comparison;

/// <summary>
/// Finds the pairs of statements that may be alike without comparing every pair (prefix filtering): each statement's
/// features are ranked rarest first, and two statements sharing at least a fraction of the smaller one's features must
/// share one among its rarest few. Only those few are looked up; a feature held by more than the cap is not indexed.
/// </summary>
internal sealed class StatementIndex
{
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly ImmutableArray<string>[] ranked;

    /// <summary>Indexes <paramref name="features"/> (one array per statement) of the statements whose <paramref name="indexed"/> is true.</summary>
    public StatementIndex(IReadOnlyList<ImmutableArray<string>> features, Func<int, bool> indexed, int cap)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in features)
            foreach (var feature in set) counts[feature] = counts.GetValueOrDefault(feature) + 1;
        ranked = [.. features.Select(set => set.OrderBy(f => counts[f]).ThenBy(f => f, StringComparer.Ordinal).ToImmutableArray())];
        for (var i = 0; i < features.Count; i++)
        {
            if (!indexed(i)) continue;
            foreach (var feature in features[i])
            {
                if (counts[feature] > cap) continue;
                if (!postings.TryGetValue(feature, out var list)) postings[feature] = list = [];
                list.Add(i);
            }
        }
    }

    /// <summary>Statements that may share at least <paramref name="needed"/> features with statement <paramref name="i"/>, each once, in index order.</summary>
    public IEnumerable<int> Candidates(int i, int needed)
    {
        var set = ranked[i];
        var prefix = set.Length - needed + 1;
        if (prefix <= 0) return [];
        var found = new SortedSet<int>();
        for (var k = 0; k < prefix && k < set.Length; k++)
            if (postings.TryGetValue(set[k], out var list)) found.UnionWith(list);
        found.Remove(i);
        return found;
    }
}
