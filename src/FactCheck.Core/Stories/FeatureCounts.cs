using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Inputs;

namespace FactCheck.Stories;

/// <summary>Counts a source's features as they are read, keeping a spelling of each for labels; reused source after source.</summary>
internal sealed class FeatureCounts
{
    private readonly Dictionary<(StoryFeatureKind Kind, string Key), (int Count, string? Display)> counts = [];
    private readonly List<int> ranks = [];

    /// <summary>Forgets every count, keeping the table's room for the next source.</summary>
    public void Clear() => counts.Clear();

    /// <summary>Counts a feature written as <paramref name="display"/>; a spelling in capitals gives way to one that is not.</summary>
    public void Add(StoryFeatureKind kind, string key, string display)
    {
        // One look-up a word, not two: this runs for every content word of every lead.
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (kind, key), out _);
        if (entry.Display is null || (IsShouted(entry.Display) && !IsShouted(display))) entry.Display = display;
        entry.Count++;
    }

    /// <summary>True for a spelling in capitals of a word longer than an acronym ("MEGANTIC", not "NATO").</summary>
    public static bool IsShouted(ReadOnlySpan<char> display) => display.Length > 4 && !display.ContainsAny(CharSets.AsciiLower) && display.ContainsAny(CharSets.AsciiUpper);

    /// <summary>
    /// The <paramref name="limit"/> most frequent features, names and places first among equals (they tell stories apart
    /// better than words), then in reading order; sorted by kind and key so that profiles compare in one pass.
    /// </summary>
    public ImmutableArray<StoryFeature> MostFrequent(int limit)
    {
        // The rank of the last feature kept, found without sorting the source's hundreds of features (most counted once).
        ranks.Clear();
        foreach (var ((kind, _), (count, _)) in counts) ranks.Add(Rank(kind, count));
        var cutoff = 0;
        if (ranks.Count > limit)
        {
            ranks.Sort();
            cutoff = ranks[^limit];
        }
        // Exactly this many are kept (ranks are at least 4, so with no cutoff every feature is): filled in place, not copied.
        var kept = new StoryFeature[Math.Min(limit, counts.Count)];
        var (atCutoff, next) = (limit, 0);
        foreach (var rank in ranks)
            if (rank > cutoff) atCutoff--;
        foreach (var ((kind, key), (count, display)) in counts)
        {
            var rank = Rank(kind, count);
            if (rank < cutoff || (rank == cutoff && atCutoff-- <= 0)) continue;
            kept[next++] = new StoryFeature(kind, key, count, display!);
        }
        Array.Sort(kept, static (x, y) => x.Kind != y.Kind ? ((int)x.Kind).CompareTo((int)y.Kind) : string.CompareOrdinal(x.Key, y.Key));
        return ImmutableCollectionsMarshal.AsImmutableArray(kept);
    }

    private static int Rank(StoryFeatureKind kind, int count) => count * 4 + (int)kind;
}
