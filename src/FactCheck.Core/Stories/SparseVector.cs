using System.Numerics;

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
        // Plain loops, not queries: this runs twice for each of a run's 29,000 sources. The squares are summed in the
        // profile's order, as before, so the norm is the same to the last bit.
        Span<int> entries = ids.Length <= 256 ? stackalloc int[ids.Length] : new int[ids.Length];
        var count = 0;
        double squares = 0;
        for (var k = 0; k < ids.Length; k++)
        {
            if (!(weights[k] > 0 && kept(ids[k]))) continue;
            entries[count++] = k;
            squares += weights[k] * weights[k];
        }
        if (count == 0) return Empty;
        var norm = Math.Sqrt(squares + unseen * unseen);
        var sortedIds = new int[count];
        var sortedWeights = new float[count];
        for (var e = 0; e < count; e++) (sortedIds[e], sortedWeights[e]) = (ids[entries[e]], (float)(weights[entries[e]] / norm));
        Array.Sort(sortedIds, sortedWeights);
        return new SparseVector(sortedIds, sortedWeights);
    }

    /// <summary>
    /// One vector spread in a small hash table, to take its cosine with many others: each of theirs is read once, in
    /// order, and looked up, instead of merged step by step with it (a merge's every step is a branch the processor
    /// mispredicts). The products are added in the same order as <see cref="Dot"/>'s, so the cosine is the same.
    /// </summary>
    public sealed class Table
    {
        private int[] keys = new int[256];
        private float[] values = new float[256];
        private readonly List<int> used = [];
        private int shift = 24;

        /// <summary>Holds <paramref name="vector"/> in place of the one before.</summary>
        public void Load(SparseVector vector)
        {
            foreach (var slot in used) keys[slot] = 0;
            used.Clear();
            if (keys.Length < 4 * vector.ids.Length)
            {
                var size = (int)BitOperations.RoundUpToPowerOf2((uint)(4 * vector.ids.Length));
                (keys, values, shift) = (new int[size], new float[size], 32 - BitOperations.Log2((uint)size));
            }
            for (var i = 0; i < vector.ids.Length; i++)
            {
                var slot = Slot(vector.ids[i]);
                while (keys[slot] != 0) slot = (slot + 1) & (keys.Length - 1);
                // Feature numbers start at 0: a key is the number plus one, and 0 an empty slot.
                (keys[slot], values[slot]) = (vector.ids[i] + 1, vector.weights[i]);
                used.Add(slot);
            }
        }

        /// <summary>The cosine of the vector held with <paramref name="other"/>, both unit vectors.</summary>
        public double Dot(SparseVector other)
        {
            double sum = 0;
            for (var j = 0; j < other.ids.Length; j++)
            {
                var key = other.ids[j] + 1;
                for (var slot = Slot(other.ids[j]); keys[slot] != 0; slot = (slot + 1) & (keys.Length - 1))
                {
                    if (keys[slot] != key) continue;
                    sum += (double)values[slot] * other.weights[j];
                    break;
                }
            }
            return sum;
        }

        private int Slot(int id) => (int)(((uint)id * 0x9E3779B9u) >> shift);
    }
}
