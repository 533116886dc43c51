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

    /// <summary>One feature's place in the packed string, its kind and count. A spelling equal to its key is not written twice.</summary>
    private readonly record struct Packed(StoryFeatureKind Kind, int Count, int KeyStart, int KeyLength, int DisplayStart, int DisplayLength);

    /// <summary><paramref name="features"/>, in their order, packed.</summary>
    public static StoryFeatures Of(ReadOnlySpan<StoryFeature> features)
    {
        if (features.IsEmpty) return Empty;
        var items = new Packed[features.Length];
        var at = 0;
        for (var k = 0; k < features.Length; k++)
        {
            var (kind, key, count, display) = features[k];
            var keyStart = at;
            at += key.Length;
            var displayStart = keyStart;
            if (!Same(features[k]))
            {
                displayStart = at;
                at += display.Length;
            }
            items[k] = new Packed(kind, count, keyStart, key.Length, displayStart, display.Length);
        }
        var chars = string.Create(at, new Filling(features, items), static (into, filling) =>
        {
            for (var k = 0; k < filling.Items.Length; k++)
            {
                var (feature, item) = (filling.Features[k], filling.Items[k]);
                feature.Key.CopyTo(into[item.KeyStart..]);
                if (!Same(feature)) feature.Display.CopyTo(into[item.DisplayStart..]);
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
    public ReadOnlySpan<char> KeyAt(int k) => chars.AsSpan(items[k].KeyStart, items[k].KeyLength);

    /// <summary>How the source writes feature <paramref name="k"/>.</summary>
    public ReadOnlySpan<char> DisplayAt(int k) => chars.AsSpan(items[k].DisplayStart, items[k].DisplayLength);

    /// <summary>Feature <paramref name="k"/>, its strings made.</summary>
    public StoryFeature this[int k] => new(KindAt(k), KeyAt(k).ToString(), CountAt(k), DisplayAt(k).ToString());

    /// <inheritdoc/>
    public IEnumerator<StoryFeature> GetEnumerator()
    {
        for (var k = 0; k < items.Length; k++) yield return this[k];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
