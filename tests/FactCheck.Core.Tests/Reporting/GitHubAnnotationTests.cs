using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>GitHub Actions annotations: one per finding, escaped the way the runner unescapes them.</summary>
public sealed class GitHubAnnotationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("line one\r\nline two", "line one%0D%0Aline two")]
    [InlineData("fund: €20bn, not €25bn", "fund: €20bn, not €25bn")]
    [InlineData("%0A stays as typed", "%250A stays as typed")]
    public void A_message_escapes_percent_and_line_breaks(string text, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.Data(text));

    [Theory]
    [InlineData("fund: €20bn, not €25bn", "fund%3A €20bn%2C not €25bn")]
    [InlineData("a%b\nc", "a%25b%0Ac")]
    public void A_property_also_escapes_colons_and_commas(string text, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.Property(text));

    [Fact]
    public void Each_finding_is_one_annotation_at_its_first_sides_claim_naming_the_other_sides()
    {
        folder.Write("news, 2024/a: wire.md", Written.TwentyBillion);
        folder.Write("news, 2024/b.md", Written.TwentyFiveBillion);

        var lines = Written.As(new GitHubReportWriter(), Written.Check(folder.Root, ".")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var line = Assert.Single(lines);
        Assert.StartsWith("::error file=news%2C 2024/a%3A wire.md,line=4,col=24,endLine=4,endColumn=29,title=figure-conflict%3A fund · amount::", line, StringComparison.Ordinal);
        Assert.Contains("%0AHere: “€20bn” read as €20bn; this side says €20bn.%0AOther sides: €25bn at news, 2024/b.md:4:19.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_findings_give_one_annotation_each_however_many_claims_they_have()
    {
        // GitHub shows ten annotations of each level: one per claim hid most findings of a story of many sources.
        for (var i = 0; i < 6; i++) folder.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"agree/{i}.md"), Written.TwentyBillion);
        folder.Write("b.md", Written.TwentyFiveBillion);

        var lines = Written.As(new GitHubReportWriter(), Written.Check(folder.Root, ".")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var line = Assert.Single(lines);
        Assert.Contains("%0ASame value at agree/1.md:4:24, agree/2.md:4:24, agree/3.md:4:24 and 2 more.%0AOther sides: €25bn at b.md:4:19.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_of_a_draft_is_annotated_at_the_drafts_claim()
    {
        folder.Write("refs/a.md", Written.TwentyBillion);
        folder.Write("drafts/b.md", Written.TwentyFiveBillion);
        var report = FactCheck.Pipeline.FactChecker.Check(new FactCheck.Pipeline.CheckOptions(["drafts"], folder.Root) { Against = ["refs"] }).Report!;

        var line = Assert.Single(Written.As(new GitHubReportWriter(), report).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.StartsWith("::error file=drafts/b.md,line=4,col=19,", line, StringComparison.Ordinal);
        Assert.Contains("Other sides: €20bn at refs/a.md:4:24.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_a_warning_annotation_and_a_claim_on_two_sides_is_annotated_once()
    {
        folder.Write("a.md", Written.WrongConversion);

        var lines = Written.As(new GitHubReportWriter(), Written.Check(folder.Root, ".")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var line = Assert.Single(lines);
        Assert.StartsWith("::warning file=a.md,line=4,", line, StringComparison.Ordinal);
    }
}
