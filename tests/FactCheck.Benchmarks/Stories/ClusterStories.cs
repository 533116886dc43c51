using FactCheck.Stories;
using static System.FormattableString;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>stories clusters</c>: the bench-corpus clusters of one event (<c>Stories/bench-clusters.txt</c>) must each be one
/// story, alone and among a slice of unrelated articles (every 10th file of the corpus that no cluster lists).
/// <c>--pairs</c> adds each cluster's mean and lowest pair similarity within the slice.
/// </summary>
internal static class ClusterStories
{
    public static bool Run(string corpus, bool pairs)
    {
        var clusters = BenchClusters.Read();
        var listed = clusters.SelectMany(c => c.Files).ToHashSet(StringComparer.Ordinal);
        var alone = 0;
        foreach (var cluster in clusters)
        {
            if (StoryProfiles.Of([.. cluster.Files.Select(f => Path.Combine(corpus, f))], corpus) is not { } read) return false;
            var map = StoryGrouper.Default.Group(read.Profiles);
            if (map.Stories.Length == 1) alone++;
            Console.WriteLine(Invariant($"{cluster.Name} alone: {cluster.Files.Length} sources, {map.Stories.Length} stories: ")
                              + string.Join(" | ", map.Stories.Select(s => $"[{s.Label}] {s.Sources.Length}")));
        }

        var slice = StoryProfiles.EveryNth(corpus, "en", 10).Concat(StoryProfiles.EveryNth(corpus, "fr", 10))
            .Where(f => !listed.Contains(Path.GetRelativePath(corpus, f).Replace('\\', '/'))).ToList();
        if (StoryProfiles.Of([.. slice, .. listed.Select(f => Path.Combine(corpus, f))], corpus) is not { } all) return false;
        var stories = StoryGrouper.Default.Group(all.Profiles);
        var report = pairs ? new PairReport(all.Profiles) : null;
        var (mixed, joined) = (0, 0);
        foreach (var cluster in clusters)
        {
            var of = cluster.Files.Select(f => stories.StoryOf(f)!).Distinct().ToList();
            var outsiders = of.SelectMany(s => s.Sources).Count(id => !cluster.Files.Contains(id));
            if (of.Count == 1) mixed++;
            joined += outsiders;
            var cohesion = report?.Cohesion(cluster.Files) is { } c ? Invariant($" (pairs: mean {c.Mean:0.000}, lowest {c.Least:0.000})") : "";
            Console.WriteLine(Invariant($"{cluster.Name} among {slice.Count} others: {of.Count} stories, {outsiders} other sources joined{cohesion}: ")
                              + string.Join(" | ", of.Select(s => $"[{s.Label}] {s.Sources.Length}")));
        }
        Console.WriteLine(Invariant($"clusters: {alone}/{clusters.Length} one story alone, {mixed}/{clusters.Length} one story among {slice.Count} unrelated articles ({joined} of those joined a cluster's story)"));
        return true;
    }
}
