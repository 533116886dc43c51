using FactCheck.Core.Tests.Reporting;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// A check keeps no source's prose between its two passes (the text waits in UTF-8 and the prose is read from it again), and
/// once a source's claims are read it keeps only the sentences they cite. A check whose cache keeps every read in memory (a
/// language server's) lets nothing go: both must report the same claims, at the same lines and columns, with the same text
/// and sentences, and silence the same findings.
/// </summary>
public sealed class ReleasedProseTests : IDisposable
{
    // Markup between the words, a paragraph over two lines with CRLF, a link and an entity: the prose differs from the
    // original text, so a span mapped through a block's map that was let go would land elsewhere.
    private const string Marked =
        "---\ndate: 2024-03-12\ntitle: Grid fund\n---\n# Nordic grid\n\nThe *grid ministers* of Norway and Sweden met in Oslo on Monday.\r\n"
        + "They agreed a **€20bn** [grid fund](https://example.com/fund) in Oslo,\r\nthe ministers&nbsp;said.\n\n- A list item: 300 engineers.\n";

    private const string Toml = "+++\ndate = \"2024-03-13\"\n+++\nNorway and Sweden set up a grid fund of €25bn in Oslo, their grid ministers said.\n";

    private const string Plain = "Norway and Sweden agreed the grid fund in Oslo on 12 March 2024.\nThe grid fund holds €30bn, the grid ministers said.\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Json(SourceReadCache? cache) => Written.As(new JsonReportWriter(), Report(cache));

    private Report Report(SourceReadCache? cache)
    {
        var result = FactChecker.Check(new CheckOptions(["."], folder.Root) { Cache = cache });
        Assert.Null(result.Error);
        return result.Report!;
    }

    /// <summary>Every format, some of which read a source's whole text again (the HTML report's panes, rdjson's UTF-8 columns).</summary>
    public static TheoryData<string> Formats => ["json", "html", "rdjson", "sarif", "markdown", "text", "github"];

    private static IReportWriter WriterFor(string format) => format switch
    {
        "json" => new JsonReportWriter(),
        "html" => new HtmlReportWriter(),
        "rdjson" => new RdjsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        "markdown" => new MarkdownReportWriter(),
        "github" => new GitHubReportWriter(),
        _ => new TextReportWriter(useColor: false),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_writes_what_it_writes_when_every_read_is_kept(string format)
    {
        folder.Write("a.md", Marked);
        folder.Write("b.md", Toml);
        folder.Write("c.txt", Plain);

        var released = Written.As(WriterFor(format), Report(cache: null));

        Assert.Equal(Written.As(WriterFor(format), Report(new SourceReadCache())), released);
    }

    [Fact]
    public void Claims_are_located_and_quoted_as_when_every_read_is_kept()
    {
        folder.Write("a.md", Marked);
        folder.Write("b.md", Toml);
        folder.Write("c.txt", Plain);

        var released = Json(cache: null);

        Assert.Equal(Json(new SourceReadCache()), released);
        var result = FactChecker.Check(new CheckOptions(["."], folder.Root));
        var fund = Assert.Single(result.Report!.Claims, c => c.Value.SourceId == "a.md" && c.Display.Contains("20", StringComparison.Ordinal));
        Assert.Equal((8, 17, 8, 22), (fund.Location.Line, fund.Location.Column, fund.Location.EndLine, fund.Location.EndColumn));
        Assert.Equal("€20bn", fund.Value.Claim.Mention.Text);
        Assert.Equal("They agreed a €20bn grid fund in Oslo, the ministers\u00a0said.", fund.Sentence);
        Assert.NotEmpty(result.Report.Findings);
    }

    [Fact]
    public void A_silencing_comment_still_silences_once_the_prose_is_let_go()
    {
        folder.Write("b.md", Toml);
        folder.Write("c.txt", Plain);
        var silenced = Marked.Replace("They agreed", "<!-- factcheck-disable figure-conflict -->\r\nThey agreed", StringComparison.Ordinal);
        folder.Write("a.md", silenced);

        var released = Json(cache: null);

        Assert.Equal(Json(new SourceReadCache()), released);
        var report = FactChecker.Check(new CheckOptions(["."], folder.Root)).Report!;
        Assert.DoesNotContain(report.Findings, f => f.Sides.Any(side => side.Any(c => c.Value.SourceId == "a.md")));
        folder.Write("a.md", Marked);
        Assert.Contains(FactChecker.Check(new CheckOptions(["."], folder.Root)).Report!.Findings,
            f => f.Sides.Any(side => side.Any(c => c.Value.SourceId == "a.md")));
    }
}
