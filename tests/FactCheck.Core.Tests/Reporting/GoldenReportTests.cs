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

        foreach (IReportWriter writer in new IReportWriter[] { new TextReportWriter(useColor: false), new JsonReportWriter() })
        {
            using var output = new StringWriter { NewLine = "\n" };
            writer.Write(result.Report!, output);
            var extension = writer.Format == "text" ? "txt" : writer.Format;
            Golden.AssertMatches(Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Reporting", "Golden", $"samples-{scenario}.verified.{extension}"), output.ToString());
        }
    }

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
