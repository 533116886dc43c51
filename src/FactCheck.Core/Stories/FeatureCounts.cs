using System.Runtime.InteropServices;
using FactCheck.Inputs;

namespace FactCheck.Stories;

/// <summary>Counts a source's features as they are read, keeping a spelling of each for labels; reused source after source.</summary>
internal sealed class FeatureCounts
{
    // A table a kind, by the kind's number: keyed by strings alone, a table hashes them the fast way a run's own strings
    // may be hashed, where a key of kind and string went through the randomized hash. Each keeps its reading order.
    private readonly Dictionary<string, (int Count, string? Display)>[] counts =
        [.. Enum.GetValues<StoryFeatureKind>().Select(_ => new Dictionary<string, (int, string?)>(StringComparer.Ordinal))];
    private readonly List<int> ranks = [];
    private StoryFeature[] kept = [];

    /// <summary>Forgets every count, keeping the tables' room for the next source.</summary>
    public void Clear()
    {
        foreach (var table in counts) table.Clear();
    }

    /// <summary>Counts a feature written as <paramref name="display"/>; a spelling in capitals gives way to one that is not.</summary>
    public void Add(StoryFeatureKind kind, string key, string display)
    {
        // One look-up a word, not two: this runs for every content word of every lead.
        Count(ref CollectionsMarshal.GetValueRefOrAddDefault(counts[(int)kind], key, out _), display);
    }

    /// <summary>
    /// <see cref="Add(StoryFeatureKind, string, string)"/> with the key as characters: its string is made only when the
    /// table does not hold it yet.
    /// </summary>
    public void Add(StoryFeatureKind kind, ReadOnlySpan<char> key, string display)
    {
        Count(ref CollectionsMarshal.GetValueRefOrAddDefault(counts[(int)kind].GetAlternateLookup<ReadOnlySpan<char>>(), key, out _), display);
    }

    private static void Count(ref (int Count, string? Display) entry, string display)
    {
        if (entry.Display is null || (IsShouted(entry.Display) && !IsShouted(display))) entry.Display = display;
        entry.Count++;
    }

    /// <summary>True for a spelling in capitals of a word longer than an acronym ("MEGANTIC", not "NATO").</summary>
    public static bool IsShouted(ReadOnlySpan<char> display) => display.Length > 4 && !display.ContainsAny(CharSets.AsciiLower) && display.ContainsAny(CharSets.AsciiUpper);

    /// <summary>
    /// The <paramref name="limit"/> most frequent features, names and places first among equals (they tell stories apart
    /// better than words), then in reading order; sorted by kind and key so that profiles compare in one pass.
    /// </summary>
    public ReadOnlySpan<StoryFeature> MostFrequent(int limit)
    {
        // The rank of the last feature kept, found without sorting the source's hundreds of features (most counted once).
        ranks.Clear();
        var total = 0;
        for (var kind = 0; kind < counts.Length; kind++)
        {
            total += counts[kind].Count;
            foreach (var (count, _) in counts[kind].Values) ranks.Add(Rank((StoryFeatureKind)kind, count));
        }
        var cutoff = 0;
        if (ranks.Count > limit)
        {
            ranks.Sort();
            cutoff = ranks[^limit];
        }
        // Exactly this many are kept (ranks are at least 4, so with no cutoff every feature is): filled in place, not copied.
        // Features of one rank are of one kind: those at the cutoff are kept in the reading order of their kind's table.
        // The array is the table's own, reused source after source: the profile packs what it holds (StoryFeatures).
        if (kept.Length < Math.Min(limit, total)) kept = new StoryFeature[Math.Min(limit, total)];
        var (atCutoff, next) = (limit, 0);
        foreach (var rank in ranks)
            if (rank > cutoff) atCutoff--;
        for (var kind = 0; kind < counts.Length; kind++)
        {
            var from = next;
            foreach (var (key, (count, display)) in counts[kind])
            {
                var rank = Rank((StoryFeatureKind)kind, count);
                if (rank < cutoff || (rank == cutoff && atCutoff-- <= 0)) continue;
                kept[next++] = new StoryFeature((StoryFeatureKind)kind, key, count, display!);
            }
            // Sorted by kind, then key: the kinds come in order, each sorted by its keys.
            // With a comparison made once: Array.Sort with a comparer wraps its Compare in a new delegate at each call.
            kept.AsSpan(from, next - from).Sort(ByKey);
        }
        return kept.AsSpan(0, next);
    }

    private static readonly Comparison<StoryFeature> ByKey = static (x, y) => string.CompareOrdinal(x.Key, y.Key);

    private static int Rank(StoryFeatureKind kind, int count) => count * 4 + (int)kind;
}
