using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// A check reads a file's text again for its claims, after the stories are grouped, rather than hold every text between its
/// two passes: a file written or deleted in between is reported as such, and the other files are checked all the same.
/// </summary>
public sealed class ReadAgainTests : IDisposable
{
    // Two sources of one story whose funds disagree, €20bn against €25bn.
    private const string Fund = ComparedSourcesTests.Fund;
    private const string FundAgain = ComparedSourcesTests.FundAgain;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Does something to the files once every file is profiled, before any is read for claims.</summary>
    private sealed class BetweenThePasses(Action act) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value)
        {
            if (value.Step == "profiled" && value.FilesDone == value.FilesTotal) act();
        }
    }

    private Report Check(Action betweenThePasses) =>
        FactChecker.Check(new CheckOptions(["."], folder.Root) { Progress = new BetweenThePasses(betweenThePasses) }).Report!;

    [Fact]
    public void A_file_unchanged_between_the_passes_is_read_for_claims()
    {
        folder.Write("a.md", Fund);
        folder.Write("b.md", FundAgain);

        var report = Check(() => { });

        Assert.Single(report.Findings);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_file_written_between_the_passes_is_reported_and_the_others_are_checked()
    {
        folder.Write("a.md", Fund);
        folder.Write("b.md", FundAgain);

        var report = Check(() => folder.Write("b.md", FundAgain.Replace("€25bn", "€30bn", StringComparison.Ordinal)));

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("b.md", FileDiagnostic.SourceError), (diagnostic.Path, diagnostic.Rule));
        Assert.Contains("changed while it was checked", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(report.Findings);
        Assert.Equal(["a.md"], report.Sources.Select(s => s.Id));
        Assert.Contains(report.Claims, c => c.SourceId == "a.md" && c.Display == "€20bn");
    }

    [Fact]
    public void A_file_deleted_between_the_passes_is_reported_and_the_others_are_checked()
    {
        folder.Write("a.md", Fund);
        folder.Write("b.md", FundAgain);

        var report = Check(() => File.Delete(Path.Combine(folder.Root, "b.md")));

        Assert.Equal("b.md", Assert.Single(report.Diagnostics).Path);
        Assert.Equal(["a.md"], report.Sources.Select(s => s.Id));
    }
}
