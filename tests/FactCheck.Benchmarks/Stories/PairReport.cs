using System.Collections.Immutable;
using FactCheck.Stories;
using static System.FormattableString;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>--pairs</c>: why sources were or were not put together: the similarity of every pair of a few sources, and each
/// source's heaviest features (kind, key, count in the source / sources of the run that have it).
/// </summary>
internal sealed class PairReport(ImmutableArray<StoryProfile> profiles)
{
    private readonly ImmutableArray<StoryProfile> sorted = [.. profiles.OrderBy(p => p.SourceId, StringComparer.Ordinal)];
    private FeatureSpace? space;

    private FeatureSpace Space => space ??= new FeatureSpace(sorted);

    public void Write(IEnumerable<string> sourceIds)
    {
        var indexes = sourceIds.Select(id => sorted.IndexOf(sorted.First(p => p.SourceId == id))).ToList();
        foreach (var a in indexes)
        {
            var row = string.Join(" ", indexes.Select(b => b == a ? "  -  " : Invariant($"{StoryGrouper.Similarity(Space, sorted, a, b):0.000}")));
            Console.WriteLine($"      {row}  {sorted[a].SourceId} {sorted[a].Language} {sorted[a].Date?.Iso}");
            Console.WriteLine("          " + Heaviest(a));
        }
    }

    /// <summary>The mean similarity of the pairs of these sources, and the lowest.</summary>
    public (double Mean, double Least) Cohesion(IReadOnlyList<string> sourceIds)
    {
        var indexes = sourceIds.Select(id => sorted.IndexOf(sorted.First(p => p.SourceId == id))).ToList();
        var similarities = indexes.SelectMany(a => indexes.Where(b => b > a).Select(b => StoryGrouper.Similarity(Space, sorted, a, b))).ToList();
        return (similarities.Average(), similarities.Min());
    }

    private string Heaviest(int source) =>
        string.Join(" ", sorted[source].Features
            .Select((f, k) => (Feature: f, Weight: Space.Weight(source, k), Id: Space.FeatureId(source, k)))
            .OrderByDescending(x => x.Weight).Take(12)
            .Select(x => Invariant($"{x.Feature.Kind.ToString()[0]}:{x.Feature.Key}:{x.Feature.Count}/{Space.Frequency[x.Id]}")));
}
