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
    /// length is stored complemented (<see cref="DisplayIsKey"/>). Sixteen bytes where the six offsets and lengths were
    /// twenty-four: the first pass holds 64 of them for each of its sources until the stories are grouped.
    /// </summary>
    private readonly record struct Packed(StoryFeatureKind Kind, int Count, int End, int StoredKeyLength)
    {
        public bool DisplayIsKey => StoredKeyLength < 0;

        public int KeyLength => DisplayIsKey ? ~StoredKeyLength : StoredKeyLength;
    }

    /// <summary><paramref name="features"/>, in their order, packed.</summary>
    public static StoryFeatures Of(ReadOnlySpan<StoryFeature> features)
    {
        if (features.IsEmpty) return Empty;
        var items = new Packed[features.Length];
        var at = 0;
        for (var k = 0; k < features.Length; k++)
        {
            var (kind, key, count, display) = features[k];
            var same = Same(features[k]);
            at += key.Length + (same ? 0 : display.Length);
            items[k] = new Packed(kind, count, at, same ? ~key.Length : key.Length);
        }
        var chars = string.Create(at, new Filling(features, items), static (into, filling) =>
        {
            var at = 0;
            for (var k = 0; k < filling.Items.Length; k++)
            {
                var (feature, item) = (filling.Features[k], filling.Items[k]);
                feature.Key.CopyTo(into[at..]);
                if (!item.DisplayIsKey) feature.Display.CopyTo(into[(at + feature.Key.Length)..]);
                at = item.End;
            }
        });
        return new StoryFeatures(items, chars);
    }

    /// <summary>What <see cref="Of"/> writes the packed string from.</summary>
    private readonly ref struct Filling(ReadOnlySpan<StoryFeature> features, Packed[] items)
    {
        public ReadOnlySpan<StoryFeature> Features { get; } = features;

        public Packed[] Items { get; } = items;
    }

    private static bool Same(StoryFeature feature) => string.Equals(feature.Key, feature.Display, StringComparison.Ordinal);

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
