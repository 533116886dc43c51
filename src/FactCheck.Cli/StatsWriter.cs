using System.Globalization;
using FactCheck.Pipeline;

namespace FactCheck.Cli;

/// <summary>Writes <c>--stats</c>: what was read, and each stage's time and throughput.</summary>
internal static class StatsWriter
{
    public static void Write(StageTimes stats, TextWriter output)
    {
        var megabytes = stats.Bytes / 1_000_000.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {stats.Files}, {megabytes:0.00} MB, sentences {stats.Sentences}, mentions {stats.Mentions}, claims {stats.Claims} ({stats.BoundClaims} bound), findings {stats.Findings}"));
        output.WriteLine("stage             time (s)      MB/s   (per-source stages: time summed over threads)");
        foreach (var (stage, time) in stats.Stages)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-16} {time.TotalSeconds,9:0.000} {Rate(megabytes, time),9}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total (wall)",-16} {stats.Wall.TotalSeconds,9:0.000} {Rate(megabytes, stats.Wall),9}"));
    }

    private static string Rate(double megabytes, TimeSpan time) =>
        time.TotalSeconds <= 0 ? "-" : (megabytes / time.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
}
