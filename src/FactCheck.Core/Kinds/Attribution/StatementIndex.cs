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
    // The postings of feature f are posted[postingStarts[f]..postingStarts[f + 1]], statements in index order; statement i's
    // features, rarest first, are rankedFeatures[rankedStarts[i]..rankedStarts[i + 1]]. Flat arrays: a list for each feature
    // and an array for each statement were 13.9 MB over the bench corpus, most of them lists of one statement.
    private readonly int[] postingStarts;
    private readonly int[] posted;
    private readonly int[] rankedStarts;
    private readonly int[] rankedFeatures;
    private readonly int[] seen;
    private int round;

    /// <summary>
    /// Indexes the statements whose <paramref name="indexed"/> is true. <paramref name="features"/> holds each statement's
    /// feature numbers, all below <paramref name="featureCount"/>.
    /// </summary>
    public StatementIndex(int[][] features, int featureCount, Func<int, bool> indexed, int cap)
    {
        var counts = new int[featureCount];
        var total = 0;
        foreach (var set in features)
        {
            total += set.Length;
            foreach (var feature in set) counts[feature]++;
        }
        Comparison<int> rarestFirst = (a, b) => counts[a] != counts[b] ? counts[a].CompareTo(counts[b]) : a.CompareTo(b);
        rankedStarts = new int[features.Length + 1];
        rankedFeatures = new int[total];
        for (var i = 0; i < features.Length; i++)
        {
            var ranked = rankedFeatures.AsSpan(rankedStarts[i], features[i].Length);
            features[i].CopyTo(ranked);
            ranked.Sort(rarestFirst);
            rankedStarts[i + 1] = rankedStarts[i] + features[i].Length;
        }
        seen = new int[features.Length];
        // Each feature's postings counted first (an indexed statement's features held by at most the cap's statements), two
        // places on, then summed: postingStarts[f + 1] is where feature f's postings start, and it moves to their end, the
        // start of feature f + 1's, as they are placed.
        postingStarts = new int[featureCount + 2];
        for (var i = 0; i < features.Length; i++)
        {
            if (!indexed(i)) continue;
            foreach (var feature in features[i])
                if (counts[feature] <= cap) postingStarts[feature + 2]++;
        }
        for (var f = 2; f < postingStarts.Length; f++) postingStarts[f] += postingStarts[f - 1];
        posted = new int[postingStarts[^1]];
        for (var i = 0; i < features.Length; i++)
        {
            if (!indexed(i)) continue;
            foreach (var feature in features[i])
                if (counts[feature] <= cap) posted[postingStarts[feature + 1]++] = i;
        }
    }

    /// <summary>Statements that may share at least <paramref name="needed"/> features with statement <paramref name="i"/>, each once, in index order.</summary>
    public List<int> Candidates(int i, int needed)
    {
        var found = new List<int>();
        var set = rankedFeatures.AsSpan(rankedStarts[i], rankedStarts[i + 1] - rankedStarts[i]);
        var prefix = Math.Min(set.Length, set.Length - needed + 1);
        round++;
        seen[i] = round;
        for (var k = 0; k < prefix; k++)
        {
            foreach (var j in posted.AsSpan(postingStarts[set[k]], postingStarts[set[k] + 1] - postingStarts[set[k]]))
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
