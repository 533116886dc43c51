using System.Collections.Immutable;
using System.Diagnostics;
using FactCheck.Stories;
using static System.FormattableString;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>stories corpus</c>: every file of the corpus profiled, then grouped in one process: the time and memory of the
/// grouping, the memory the profiles hold, and where the grouping's time goes.
/// </summary>
internal static class CorpusStories
{
    public static bool Run(string corpus)
    {
        var files = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        if (StoryProfiles.Of(files, corpus, keepSources: false) is not { } read) return false;
        var readTime = clock.Elapsed;
        var profilesMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1e6;

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var map = StoryGrouper.Default.Group(read.Profiles);
        var groupTime = clock.Elapsed;
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;

        // The same steps again, one at a time, to say where the time goes.
        clock.Restart();
        ImmutableArray<StoryProfile> sorted = [.. read.Profiles.OrderBy(p => p.SourceId, StringComparer.Ordinal)];
        var space = new FeatureSpace(sorted);
        var spaceTime = clock.Elapsed;
        clock.Restart();
        var threshold = StoryGrouper.Threshold(sorted.Length);
        var edges = CandidatePairs.Find(space, new Similarities(space, sorted), [.. Enumerable.Range(0, sorted.Length)], threshold / 4);
        var pairTime = clock.Elapsed;
        clock.Restart();
        AverageLinkClustering.Cluster(sorted.Length, edges, threshold);
        var clusterTime = clock.Elapsed;

        Console.WriteLine(Invariant($"corpus: {files.Count} files read (load, split, places, profile) in {readTime.TotalSeconds:0.0} s; the profiles hold {profilesMb:0} MB"));
        Console.WriteLine(Invariant($"corpus: grouped in {groupTime.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores, {allocatedMb:0} MB allocated: vectors {spaceTime.TotalSeconds:0.00} s, ")
                          + Invariant($"{edges.Count} pairs kept {pairTime.TotalSeconds:0.00} s, average link {clusterTime.TotalSeconds:0.00} s, stories and labels {(groupTime - spaceTime - pairTime - clusterTime).TotalSeconds:0.00} s"));
        Console.WriteLine(Invariant($"corpus: {map.Stories.Length} stories, {map.Stories.Count(s => s.Sources.Length > 1)} of 2+ sources, the largest of {map.Stories.Max(s => s.Sources.Length)}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        return true;
    }
}
