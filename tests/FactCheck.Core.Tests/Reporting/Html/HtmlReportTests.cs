using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting.Html;

/// <summary>The HTML report: claims highlighted where the report locates them, findings linked to their claims, hostile text kept as text, the same bytes on every run.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Report Samples(bool extract = false) =>
        FactChecker.Check(new CheckOptions(["samples"], RepoPaths.Root) { Extract = extract }).Report!;

    [Fact]
    public void Every_claim_of_the_samples_is_highlighted_at_the_line_and_column_the_report_gives()
    {
        var report = Samples();

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        Assert.Equal(5, report.Findings.Length);
        Highlights.AssertAtTheirSpans(report, Highlights.Read(page));
    }

    [Fact]
    public void An_extract_highlights_every_claim_of_every_source()
    {
        var report = Samples(extract: true);

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        Assert.Equal(report.Sources.Length, page.QuerySelectorAll("section.pane").Length);
        Highlights.AssertAtTheirSpans(report, Highlights.Read(page));
    }

    [Fact]
    public void Claims_inside_a_quotation_are_highlighted_inside_its_highlight()
    {
        folder.Write("a.md", "---\ndate: 2024-03-12\n---\n\"The fund is worth €20bn over four years,\" said Ingrid Dahl, the minister.\n");
        var report = FactChecker.Check(new CheckOptions(["a.md"], folder.Root) { Extract = true }).Report!;

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        var pieces = Highlights.Read(page);
        Assert.Contains(pieces, p => p.Text == "€20bn" && p.Claims.Length == 2);
        Highlights.AssertAtTheirSpans(report, pieces);
    }

    [Fact]
    public void Each_finding_links_its_claims_and_each_claim_links_back_to_its_findings()
    {
        var report = Samples();

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        foreach (var finding in report.Findings)
        {
            var item = page.GetElementById(finding.Id)!;
            var links = item.QuerySelectorAll("a[data-claim]").Select(a => a.GetAttribute("data-claim")!).ToList();
            var claims = finding.Sides.SelectMany(side => side).Select(c => $"c{report.Claims.IndexOf(c) + 1}").ToList();
            Assert.Equal(claims, links);
            foreach (var claim in claims)
            {
                // The link reaches the claim's first character in its pane, and the claim's card links back to the finding.
                var anchor = page.GetElementById(claim)!;
                Assert.NotNull(anchor.Closest("section.pane"));
                Assert.Contains(claim, anchor.NextElementSibling!.GetAttribute("data-claims")!.Split(' '));
                Assert.Contains(page.GetElementById("card-" + claim)!.QuerySelectorAll("a[data-finding]"), a => a.GetAttribute("href") == "#" + finding.Id);
            }
        }
    }

    [Fact]
    public void The_card_of_a_converted_claim_shows_its_value_currency_rate_and_finding()
    {
        var report = Samples();

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        var pound = report.Claims.Single(c => c.Value.Claim.Mention.Text == "£17bn");
        var card = page.GetElementById($"card-c{report.Claims.IndexOf(pound) + 1}")!.TextContent;
        Assert.Contains("“£17bn” read as about £17bn ≈ €20.1bn at 1 EUR = 0.8466 GBP (2024 average)", card, StringComparison.Ordinal);
        Assert.Contains("currencyGBP", card, StringComparison.Ordinal);
        Assert.Contains("amount17,000,000,000", card, StringComparison.Ordinal);
        Assert.Contains("source date2024-03-15", card, StringComparison.Ordinal);
        Assert.Contains("On F1 figure-conflict: fund · amount, side €20bn", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_a_source_and_its_name_cannot_add_markup_or_script()
    {
        var hostile = "---\ndate: 2024-03-12\n---\n# </script><script>alert(1)</script>\n\nThe ministers agreed a <b>€20bn</b> fund, said <img src=x onerror=alert(2)> &amp; \"Dahl\" 'Berg'.\n";
        folder.Write("<b>a & \"q\".md", hostile);
        folder.Write("b.md", Written.TwentyFiveBillion);
        var report = Written.Check(folder.Root, ".");

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        Assert.Equal(HtmlAssets.Script, Assert.Single(page.Scripts).TextContent);
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.DoesNotContain(page.QuerySelectorAll("b"), b => b.TextContent == "€20bn");
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var pane = page.QuerySelectorAll("section.pane").Single(p => p.GetAttribute("data-source") == "<b>a & \"q\".md");
        Assert.Equal(hostile.Split('\n'), pane.QuerySelectorAll("div.l").Select(l => l.TextContent));
        Assert.Equal("<b>a & \"q\".md", pane.QuerySelector("h2")!.TextContent);
        Assert.Single(report.Findings);
        Highlights.AssertAtTheirSpans(report, Highlights.Read(page));
    }

    [Theory]
    [InlineData("a\u001Bb", "a\u241Bb")]
    [InlineData("a\rb\u007Fc\u0085d", "a\u240Db\u2421c\uFFFDd")]
    [InlineData("right-to-left \u202Eoverride\u202C and \u2066isolate\u2069", "right-to-left \uFFFDoverride\uFFFD and \uFFFDisolate\uFFFD")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    public void A_character_a_reader_could_not_see_is_shown_as_one_visible_character(string text, string shown)
    {
        var escaped = HtmlText.Escape(text);

        Assert.Equal(shown, escaped);
        Assert.Equal(text.Length, escaped.Length);
    }

    [Fact]
    public void A_lone_surrogate_is_shown_as_a_replacement_character_and_a_pair_as_it_is()
    {
        // Built at run time: a lone surrogate does not survive in an attribute's string.
        var text = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low, reversed " + (char)0xDE00 + (char)0xD83D + ", pair \uD83D\uDE00";

        var escaped = HtmlText.Escape(text);

        Assert.Equal("lone \uFFFD high, lone \uFFFD low, reversed \uFFFD\uFFFD, pair \uD83D\uDE00", escaped);
    }

    [Fact]
    public void Claims_after_control_characters_and_CRLF_line_ends_are_still_highlighted_at_their_columns()
    {
        folder.Write("a.md", "---\r\ndate: 2024-03-12\r\n---\r\nAn ESC \u001B[31m, a lone CR\r here, an override \u202E and then: the ministers agreed a €20bn fund.\r\n");
        folder.Write("b.md", Written.TwentyFiveBillion);
        var report = Written.Check(folder.Root, ".");

        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), report));

        Assert.Single(report.Findings);
        Assert.Equal(3, page.QuerySelectorAll("section.pane[data-source='a.md'] span.ctl").Length);
        Assert.DoesNotContain('\r', page.QuerySelector("section.pane[data-source='a.md']")!.TextContent);
        Highlights.AssertAtTheirSpans(report, Highlights.Read(page));
    }

    [Fact]
    public void The_page_is_the_same_byte_for_byte_on_every_run()
    {
        var first = Written.As(new HtmlReportWriter(), Samples());

        var second = Written.As(new HtmlReportWriter(), Samples());

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_page_loads_nothing_and_its_policy_allows_only_its_own_style_and_script()
    {
        var page = Highlights.Parse(Written.As(new HtmlReportWriter(), Samples()));

        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src '{Hash(Assert.Single(page.Scripts).TextContent)}'", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src '{Hash(Assert.Single(page.QuerySelectorAll("style")).TextContent)}'", policy, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[src], link, [style]"));
        Assert.All(page.QuerySelectorAll("[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
