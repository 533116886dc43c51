using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>
/// A folder of real-looking pages where some cannot be read: every readable page is checked and reported, each page that
/// cannot be read is one <c>source-error</c> in every format, and the report is the same on every run and thread count.
/// </summary>
public sealed class FileProblemReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public FileProblemReportTests() => RealPages.WriteTo(folder.Root);

    public void Dispose() => folder.Dispose();

    private Report Check(int parallelism = 2)
    {
        var result = FactChecker.Check(new CheckOptions(["pages"], folder.Root) { Parallelism = parallelism });
        Assert.Null(result.Error);
        return result.Report!;
    }

    [Fact]
    public void Every_readable_page_is_checked_and_each_other_one_is_a_source_error()
    {
        var report = Check();

        Assert.Equal(RealPages.Readable, report.Sources.Select(s => s.Id));
        Assert.Equal(RealPages.Unreadable, report.Diagnostics.Where(d => d.Rule == FileDiagnostic.SourceError).Select(d => d.Path));
        Assert.True(report.HasUnreadableSources);
        Assert.Contains(report.Findings, f => f.Finding.Rule == "figure-conflict");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("rdjson")]
    public void Each_format_reports_the_pages_byte_for_byte(string format)
    {
        IReportWriter writer = format switch
        {
            "json" => new JsonReportWriter(),
            "markdown" => new MarkdownReportWriter(),
            "sarif" => new SarifReportWriter(),
            "github" => new GitHubReportWriter(),
            "rdjson" => new RdjsonReportWriter(),
            _ => new TextReportWriter(useColor: false),
        };
        using var output = new StringWriter { NewLine = "\n" };

        writer.Write(Golden.Pinned(Check()), output);

        var extension = format switch { "text" => "txt", "markdown" => "md", "github" => "github.txt", "rdjson" => "rdjson.json", _ => format };
        Golden.AssertMatches(Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Reporting", "Golden", "pages", $"pages-check.verified.{extension}"), output.ToString());
    }

    [Fact]
    public void The_report_with_file_problems_is_the_same_on_one_thread_as_on_four()
    {
        string Json(int parallelism)
        {
            using var output = new StringWriter();
            new JsonReportWriter().Write(Check(parallelism), output);
            return output.ToString();
        }

        Assert.Equal(Json(1), Json(4));
    }
}
