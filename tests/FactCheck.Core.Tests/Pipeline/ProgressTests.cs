using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>A check tells its progress once per file and pass, so a front end can draw a bar.</summary>
public sealed class ProgressTests
{
    private sealed class Recorder : IProgress<CheckProgress>
    {
        public List<CheckProgress> Reports { get; } = [];

        public void Report(CheckProgress value)
        {
            lock (Reports) Reports.Add(value);
        }
    }

    [NeedsSharedTheory("seeds")]
    [InlineData(1)]
    [InlineData(4)]
    public void Each_pass_tells_every_file_once_with_its_total(int parallelism)
    {
        var recorder = new Recorder();

        var result = FactChecker.Check(new CheckOptions(["samples", "../shared/seeds"], RepoPaths.Root) { Parallelism = parallelism, Progress = recorder });

        // First every file is profiled, then the files that share a story are read for claims: here all of them.
        var files = result.Report!.Sources.Length;
        Assert.Equal(Enumerable.Repeat("profiled", files).Concat(Enumerable.Repeat("read for claims", files)), recorder.Reports.Select(r => r.Step));
        Assert.All(recorder.Reports, r => Assert.Equal(files, r.FilesTotal));
        Assert.Equal(Enumerable.Range(1, files), recorder.Reports.Take(files).Select(r => r.FilesDone).Order());
        Assert.Equal(Enumerable.Range(1, files), recorder.Reports.Skip(files).Select(r => r.FilesDone).Order());
    }
}
