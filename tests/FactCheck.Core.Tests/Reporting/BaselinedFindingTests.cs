using System.Text.Json;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>
/// Findings a baseline accepted are hidden, not lost: SARIF still gives them, marked suppressed (code scanning would
/// otherwise close their alerts as fixed), and the Markdown report counts them as the text report does.
/// </summary>
public sealed class BaselinedFindingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public BaselinedFindingTests()
    {
        folder.Write("a.md", Written.TwentyBillion);
        folder.Write("b.md", Written.TwentyFiveBillion);
    }

    public void Dispose() => folder.Dispose();

    private Report Check(bool withBaseline)
    {
        var options = new CheckOptions(["."], folder.Root) { Stories = FactCheck.Stories.StoryMode.One };
        var baseline = FindingFingerprint.BaselineOf(FactChecker.Check(options).Report!.Findings);
        return FactChecker.Check(withBaseline ? options with { Baseline = baseline } : options).Report!;
    }

    [NeedsSharedFact("schemas")]
    public void The_SARIF_of_a_baselined_run_validates_and_marks_those_results_suppressed()
    {
        var sarif = Written.As(new SarifReportWriter(), Check(withBaseline: true));

        Assert.Empty(SarifSchemaTests.Schema.Validate(sarif)); // the test of SarifSchemaTests, on a baselined run
        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count); // one per side, as without the baseline
        Assert.All(results, r =>
        {
            var suppression = Assert.Single(r.GetProperty("suppressions").EnumerateArray());
            Assert.Equal("external", suppression.GetProperty("kind").GetString());
            Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        });
    }

    [Fact]
    public void A_baselined_result_keeps_the_fingerprint_of_its_alert()
    {
        static IEnumerable<string> Fingerprints(string sarif) =>
            JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!);

        var before = Written.As(new SarifReportWriter(), Check(withBaseline: false));
        var after = Written.As(new SarifReportWriter(), Check(withBaseline: true));

        Assert.Equal(Fingerprints(before), Fingerprints(after));
        Assert.DoesNotContain("suppressions", before, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Markdown_report_counts_the_baselined_findings_as_the_text_report_does()
    {
        var report = Check(withBaseline: true);

        var markdown = Written.As(new MarkdownReportWriter(), report);
        var text = Written.As(new TextReportWriter(useColor: false), report);

        Assert.Contains("; 1 hidden by the baseline.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("none of them disagree", markdown, StringComparison.Ordinal);
        Assert.Contains("; 1 hidden by the baseline.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_report_lists_no_baselined_finding_and_counts_them()
    {
        var json = JsonDocument.Parse(Written.As(new JsonReportWriter(), Check(withBaseline: true))).RootElement;

        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, json.GetProperty("hiddenByBaseline").GetInt32());
    }

    [Fact]
    public void Baselined_findings_are_not_annotated_and_do_not_fail_a_check()
    {
        var report = Check(withBaseline: true);

        Assert.Empty(report.Findings);
        Assert.Single(report.Baselined);
        Assert.Equal("", Written.As(new GitHubReportWriter(), report));
        Assert.Equal(0, JsonDocument.Parse(Written.As(new RdjsonReportWriter(), report)).RootElement.GetProperty("diagnostics").GetArrayLength());
    }
}
