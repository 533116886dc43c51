using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using FactCheck.Tests;
using static System.FormattableString;

namespace FactCheck.Benchmarks;

/// <summary><c>stages</c>: BenchmarkDotNet timings of each stage on <see cref="StageSubset"/>, then each stage's MB/s.</summary>
internal static class StagesCommand
{
    public static int Run(string corpus, string[] benchmarkArgs)
    {
        var (files, error) = StageSubset.Read(corpus);
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        var bytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
        Console.WriteLine(Invariant($"subset: {files.Length} files of {corpus}, {bytes / 1e6:0.000} MB"));

        // ShortRun's counts (1 launch, 3 warm-ups, 3 iterations) keep all six rows to a few minutes on two cores;
        // the error column says what that costs in precision.
        var job = Job.ShortRun.WithEnvironmentVariables(new EnvironmentVariable(StageBenchmarks.CorpusVariable, corpus));
        var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job)
            .WithArtifactsPath(Path.Combine(RepoPaths.Root, "BenchmarkDotNet.Artifacts")); // git-ignored, whatever the working directory
        var summary = BenchmarkRunner.Run<StageBenchmarks>(config, benchmarkArgs);

        Console.WriteLine();
        Console.WriteLine("| stage | mean | MB/s |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
        {
            var seconds = report.ResultStatistics!.Mean / 1e9;
            Console.WriteLine(Invariant($"| {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {seconds * 1e3:0.00} ms | {bytes / 1e6 / seconds:0.00} |"));
        }
        // Every iteration re-reads the same sentences, and the recognizer is 2-3 times faster on text it has seen:
        // say so beside the figures, which would otherwise overstate the naive way most.
        Console.WriteLine();
        Console.WriteLine("Recognize and NaiveRecognizers re-read the same text each iteration, which the recognizer handles faster:");
        Console.WriteLine("their MB/s are upper bounds. `throughput` gives one-pass figures.");
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }
}
