using System.Collections.Immutable;

namespace FactCheck.Stories;

/// <summary>Counts one source's features as they are read, keeping the first spelling of each for labels.</summary>
internal sealed class FeatureCounts
{
    private readonly Dictionary<(StoryFeatureKind Kind, string Key), (int Count, string? Display)> counts = [];

    /// <summary>Counts a feature written as <paramref name="display"/>; a spelling in capitals gives way to one that is not.</summary>
    public void Add(StoryFeatureKind kind, string key, string display)
    {
        var entry = counts.GetValueOrDefault((kind, key));
        var better = entry.Display is null || (IsShouted(entry.Display) && !IsShouted(display));
        counts[(kind, key)] = (entry.Count + 1, better ? display : entry.Display);
    }

    /// <summary>True for a spelling in capitals of a word longer than an acronym ("MEGANTIC", not "NATO").</summary>
    public static bool IsShouted(ReadOnlySpan<char> display) => display.Length > 4 && !display.ContainsAnyInRange('a', 'z') && display.ContainsAnyInRange('A', 'Z');

    /// <summary>
    /// The <paramref name="limit"/> most frequent features, names and places first among equals (they tell stories apart
    /// better than words), sorted by kind and key so that profiles compare in one pass.
    /// </summary>
    public ImmutableArray<StoryFeature> MostFrequent(int limit) =>
    [
        .. counts
            .OrderByDescending(c => c.Value.Count).ThenByDescending(c => c.Key.Kind).ThenBy(c => c.Key.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new StoryFeature(c.Key.Kind, c.Key.Key, c.Value.Count, c.Value.Display!))
            .OrderBy(f => f.Kind).ThenBy(f => f.Key, StringComparer.Ordinal),
    ];
}
