using FactCheck.Kinds.Attribution;

namespace FactCheck.Core.Tests.Kinds.Attribution;

/// <summary>
/// <see cref="StatementIndex"/> in its flat arrays gives the candidates its lists gave: the same prefix filter, written
/// here as it was (a list of postings for each feature, an array of ranked features for each statement), on random sets.
/// </summary>
public sealed class StatementIndexTests
{
    [Fact]
    public void The_candidates_are_those_of_the_index_of_lists()
    {
        var random = new Random(21);
        for (var round = 0; round < 300; round++)
        {
            var featureCount = random.Next(1, 60);
            var features = new int[random.Next(1, 40)][];
            for (var i = 0; i < features.Length; i++)
                features[i] = [.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(featureCount)).Distinct().Order()];
            var parity = random.Next(3);
            Func<int, bool> indexed = i => parity == 2 || i % 2 == parity;
            var cap = random.Next(1, 10);
            var index = new StatementIndex(features, featureCount, indexed, cap);
            for (var i = 0; i < features.Length; i++)
            {
                var needed = random.Next(1, 5);
                Assert.Equal(Expected(features, featureCount, indexed, cap, i, needed), index.Candidates(i, needed));
            }
        }
    }

    private static List<int> Expected(int[][] features, int featureCount, Func<int, bool> indexed, int cap, int i, int needed)
    {
        var counts = new int[featureCount];
        foreach (var set in features)
            foreach (var feature in set) counts[feature]++;
        var postings = new List<int>?[featureCount];
        for (var s = 0; s < features.Length; s++)
        {
            if (!indexed(s)) continue;
            foreach (var feature in features[s])
                if (counts[feature] <= cap) (postings[feature] ??= []).Add(s);
        }
        var ranked = features[i].OrderBy(f => counts[f]).ThenBy(f => f).ToArray();
        var found = new SortedSet<int>();
        for (var k = 0; k < Math.Min(ranked.Length, ranked.Length - needed + 1); k++)
            foreach (var j in postings[ranked[k]] ?? [])
                if (j != i) found.Add(j);
        return [.. found];
    }
}
