using System.Collections;

namespace FactCheck.Stories;

/// <summary>
/// A profile's features, packed: their kinds and counts in one array, the characters of their keys and spellings in one
/// string. The first pass keeps a profile for every source until the stories are grouped; held as features of two
/// strings each, a profile was some thirty-five small objects, and every collection of the first pass marked and copied
/// them (the profiles of the bench corpus: 55–75 MB, a third of the first pass's collection pauses). Packed, it is two.
/// Read by index: <see cref="KeyAt"/> and <see cref="DisplayAt"/> give spans; the indexer makes a <see cref="StoryFeature"/>.
/// </summary>
public sealed class StoryFeatures : IReadOnlyList<StoryFeature>
{
    private readonly Packed[] items;
    private readonly string chars;

    private StoryFeatures(Packed[] items, string chars) => (this.items, this.chars) = (items, chars);

    /// <summary>No feature.</summary>
    public static StoryFeatures Empty { get; } = new([], "");

    /// <summary>
    /// One feature's kind and count, and where its characters end in the packed string: they start where the previous
    /// feature's end, its key first, then its spelling. A spelling equal to its key is not written twice: then the key's
    /// length is stored complemented (<see cref="DisplayIsKey"/>). The kind is in the two low bits of
    /// <see cref="KindAndCount"/>, the count above them (a count is at most the length of a source's text, 32 MB at most:
    /// far below 2^29). Twelve bytes where kind and count apart were sixteen, and the six offsets and lengths once
    /// twenty-four: the first pass holds 64 of them for each of its sources until the stories are grouped, and its
    /// collections copy them (6 MB fewer on the bench corpus).
    /// </summary>
    private readonly record struct Packed(int KindAndCount, int End, int StoredKeyLength)
    {
        public Packed(StoryFeatureKind kind, int count, int end, int storedKeyLength) : this((count << 2) | (int)kind, end, storedKeyLength)
        {
        }

        public StoryFeatureKind Kind => (StoryFeatureKind)(KindAndCount & 3);

        public int Count => KindAndCount >>> 2;

        public bool DisplayIsKey => StoredKeyLength < 0;

        public int KeyLength => DisplayIsKey ? ~StoredKeyLength : StoredKeyLength;
    }

    /// <summary><paramref name="features"/>, in their order, packed.</summary>
    public static StoryFeatures Of(ReadOnlySpan<StoryFeature> features)
    {
        // The thread's packing, taken while in use: its buffers are not made again for each profile the store reads back.
        var packing = packingOfThread ?? new Packing();
        packingOfThread = null;
        foreach (var (kind, key, count, display) in features) packing.Add(kind, count, key, display);
        var packed = packing.ToFeatures();
        packingOfThread = packing;
        return packed;
    }

    [ThreadStatic]
    private static Packing? packingOfThread;

    /// <summary>
    /// Packs features added one by one, from characters: the story profile's counts hand over their features' keys and
    /// spellings as spans of their own buffers (<see cref="FeatureCounts"/>), not as strings made for the purpose. Reused:
    /// <see cref="ToFeatures"/> starts it afresh, keeping its room up to a size.
    /// </summary>
    internal sealed class Packing
    {
        // Past this many characters (or features) the buffers are let go once packed: a huge lead's would be held.
        private const int RoomKept = 16_384;
        private Packed[] items = new Packed[64];
        private char[] chars = new char[1024];
        private int count;
        private int at;

        /// <summary>Adds a feature after those added since the last <see cref="ToFeatures"/>.</summary>
        public void Add(StoryFeatureKind kind, int featureCount, ReadOnlySpan<char> key, ReadOnlySpan<char> display)
        {
            var same = key.SequenceEqual(display);
            var length = key.Length + (same ? 0 : display.Length);
            if (count == items.Length) Array.Resize(ref items, 2 * items.Length);
            if (chars.Length - at < length) Array.Resize(ref chars, Math.Max(2 * chars.Length, at + length));
            key.CopyTo(chars.AsSpan(at));
            if (!same) display.CopyTo(chars.AsSpan(at + key.Length));
            at += length;
            items[count++] = new Packed(kind, featureCount, at, same ? ~key.Length : key.Length);
        }

        /// <summary>The features added, packed; the packing starts afresh.</summary>
        public StoryFeatures ToFeatures()
        {
            var features = count == 0 ? Empty : new StoryFeatures(items.AsSpan(0, count).ToArray(), new string(chars, 0, at));
            (count, at) = (0, 0);
            if (items.Length > RoomKept) items = new Packed[64];
            if (chars.Length > RoomKept) chars = new char[1024];
            return features;
        }
    }

    /// <summary>How many features.</summary>
    public int Length => items.Length;

    /// <inheritdoc/>
    int IReadOnlyCollection<StoryFeature>.Count => items.Length;

    /// <summary>The kind of feature <paramref name="k"/>.</summary>
    public StoryFeatureKind KindAt(int k) => items[k].Kind;

    /// <summary>How often the source names feature <paramref name="k"/>.</summary>
    public int CountAt(int k) => items[k].Count;

    /// <summary>The folded key of feature <paramref name="k"/>.</summary>
    public ReadOnlySpan<char> KeyAt(int k) => chars.AsSpan(StartOf(k), items[k].KeyLength);

    /// <summary>How the source writes feature <paramref name="k"/>.</summary>
    public ReadOnlySpan<char> DisplayAt(int k)
    {
        var (start, item) = (StartOf(k), items[k]);
        return item.DisplayIsKey ? chars.AsSpan(start, item.KeyLength) : chars.AsSpan(start + item.KeyLength, item.End - start - item.KeyLength);
    }

    private int StartOf(int k) => k == 0 ? 0 : items[k - 1].End;

    /// <summary>Feature <paramref name="k"/>, its strings made.</summary>
    public StoryFeature this[int k] => new(KindAt(k), KeyAt(k).ToString(), CountAt(k), DisplayAt(k).ToString());

    /// <inheritdoc/>
    public IEnumerator<StoryFeature> GetEnumerator()
    {
        for (var k = 0; k < items.Length; k++) yield return this[k];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
