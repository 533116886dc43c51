using System.Numerics;

namespace FactCheck.Stories;

/// <summary>
/// One unit-length vector of feature weights a source, by feature number in increasing order, all in one pair of arrays:
/// comparing a source with hundreds of others reads each other's vector where the one before ended, not through
/// three objects of its own.
/// </summary>
internal sealed class SparseVectors
{
    // Source s's entries are ids[start[s]..start[s + 1]] and their weights.
    private readonly int[] start;
    private readonly int[] ids;
    private readonly float[] weights;

    private SparseVectors(int[] start, int[] ids, float[] weights) => (this.start, this.ids, this.weights) = (start, ids, weights);

    /// <summary>
    /// The unit vectors of the features <paramref name="kept"/> keeps, with a weight beyond zero, each norm counting one
    /// more feature of weight <paramref name="unseen"/> that no other vector has. Source s's features are at
    /// <paramref name="first"/>[s]..<paramref name="first"/>[s + 1] of <paramref name="featureIds"/> (their numbers)
    /// and <paramref name="featureWeights"/>.
    /// </summary>
    public static SparseVectors Normalized(
        int[] first, int[] featureIds, double[] featureWeights, Func<int, bool> kept, double unseen, ParallelOptions parallel)
    {
        var sources = first.Length - 1;
        var start = new int[sources + 1];
        Parallel.For(0, sources, parallel, s =>
        {
            var count = 0;
            for (var f = first[s]; f < first[s + 1]; f++)
                if (featureWeights[f] > 0 && kept(featureIds[f])) count++;
            start[s + 1] = count;
        });
        for (var s = 0; s < sources; s++) start[s + 1] += start[s];
        var (ids, weights) = (new int[start[sources]], new float[start[sources]]);
        Parallel.For(0, sources, parallel, s =>
        {
            // The squares are summed in the profile's order, as they always were, so the norm is the same to the last bit.
            double squares = 0;
            for (var f = first[s]; f < first[s + 1]; f++)
                if (featureWeights[f] > 0 && kept(featureIds[f])) squares += featureWeights[f] * featureWeights[f];
            var norm = Math.Sqrt(squares + unseen * unseen);
            var e = start[s];
            for (var f = first[s]; f < first[s + 1]; f++)
                if (featureWeights[f] > 0 && kept(featureIds[f])) (ids[e], weights[e++]) = (featureIds[f], (float)(featureWeights[f] / norm));
            // A source's feature numbers differ, so any sort gives the one order.
            ids.AsSpan(start[s], e - start[s]).Sort(weights.AsSpan(start[s], e - start[s]));
        });
        return new SparseVectors(start, ids, weights);
    }

    /// <summary>The cosine of the vectors of sources <paramref name="a"/> and <paramref name="b"/>: one pass over both, since both are sorted.</summary>
    public double Dot(int a, int b)
    {
        double sum = 0;
        int i = start[a], j = start[b];
        while (i < start[a + 1] && j < start[b + 1])
        {
            if (ids[i] < ids[j]) i++;
            else if (ids[i] > ids[j]) j++;
            else sum += (double)weights[i++] * weights[j++];
        }
        return sum;
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

        /// <summary>Holds the vector of <paramref name="source"/> in <paramref name="vectors"/> in place of the one before.</summary>
        public void Load(SparseVectors vectors, int source)
        {
            foreach (var slot in used) keys[slot] = 0;
            used.Clear();
            var (from, to) = (vectors.start[source], vectors.start[source + 1]);
            if (keys.Length < 4 * (to - from))
            {
                var size = (int)BitOperations.RoundUpToPowerOf2((uint)(4 * (to - from)));
                (keys, values, shift) = (new int[size], new float[size], 32 - BitOperations.Log2((uint)size));
            }
            for (var i = from; i < to; i++)
            {
                var slot = Slot(vectors.ids[i]);
                while (keys[slot] != 0) slot = (slot + 1) & (keys.Length - 1);
                // Feature numbers start at 0: a key is the number plus one, and 0 an empty slot.
                (keys[slot], values[slot]) = (vectors.ids[i] + 1, vectors.weights[i]);
                used.Add(slot);
            }
        }

        /// <summary>The cosine of the vector held with that of <paramref name="source"/> in <paramref name="vectors"/>.</summary>
        public double Dot(SparseVectors vectors, int source)
        {
            double sum = 0;
            var (ids, weights) = (vectors.ids, vectors.weights);
            for (var j = vectors.start[source]; j < vectors.start[source + 1]; j++)
            {
                var key = ids[j] + 1;
                for (var slot = Slot(ids[j]); keys[slot] != 0; slot = (slot + 1) & (keys.Length - 1))
                {
                    if (keys[slot] != key) continue;
                    sum += (double)values[slot] * weights[j];
                    break;
                }
            }
            return sum;
        }

        private int Slot(int id) => (int)(((uint)id * 0x9E3779B9u) >> shift);
    }
}
