using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>GitHub Actions annotations: one per claim, escaped the way the runner unescapes them.</summary>
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
    public void Each_claim_is_one_annotation_with_its_escaped_file_and_exact_range()
    {
        folder.Write("news, 2024/a: wire.md", Written.TwentyBillion);
        folder.Write("news, 2024/b.md", Written.TwentyFiveBillion);

        var lines = Written.As(new GitHubReportWriter(), Written.Check(folder.Root, ".")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("::error file=news%2C 2024/a%3A wire.md,line=4,col=24,endLine=4,endColumn=29,title=figure-conflict%3A fund · amount::", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::error file=news%2C 2024/b.md,line=4,col=19,endLine=4,endColumn=24,", lines[1], StringComparison.Ordinal);
        Assert.Contains("%0AHere: “€25bn” read as €25bn.", lines[1], StringComparison.Ordinal);
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
