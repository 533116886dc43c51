using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using FactCheck.Inputs;
using FactCheck.Pipeline;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Tests;
using static System.FormattableString;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>throughput</c>: stopwatch timings on a whole corpus, the figures a user sees. The full check on every core and on one,
/// then the naive way (the recognizer's currency model on every sentence, one thread) on a sample, since it is too slow for all.
/// </summary>
internal static class ThroughputCommand
{
    // Cpu is the process's processor time: beside the wall time, it shows when other processes took the cores.
    private sealed record Row(string Run, int Threads, long Bytes, TimeSpan Time, TimeSpan Cpu)
    {
        public double MegabytesPerSecond => Bytes / 1e6 / Time.TotalSeconds;
    }

    public static int Run(string corpus, double naiveSampleMb)
    {
        // The first run is what one CLI call costs: seconds of JIT, and the recognizer meeting text it has never seen.
        // Later runs re-read the same text, which the recognizer handles 2-3 times faster even with its results cache off,
        // so they show the code warm, not a second corpus: both are reported, and neither alone is the whole story.
        if (TimeCheck(corpus, "`FactChecker.Check`, first run (as one CLI call)", Environment.ProcessorCount) is not { } cold
            || TimeCheck(corpus, "`FactChecker.Check`, run again on the same text", Environment.ProcessorCount) is not { } parallel
            || TimeCheck(corpus, "`FactChecker.Check`, run again, `Parallelism = 1`", 1) is not { } single)
            return 2;

        var naive = Naive(corpus, naiveSampleMb);

        Console.WriteLine();
        Console.WriteLine(Invariant($"{Environment.ProcessorCount} cores; MB = 10^6 bytes of UTF-8 text"));
        Console.WriteLine();
        Console.WriteLine("| run | threads | MB | wall (s) | CPU (s) | MB/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var row in new[] { cold, parallel, single, naive })
            Console.WriteLine(Invariant($"| {row.Run} | {row.Threads} | {row.Bytes / 1e6:0.00} | {row.Time.TotalSeconds:0.00} | {row.Cpu.TotalSeconds:0.00} | {row.MegabytesPerSecond:0.00} |"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"Speed-up over the naive way: {cold.MegabytesPerSecond / naive.MegabytesPerSecond:0}× (first run, as one CLI call), ")
                          + Invariant($"{parallel.MegabytesPerSecond / naive.MegabytesPerSecond:0}× (run again, {parallel.Threads} threads), ")
                          + Invariant($"{single.MegabytesPerSecond / naive.MegabytesPerSecond:0}× (run again, 1 thread against 1 thread)."));
        return 0;
    }

    /// <summary>
    /// <c>naive</c>: the naive way alone, in a process of its own (as <c>benchmarks/speed.sh</c> times it): it prints one line
    /// with the sample's files, MB, results and time.
    /// </summary>
    public static int RunNaive(string corpus, double naiveSampleMb)
    {
        var naive = Naive(corpus, naiveSampleMb);
        Console.WriteLine(Invariant($"{naive.Run}: {naive.Bytes / 1e6:0.00} MB in {naive.Time.TotalSeconds:0.00} s, {naive.MegabytesPerSecond:0.00} MB/s"));
        return 0;
    }

    private static Row Naive(string corpus, double naiveSampleMb)
    {
        var (files, stride) = NaiveSample(corpus, naiveSampleMb);
        Settle();
        var naive = TimeNaive(files, out var results);
        var sample = stride == 1 && files.Length == Discover(corpus).Length
            ? "whole corpus" : Invariant($"{naive.Bytes / 1e6:0.00} MB sample, one file in {stride} in ordinal order");
        Console.WriteLine(Invariant($"naive: {files.Length} files ({sample}), {results} currency results"));
        return naive with { Run = $"naive: load, split, recognizer's currency model on every sentence ({sample})" };
    }

    private static Row? TimeCheck(string corpus, string run, int threads)
    {
        Settle();
        var (clock, cpu) = (Stopwatch.StartNew(), ProcessorTime());
        var result = FactChecker.Check(new CheckOptions([corpus], RepoPaths.Root) { Parallelism = threads });
        var row = new Row(run, threads, result.Stats?.Bytes ?? 0, clock.Elapsed, ProcessorTime() - cpu);
        if (result.Stats is not { } stats)
        {
            Console.Error.WriteLine(result.Error);
            return null;
        }
        Console.WriteLine(Invariant($"{run}: {stats.Files} files, {stats.Sentences} sentences, {stats.Mentions} mentions, {stats.Claims} claims, {stats.Findings} findings"));
        return row;
    }

    /// <summary>
    /// Every k-th file in ordinal order until <paramref name="megabytes"/> are reached: deterministic, and spread over every
    /// folder and outlet instead of the first few hundred files of one.
    /// </summary>
    private static (ImmutableArray<string> Files, int Stride) NaiveSample(string corpus, double megabytes)
    {
        var all = Discover(corpus);
        var sizes = all.Select(f => new FileInfo(f).Length).ToArray();
        var wanted = (long)(megabytes * 1e6);
        var stride = (int)Math.Clamp(sizes.Sum() / Math.Max(1, wanted), 1, Math.Max(1, all.Length));
        var sample = ImmutableArray.CreateBuilder<string>();
        long taken = 0;
        for (var i = 0; i < all.Length && taken < wanted; i += stride)
        {
            sample.Add(all[i]);
            taken += sizes[i];
        }
        return (sample.ToImmutable(), stride);
    }

    private static Row TimeNaive(ImmutableArray<string> files, out int results)
    {
        var loader = new SourceLoader(RepoPaths.Root);
        // One pass, as the naive tool would make, but after the FactChecker runs have compiled much of the recognizer's code:
        // against the first run, that favours the baseline.
        var baseline = new NaiveBaseline();
        long bytes = 0;
        results = 0;
        var (clock, cpu) = (Stopwatch.StartNew(), ProcessorTime());
        foreach (var file in files)
        {
            var document = loader.LoadFile(file, SourceRole.Reference).Document!; // FactChecker has read every file without error
            bytes += Encoding.UTF8.GetByteCount(document.Text);
            results += baseline.Count(SentenceSplitter.Default.Split(document));
        }
        return new Row("naive", 1, bytes, clock.Elapsed, ProcessorTime() - cpu);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static ImmutableArray<string> Discover(string corpus) => new SourceLoader(corpus).Discover([corpus]).Files;

    // Each run starts without the previous run's garbage to collect.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
