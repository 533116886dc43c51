using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>
/// The findings as a list: each one a link (a tab stop: Enter picks it, and the page shows its claims side by side), its
/// message, why its claims were put together, and its sides, each claim a link to where it stands in its source with its
/// value as read and its sentence.
/// </summary>
internal static class HtmlFindingList
{
    /// <summary>The sides' colours the style sheet has (<c>.s0</c>…<c>.s5</c>); a seventh side takes the first's again.</summary>
    private const int SideColours = 6;

    /// <summary>"error", "warning", "info": the class the page colours a severity by.</summary>
    public static string SeverityClass(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>Writes <paramref name="findings"/> under <paramref name="heading"/>, with <paramref name="note"/> below it when given.</summary>
    public static void Write(StringBuilder html, string heading, string? note, ImmutableArray<ReportFinding> findings, bool context, HtmlPageIds ids)
    {
        var id = context ? "context" : "findings";
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{HtmlText.Escape(heading)}</h2>\n");
        if (note is not null) html.Append("<p class=\"note\">").Append(HtmlText.Escape(note)).Append("</p>\n");
        html.Append("<ol class=\"list\">\n");
        foreach (var item in findings) WriteFinding(html, item, context, ids);
        html.Append("</ol>\n</section>\n");
    }

    private static void WriteFinding(StringBuilder html, ReportFinding item, bool context, HtmlPageIds ids)
    {
        var finding = item.Finding;
        var severity = context ? "context" : SeverityClass(finding.Severity);
        html.Append(CultureInfo.InvariantCulture, $"<li class=\"finding {severity}\" id=\"{item.Id}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<a class=\"pick\" href=\"#{item.Id}\" data-finding=\"{item.Id}\"><span class=\"fid\">{item.Id}</span> <span class=\"sev\">{severity}</span> ")
            .Append("<span class=\"rule\">").Append(HtmlText.Escape(finding.Rule)).Append("</span> <span class=\"about\">")
            .Append(HtmlText.Escape($"{finding.Subject ?? "(no subject)"} · {finding.Attribute}")).Append("</span></a>\n");
        html.Append("<p class=\"msg\">").Append(HtmlText.Escape(finding.Message)).Append("</p>\n");
        if (AnnotationText.MatchedOn(finding) is { } why) html.Append("<p class=\"why\">").Append(HtmlText.Escape(why)).Append("</p>\n");
        html.Append("<ol class=\"sides\">\n");
        for (var side = 0; side < item.Sides.Length; side++)
        {
            var claims = item.Sides[side];
            var agree = claims.Length == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" — {claims.Length} claims agree");
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"side s{side % SideColours}\"><span class=\"value\">")
                .Append(HtmlText.Escape(finding.Values[side].Display)).Append("</span>").Append(agree).Append("\n<ul>\n");
            foreach (var claim in claims)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"claim\"><a href=\"#{ids.Of(claim)}\" data-claim=\"{ids.Of(claim)}\" data-side=\"{side}\">")
                    .Append(HtmlText.Escape(claim.Location.ToString())).Append("</a> <span class=\"read\">")
                    .Append(HtmlText.Escape(claim.Display + (claim.Value.Reading is { } note ? " " + note : ""))).Append("</span>")
                    .Append(" <q class=\"sentence\">").Append(HtmlText.Escape(claim.Sentence)).Append("</q></li>\n");
            }
            html.Append("</ul></li>\n");
        }
        html.Append("</ol>\n</li>\n");
    }
}
