using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

public sealed class GoldenReportTests
{
    public static TheoryData<string, bool> Scenarios => new()
    {
        { "check", false },
        { "extract", true },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_samples_report_is_the_same_byte_for_byte_in_every_format(string scenario, bool extract)
    {
        var result = FactChecker.Check(new CheckOptions(["samples"], RepoPaths.Root) { Extract = extract });
        Assert.Null(result.Error);

        IReportWriter[] writers = extract
            ? [new TextReportWriter(useColor: false), new JsonReportWriter(), new MarkdownReportWriter()]
            : [new TextReportWriter(useColor: false), new JsonReportWriter(), new MarkdownReportWriter(), new SarifReportWriter(), new GitHubReportWriter()];
        foreach (var writer in writers)
        {
            using var output = new StringWriter { NewLine = "\n" };
            writer.Write(result.Report!, output);
            Golden.AssertMatches(Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Reporting", "Golden", $"samples-{scenario}.verified.{Extension(writer.Format)}"), output.ToString());
        }
    }

    private static string Extension(string format) => format switch
    {
        "text" => "txt",
        "markdown" => "md",
        "github" => "github.txt",
        _ => format,
    };

    [Fact]
    public void A_single_threaded_run_reports_exactly_what_a_parallel_run_does()
    {
        string Json(int parallelism)
        {
            var result = FactChecker.Check(new CheckOptions(["samples", "../shared/seeds"], RepoPaths.Root) { Parallelism = parallelism });
            using var output = new StringWriter();
            new JsonReportWriter().Write(result.Report!, output);
            return output.ToString();
        }

        Assert.Equal(Json(1), Json(4));
    }
}
