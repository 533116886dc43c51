using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace FactCheck.Stories;

/// <summary>Counts a source's features as they are read, keeping a spelling of each for labels; reused source after source.</summary>
internal sealed class FeatureCounts
{
    private readonly Dictionary<(StoryFeatureKind Kind, string Key), (int Count, string? Display)> counts = [];

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
    public static bool IsShouted(ReadOnlySpan<char> display) => display.Length > 4 && !display.ContainsAnyInRange('a', 'z') && display.ContainsAnyInRange('A', 'Z');

    /// <summary>
    /// The <paramref name="limit"/> most frequent features, names and places first among equals (they tell stories apart
    /// better than words), then in reading order; sorted by kind and key so that profiles compare in one pass.
    /// </summary>
    public ImmutableArray<StoryFeature> MostFrequent(int limit)
    {
        // The rank of the last feature kept, found without sorting the source's hundreds of features (most counted once).
        var ranks = new List<int>(counts.Count);
        foreach (var ((kind, _), (count, _)) in counts) ranks.Add(Rank(kind, count));
        var cutoff = 0;
        if (ranks.Count > limit)
        {
            ranks.Sort();
            cutoff = ranks[^limit];
        }
        var kept = new List<StoryFeature>(Math.Min(limit, counts.Count));
        var atCutoff = limit - ranks.Count(r => r > cutoff);
        foreach (var ((kind, key), (count, display)) in counts)
        {
            var rank = Rank(kind, count);
            if (rank < cutoff || (rank == cutoff && atCutoff-- <= 0)) continue;
            kept.Add(new StoryFeature(kind, key, count, display!));
        }
        kept.Sort(static (x, y) => x.Kind != y.Kind ? ((int)x.Kind).CompareTo((int)y.Kind) : string.CompareOrdinal(x.Key, y.Key));
        return [.. kept];
    }

    private static int Rank(StoryFeatureKind kind, int count) => count * 4 + (int)kind;
}
