using System.Globalization;
using System.Text;
using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>
/// The report as one self-contained HTML page: the findings in a list beside the sources, each source's whole text with the
/// claims highlighted where they stand, the claims of a picked finding shown side by side, how each claim was read on hover,
/// the stories, and the files that could not be read. The style sheet and the script are inlined and the page loads
/// nothing (a content security policy says so); everything from the sources is escaped (<see cref="HtmlText"/>). Printed, it
/// shows every source and every finding, without the interactive parts.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var ids = new HtmlPageIds(report);
        var html = new StringBuilder();
        var title = report.IsExtract ? "FactCheck claims" : "FactCheck report";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlAssets.Policy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"factcheck ").Append(HtmlText.Escape(report.ToolVersion)).Append("\">\n")
            .Append("<title>").Append(title).Append(": ").Append(HtmlText.Escape(Summary(report))).Append("</title>\n")
            .Append("<style>").Append(HtmlAssets.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"top\"><h1>").Append(title).Append("</h1><p class=\"summary\">").Append(HtmlText.Escape(Summary(report))).Append("</p>")
            .Append(report.IsExtract ? "<p class=\"keys\">A highlighted claim shows how it was read.</p>"
                : "<p class=\"keys\">Tab and Enter pick a finding; <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> move between findings; a highlighted claim shows how it was read.</p>")
            .Append("</header>\n")
            .Append("<div class=\"layout\">\n<aside class=\"panel\" aria-label=\"Findings, stories and files\">\n");
        if (!report.IsExtract)
        {
            // With context, the references do disagree: only the drafts have nothing against them.
            if (report.Findings.IsEmpty)
                html.Append("<section class=\"findings\"><h2>Findings</h2><p class=\"note\">")
                    .Append(report.Context.IsEmpty ? "No findings: the sources do not disagree." : "No findings: the drafts do not disagree with the references.").Append("</p></section>\n");
            else HtmlFindingList.Write(html, "Findings", null, report.Findings, context: false, ids);
            if (!report.Context.IsEmpty)
                HtmlFindingList.Write(html, "Context", "The references disagree among themselves here; the drafts side with one of them or say nothing, so these are not the drafts' findings.",
                    report.Context, context: true, ids);
            WriteStories(html, report, ids);
        }
        WriteDiagnostics(html, report);
        html.Append("</aside>\n<main class=\"sources\" aria-label=\"Sources\">\n");
        WriteTabs(html, report, ids);

        var storyOf = report.Stories.SelectMany(s => s.Sources.Select(id => (id, s.Id))).ToDictionary(p => p.id, p => p.Id, StringComparer.Ordinal);
        var claimsOf = report.Claims.GroupBy(c => c.Value.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        html.Append("<div class=\"panes\">\n");
        output.Write(html);
        html.Clear();
        foreach (var source in report.Sources)
            HtmlSourcePane.Write(output, html, source, claimsOf.GetValueOrDefault(source.Id) ?? [], storyOf.GetValueOrDefault(source.Id), ids);
        html.Append("</div>\n</main>\n</div>\n<div class=\"cards\" hidden>\n");
        var sources = report.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var claim in report.Claims)
        {
            HtmlClaimCard.Write(html, report, claim, sources.GetValueOrDefault(claim.Value.SourceId)?.Date, ids);
            if (html.Length > HtmlSourcePane.Held)
            {
                output.Write(html);
                html.Clear();
            }
        }
        html.Append("</div>\n<div class=\"tip\" id=\"tip\" role=\"tooltip\" hidden></div>\n<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html);
    }

    /// <summary>A link per source, to show it alone, and one to show them all side by side.</summary>
    private static void WriteTabs(StringBuilder html, Report report, HtmlPageIds ids)
    {
        html.Append("<nav class=\"tabs\" aria-label=\"Sources\">\n<button type=\"button\" class=\"all\">All side by side</button>\n");
        foreach (var source in report.Sources)
            html.Append("<a class=\"tab\" href=\"#").Append(ids.OfSource(source.Id)).Append("\" data-pane=\"").Append(ids.OfSource(source.Id)).Append("\">")
                .Append(HtmlText.Escape(source.Id)).Append("</a>\n");
        html.Append("</nav>\n");
    }

    /// <summary>The stories of several sources, each with what its sources share and links to them.</summary>
    private static void WriteStories(StringBuilder html, Report report, HtmlPageIds ids)
    {
        if (report.Stories.IsEmpty) return;
        var (shown, more, single) = StoryListing.Of(report);
        html.Append("<section class=\"stories\" aria-labelledby=\"stories-h\">\n<h2 id=\"stories-h\">Stories</h2>\n<p class=\"note\">")
            .Append(HtmlText.Escape(StoryListing.Heading(shown, more, single))).Append("</p>\n<ul>\n");
        foreach (var story in shown.Where(s => s.Sources.Any(ids.HasSource)))
        {
            var sources = story.Sources.Where(ids.HasSource).ToList();
            // The story's id shows all its sources side by side; each source's name shows that source.
            var panes = string.Join(' ', sources.Select(ids.OfSource));
            html.Append("<li class=\"story\"><a href=\"#").Append(ids.OfSource(sources[0])).Append("\" data-pane=\"").Append(panes).Append("\"><b>")
                .Append(HtmlText.Escape(story.Id)).Append("</b></a> ").Append(HtmlText.Escape(story.Label)).Append(": ");
            html.AppendJoin(", ", sources.Select(id => $"<a href=\"#{ids.OfSource(id)}\" data-pane=\"{ids.OfSource(id)}\">{HtmlText.Escape(id)}</a>"));
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
        if (StoryListing.More(more) is { } line) html.Append("<p class=\"note\">").Append(HtmlText.Escape(line)).Append("</p>\n");
        html.Append("</section>\n");
    }

    /// <summary>The files that could not be read, and what could not be used in the others.</summary>
    private static void WriteDiagnostics(StringBuilder html, Report report)
    {
        if (report.Diagnostics.IsEmpty) return;
        html.Append("<section class=\"files\" aria-labelledby=\"files-h\">\n<h2 id=\"files-h\">Files</h2>\n<ul>\n");
        foreach (var diagnostic in report.Diagnostics)
            html.Append("<li class=\"").Append(HtmlFindingList.SeverityClass(diagnostic.Severity)).Append("\"><span class=\"sev\">")
                .Append(HtmlFindingList.SeverityClass(diagnostic.Severity)).Append("</span> <span class=\"rule\">").Append(HtmlText.Escape(diagnostic.Rule))
                .Append("</span> ").Append(HtmlText.Escape(diagnostic.ToString())).Append("</li>\n");
        html.Append("</ul>\n</section>\n");
    }

    /// <summary>"5 findings (5 errors, 0 warnings, 0 info) in 5 sources, 45 claims": what the page is about, in its title too.</summary>
    private static string Summary(Report report)
    {
        var sources = Count(report.Sources.Length, "source");
        var claims = Count(report.Claims.Length, "claim");
        if (report.IsExtract) return $"{claims} in {sources}";
        int Of(Severity s) => report.Findings.Count(f => f.Finding.Severity == s);
        var hidden = report.HiddenByBaseline is { } n ? string.Create(CultureInfo.InvariantCulture, $"; {n} hidden by the baseline") : "";
        var unreadable = report.Diagnostics.Count(d => d.Rule == FileDiagnostic.SourceError);
        var notRead = unreadable == 0 ? "" : $"; {Count(unreadable, "file")} could not be read";
        return $"{Count(report.Findings.Length, "finding")} ({Count(Of(Severity.Error), "error")}, {Count(Of(Severity.Warning), "warning")}, {Of(Severity.Info).ToString(CultureInfo.InvariantCulture)} info) in {sources}, {claims} compared{hidden}{notRead}";
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
