using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>A check tells its progress once per file read, so a front end can draw a bar.</summary>
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

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Every_file_read_is_told_once_with_the_total(int parallelism)
    {
        var recorder = new Recorder();

        var result = FactChecker.Check(new CheckOptions(["samples", "../shared/seeds"], RepoPaths.Root) { Parallelism = parallelism, Progress = recorder });

        var files = result.Report!.Sources.Length;
        Assert.Equal(files, recorder.Reports.Count);
        Assert.All(recorder.Reports, r => Assert.Equal(files, r.FilesTotal));
        Assert.Equal(Enumerable.Range(1, files), recorder.Reports.Select(r => r.FilesDone).Order());
    }
}
