using FactCheck.Stories;

namespace FactCheck.Core.Tests.Stories;

/// <summary>
/// A profile keeps its most frequent features, names and places first among equals, those at the cutoff in reading order,
/// sorted by kind and key: the same features, in the same order, as sorting every feature would give.
/// </summary>
public sealed class FeatureCountsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void The_features_kept_are_those_a_full_sort_keeps(int seed)
    {
        var random = new Random(seed);
        var counts = new FeatureCounts();
        var added = new List<(StoryFeatureKind Kind, string Key)>();
        // Keys that share their first four characters, and some that are shorter, so that whole keys break ties.
        string[] stems = ["ferr", "ferry", "fe", "paris", "par", "p", "lagerfeld", "karl", "é", "zz"];
        for (var n = 0; n < 400; n++)
        {
            var kind = (StoryFeatureKind)random.Next(3);
            var key = stems[random.Next(stems.Length)] + (random.Next(3) == 0 ? "" : random.Next(60).ToString(System.Globalization.CultureInfo.InvariantCulture));
            counts.Add(kind, key, key.ToUpperInvariant());
            added.Add((kind, key));
        }

        var kept = counts.MostFrequent(64).ToArray();

        Assert.Equal(Expected(added, 64), kept.Select(f => (f.Kind, f.Key, f.Count)));
    }

    [Fact]
    public void Fewer_features_than_the_limit_are_all_kept_sorted_by_kind_and_key()
    {
        var counts = new FeatureCounts();
        counts.Add(StoryFeatureKind.Name, "ferry", "Ferry");
        counts.Add(StoryFeatureKind.Term, "sank", "sank");
        counts.Add(StoryFeatureKind.Term, "ferri", "ferries");

        var kept = counts.MostFrequent(64).ToArray();

        Assert.Equal([(StoryFeatureKind.Term, "ferri"), (StoryFeatureKind.Term, "sank"), (StoryFeatureKind.Name, "ferry")], kept.Select(f => (f.Kind, f.Key)));
    }

    [Fact]
    public void A_name_in_capitals_gives_way_to_its_first_spelling_that_is_not()
    {
        var counts = new FeatureCounts();
        counts.AddName("megantic", "MEGANTIC");
        counts.AddName("megantic", "Mégantic");
        counts.AddName("megantic", "MEGANTIC");
        counts.AddName("nato", "NATO");
        counts.AddName("nato", "Nato");

        var kept = counts.MostFrequent(64).ToArray();

        Assert.Equal([new(StoryFeatureKind.Name, "megantic", 3, "Mégantic"), new(StoryFeatureKind.Name, "nato", 2, "NATO")], kept);
    }

    /// <summary>What the features kept are by their definition: every feature ranked, the first of the highest rank kept in reading order.</summary>
    private static List<(StoryFeatureKind, string, int)> Expected(List<(StoryFeatureKind Kind, string Key)> added, int limit)
    {
        var features = added.Select((a, i) => (a.Kind, a.Key, First: i)).GroupBy(a => (a.Kind, a.Key))
            .Select(g => (g.Key.Kind, g.Key.Key, Count: g.Count(), First: g.Min(a => a.First))).ToList();
        var rank = (StoryFeatureKind kind, int count) => count * 4 + (int)kind;
        return [.. features.OrderByDescending(f => rank(f.Kind, f.Count)).ThenBy(f => f.First).Take(limit)
            .OrderBy(f => f.Kind).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Kind, f.Key, f.Count))];
    }
}
