using FactCheck.Stories;

namespace FactCheck.Core.Tests.Stories;

/// <summary>
/// Average link clusters the parts of the graph apart, on several threads: the groups must be those of one clustering
/// of the whole graph, done the plain way, whatever the threads.
/// </summary>
public sealed class AverageLinkTests
{
    private const double Threshold = 0.25;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Clustering_part_by_part_gives_the_groups_of_the_whole_graph(int threads)
    {
        var random = new Random(16);
        for (var graph = 0; graph < 300; graph++)
        {
            var count = random.Next(2, 70);
            var edges = RandomEdges(random, count);

            var groups = AverageLinkClustering.Cluster(count, edges, Threshold, new ParallelOptions { MaxDegreeOfParallelism = threads });

            Assert.Equal(WholeGraph(count, edges, Threshold), groups);
        }
    }

    [Fact]
    public void Groups_linked_only_below_the_threshold_stay_apart()
    {
        // Two close pairs, 0-1 and 2-3, linked by pairs just below the threshold: no mean of them reaches it.
        List<(int, int, double)> edges = [(0, 1, 0.5), (2, 3, 0.5), (0, 2, Threshold - 1e-9), (1, 3, Threshold - 1e-9), (0, 3, Threshold - 1e-9), (1, 2, Threshold - 1e-9)];

        var groups = AverageLinkClustering.Cluster(4, edges, Threshold);

        Assert.Equal([0, 0, 2, 2], groups);
    }

    /// <summary>
    /// Edges in clusters of a few items with many equal similarities (ties must break alike), and a few across clusters.
    /// Similarities are multiples of 1/64, so every sum is exact and both ways compute the same means to the last bit.
    /// </summary>
    private static List<(int A, int B, double Similarity)> RandomEdges(Random random, int count)
    {
        var edges = new List<(int, int, double)>();
        for (var a = 0; a < count; a++)
            for (var b = a + 1; b < count; b++)
            {
                var near = a / 5 == b / 5;
                if (random.NextDouble() < (near ? 0.7 : 0.05)) edges.Add((a, b, random.Next(1, near ? 64 : 24) / 64.0));
            }
        return edges;
    }

    /// <summary>
    /// Average link the plain way: the means of every two groups worked out from the pairs each time, the highest merged
    /// (among equals the pair with the smallest items), while it reaches the threshold.
    /// </summary>
    private static int[] WholeGraph(int count, List<(int A, int B, double Similarity)> edges, double threshold)
    {
        var similarity = new double[count, count];
        foreach (var (a, b, value) in edges) similarity[a, b] = similarity[b, a] = value;
        var groups = Enumerable.Range(0, count).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            var (best, first, second) = (double.NegativeInfinity, -1, -1);
            for (var x = 0; x < groups.Count; x++)
                for (var y = x + 1; y < groups.Count; y++)
                {
                    var sum = groups[x].Sum(a => groups[y].Sum(b => similarity[a, b]));
                    var mean = sum / ((double)groups[x].Count * groups[y].Count);
                    if (mean > best) (best, first, second) = (mean, x, y);
                }
            if (first < 0 || best < threshold) break;
            groups[first].AddRange(groups[second]);
            groups.RemoveAt(second);
        }
        var groupOf = new int[count];
        foreach (var group in groups)
            foreach (var item in group) groupOf[item] = group.Min();
        return groupOf;
    }
}
