namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Finds the pairs of statements that may be alike without comparing every pair (prefix filtering): each statement's
/// features (numbered words or concepts) are ranked rarest first across all statements, and two statements sharing at
/// least n of the first one's features must share one among its rarest (size - n + 1). Only those are looked up in the
/// inverted index. A feature held by more statements than the cap is not indexed: it identifies no statement, and
/// following it would make the search quadratic (a pair whose only rare-enough features are such common ones is lost).
/// </summary>
internal sealed class StatementIndex
{
    private readonly List<int>?[] postings;
    private readonly int[][] ranked;
    private readonly int[] seen;
    private int round;

    /// <summary>
    /// Indexes the statements whose <paramref name="indexed"/> is true. <paramref name="features"/> holds each statement's
    /// feature numbers, all below <paramref name="featureCount"/>.
    /// </summary>
    public StatementIndex(int[][] features, int featureCount, Func<int, bool> indexed, int cap)
    {
        var counts = new int[featureCount];
        foreach (var set in features)
            foreach (var feature in set) counts[feature]++;
        Comparison<int> rarestFirst = (a, b) => counts[a] != counts[b] ? counts[a].CompareTo(counts[b]) : a.CompareTo(b);
        ranked = new int[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            ranked[i] = (int[])features[i].Clone();
            Array.Sort(ranked[i], rarestFirst);
        }
        seen = new int[features.Length];
        postings = new List<int>?[featureCount];
        for (var i = 0; i < features.Length; i++)
        {
            if (!indexed(i)) continue;
            foreach (var feature in features[i])
                if (counts[feature] <= cap) (postings[feature] ??= []).Add(i);
        }
    }

    /// <summary>Statements that may share at least <paramref name="needed"/> features with statement <paramref name="i"/>, each once, in index order.</summary>
    public List<int> Candidates(int i, int needed)
    {
        var found = new List<int>();
        var set = ranked[i];
        var prefix = Math.Min(set.Length, set.Length - needed + 1);
        round++;
        seen[i] = round;
        for (var k = 0; k < prefix; k++)
        {
            if (postings[set[k]] is not { } list) continue;
            foreach (var j in list)
            {
                if (seen[j] == round) continue;
                seen[j] = round;
                found.Add(j);
            }
        }
        found.Sort();
        return found;
    }
}
