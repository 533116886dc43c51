namespace FactCheck.Stories;

/// <summary>
/// The parts of a similarity graph that edges at a threshold link, each with its items and all its edges: average-link
/// groups never merge across two parts, since a mean is never above the largest similarity it averages, so each part
/// can be clustered alone. In the bench corpus one part of the graph held nearly every pair; linked only by the pairs
/// that may merge, its 21,000 sources fall into small parts.
/// </summary>
internal sealed class LinkedParts
{
    // A mean of similarities all below the threshold could reach it only through the rounding of its sums: pairs this
    // little below the threshold link too, far more than the rounding of a million additions (2⁻⁵³ each) can make up.
    private const double RoundingMargin = 1e-6;

    private LinkedParts(int[][] items, List<(int A, int B, double Similarity)>[] edges) => (Items, Edges) = (items, edges);

    /// <summary>The items of each part of two or more, in increasing order; parts in the order of their smallest items.</summary>
    public int[][] Items { get; }

    /// <summary>The edges of each part, both ends within it, in the order they were given.</summary>
    public List<(int A, int B, double Similarity)>[] Edges { get; }

    /// <summary>
    /// The parts of <paramref name="count"/> items that the <paramref name="edges"/> of at least <paramref name="threshold"/>
    /// link; an item no such edge touches is a part of its own and is left out.
    /// </summary>
    public static LinkedParts Find(int count, IReadOnlyList<(int A, int B, double Similarity)> edges, double threshold)
    {
        var parent = new int[count];
        for (var i = 0; i < count; i++) parent[i] = i;
        var linkAt = threshold * (1 - RoundingMargin);
        foreach (var (a, b, similarity) in edges)
            if (similarity >= linkAt) Union(parent, a, b);
        var rootSize = new int[count];
        for (var i = 0; i < count; i++) rootSize[Root(parent, i)]++;
        // A part is numbered when its smallest item is met, so parts come in the order of their smallest items.
        var partOf = new int[count];
        var partOfRoot = new int[count];
        Array.Fill(partOfRoot, -1);
        var sizes = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var root = Root(parent, i);
            if (rootSize[root] < 2)
            {
                partOf[i] = -1;
                continue;
            }
            if (partOfRoot[root] < 0)
            {
                partOfRoot[root] = sizes.Count;
                sizes.Add(rootSize[root]);
            }
            partOf[i] = partOfRoot[root];
        }
        var items = sizes.Select(size => new int[size]).ToArray();
        var filled = new int[items.Length];
        for (var i = 0; i < count; i++)
            if (partOf[i] >= 0) items[partOf[i]][filled[partOf[i]]++] = i;
        var partEdges = items.Select(_ => new List<(int, int, double)>()).ToArray();
        foreach (var edge in edges)
            if (partOf[edge.A] >= 0 && partOf[edge.A] == partOf[edge.B]) partEdges[partOf[edge.A]].Add(edge);
        return new LinkedParts(items, partEdges);
    }

    private static int Root(int[] parent, int item)
    {
        while (parent[item] != item) item = parent[item] = parent[parent[item]];
        return item;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (rootA, rootB) = (Root(parent, a), Root(parent, b));
        if (rootA < rootB) parent[rootB] = rootA;
        else if (rootB < rootA) parent[rootA] = rootB;
    }
}
