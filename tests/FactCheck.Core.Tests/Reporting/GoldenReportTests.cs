using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

public sealed class GoldenReportTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Reporting", "Golden");
    private static readonly Lazy<Dictionary<string, Report>> Reports = new(SampleScenarios);

    /// <summary>The scenarios with golden files: one per finding of <c>check samples</c>, one per source of <c>extract samples</c>.</summary>
    public static TheoryData<string> Scenarios() => [.. ScenarioNames()];

    private static IEnumerable<string> ScenarioNames() =>
        Directory.GetFiles(Folder, "*.verified.*").Select(f => Path.GetFileName(f)[..Path.GetFileName(f).IndexOf(".verified.", StringComparison.Ordinal)])
            .Distinct().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_scenarios_report_is_the_same_byte_for_byte_in_every_format(string scenario)
    {
        var report = Assert.Contains(scenario, Reports.Value);

        IReportWriter[] writers = report.IsExtract
            ? [new TextReportWriter(useColor: false), new JsonReportWriter(), new MarkdownReportWriter()]
            : [new TextReportWriter(useColor: false), new JsonReportWriter(), new MarkdownReportWriter(), new SarifReportWriter(), new GitHubReportWriter(), new RdjsonReportWriter()];
        foreach (var writer in writers)
        {
            using var output = new StringWriter { NewLine = "\n" };
            writer.Write(report, output);
            Golden.AssertMatches(Path.Combine(Folder, $"{scenario}.verified.{Extension(writer.Format)}"), output.ToString());
        }
    }

    [Fact]
    public void Every_scenario_of_the_samples_has_its_golden_files_and_no_file_is_left_over()
    {
        if (Environment.GetEnvironmentVariable("FACTCHECK_ACCEPT") == "1")
            foreach (var scenario in Reports.Value.Keys.Except(ScenarioNames()))
                A_scenarios_report_is_the_same_byte_for_byte_in_every_format(scenario);

        Assert.Equal(Reports.Value.Keys.Order(StringComparer.Ordinal), ScenarioNames());
    }

    /// <summary>
    /// The reports of the scenarios: <c>check-&lt;rule&gt;-&lt;subject&gt;</c> holds one finding of <c>check samples</c> and its
    /// claims, <c>extract-&lt;file&gt;</c> the claims of one sample; so a change shows in the scenario it touches.
    /// </summary>
    private static Dictionary<string, Report> SampleScenarios()
    {
        var check = Golden.Pinned(FactChecker.Check(new CheckOptions(["samples"], RepoPaths.Root)).Report!);
        var extract = Golden.Pinned(FactChecker.Check(new CheckOptions(["samples"], RepoPaths.Root) { Extract = true }).Report!);
        var scenarios = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var finding in check.Findings)
        {
            var ids = finding.Sides.SelectMany(side => side).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            scenarios.Add($"check-{finding.Finding.Rule}-{Slug(finding.Finding.Subject)}",
                check with { Findings = [finding], Claims = [.. check.Claims.Where(c => ids.Contains(c.Id))] });
        }
        foreach (var source in extract.Sources)
            scenarios.Add($"extract-{Path.GetFileNameWithoutExtension(source.Id)}",
                extract with { Sources = [source], Claims = [.. extract.Claims.Where(c => c.Value.SourceId == source.Id)] });
        return scenarios;
    }

    /// <summary>"fund"; "a-blackout-in" for a statement: the first three words, in lower case.</summary>
    private static string Slug(string? subject) =>
        string.Join('-', System.Text.RegularExpressions.Regex.Matches((subject ?? "none").ToLowerInvariant(), "[a-z0-9]+").Select(m => m.Value).Take(3));

    private static string Extension(string format) => format switch
    {
        "text" => "txt",
        "markdown" => "md",
        "github" => "github.txt",
        "rdjson" => "rdjson.json",
        _ => format,
    };

    [NeedsSharedFact("seeds")]
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
