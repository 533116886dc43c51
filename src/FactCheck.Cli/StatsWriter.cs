using System.Globalization;
using FactCheck.Pipeline;

namespace FactCheck.Cli;

/// <summary>Writes <c>--stats</c>: what was read, and each stage's time and throughput.</summary>
internal static class StatsWriter
{
    public static void Write(StageTimes stats, TextWriter output)
    {
        var megabytes = stats.Bytes / 1_000_000.0;
        // A shard reads claims and compares nothing: the merge (--claims) groups the stories and finds. A replayed result
        // (--cache, nothing changed) is the last run's, printed again.
        output.WriteLine(stats.Replayed
            ? string.Create(CultureInfo.InvariantCulture,
                $"files {stats.Files}, none changed since the last run of this check ({stats.ReadAgain} read and hashed again, the others known by their size and times): its result replayed, nothing read for claims, grouped or compared")
            : stats.Shard is { } shard
            ? string.Create(CultureInfo.InvariantCulture,
                $"shard {shard}: files {stats.Files}, {megabytes:0.00} MB, sentences {stats.Sentences}, mentions {stats.Mentions}, claims {stats.Claims}, all read for claims; stories and findings are the merge's")
            : string.Create(CultureInfo.InvariantCulture,
                $"files {stats.Files}, {megabytes:0.00} MB, sentences {stats.Sentences}, mentions {stats.Mentions}, claims {stats.Claims} ({stats.BoundClaims} bound) in the {stats.ReadForClaims} sources read for claims, findings {stats.Findings}, stories {stats.Stories.All} ({stats.Stories.Shared} of several sources)"));
        output.WriteLine("stage             time (s)      MB/s  allocated (MB)   (but story groups and report: summed over threads)");
        foreach (var (stage, time) in stats.Stages)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{stage,-16} {time.TotalSeconds,9:0.000} {Rate(megabytes, time),9}");
            output.WriteLine(stats.Allocated.TryGetValue(stage, out var bytes) ? string.Create(CultureInfo.InvariantCulture, $"{line} {bytes / 1_000_000,15}") : line);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total (wall)",-16} {stats.Wall.TotalSeconds,9:0.000} {Rate(megabytes, stats.Wall),9}"));
        // Memory is the other half of speed on a big folder: how much the run allocated, and how long the GC stopped it.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: peak {PeakMegabytes()} MB, allocated {GC.GetTotalAllocatedBytes() / 1_000_000} MB, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.000} s (collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)"));
    }

    private static long PeakMegabytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1_000_000;
    }

    private static string Rate(double megabytes, TimeSpan time) =>
        time.TotalSeconds <= 0 ? "-" : (megabytes / time.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
}
