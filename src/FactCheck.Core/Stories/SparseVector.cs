namespace FactCheck.Stories;

/// <summary>A unit-length vector of feature weights, by feature number in increasing order.</summary>
internal sealed class SparseVector
{
    private static readonly SparseVector Empty = new([], []);

    private readonly int[] ids;
    private readonly float[] weights;

    private SparseVector(int[] ids, float[] weights) => (this.ids, this.weights) = (ids, weights);

    /// <summary>The cosine of two unit vectors: one pass over both, since both are sorted.</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < ids.Length && j < other.ids.Length)
        {
            if (ids[i] < other.ids[j]) i++;
            else if (ids[i] > other.ids[j]) j++;
            else sum += (double)weights[i++] * other.weights[j++];
        }
        return sum;
    }

    /// <summary>
    /// The unit vector of the features <paramref name="kept"/> keeps, with a weight beyond zero, its norm counting one
    /// more feature of weight <paramref name="unseen"/> that no other vector has.
    /// </summary>
    public static SparseVector Normalized(int[] ids, double[] weights, Func<int, bool> kept, double unseen)
    {
        var entries = Enumerable.Range(0, ids.Length).Where(k => weights[k] > 0 && kept(ids[k])).ToArray();
        if (entries.Length == 0) return Empty;
        var norm = Math.Sqrt(entries.Sum(k => weights[k] * weights[k]) + unseen * unseen);
        var sortedIds = entries.Select(k => ids[k]).ToArray();
        var sortedWeights = entries.Select(k => (float)(weights[k] / norm)).ToArray();
        Array.Sort(sortedIds, sortedWeights);
        return new SparseVector(sortedIds, sortedWeights);
    }
}
