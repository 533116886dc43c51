using System.Globalization;
using System.Text;
using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Reporting;

/// <summary>
/// One source as a pane of the page: a heading (path, title, outlet, date, language, role, story), then the whole original
/// text, one <c>div.l</c> per line, the report's claims highlighted where their spans are. Lines end at '\n' as the report
/// counts them (a CR before it is not shown), so line N of the pane is the report's line N and a character's column is its
/// place in that line. Where claims overlap, the text is cut at every start and end: each piece is one
/// <c>mark</c> naming all the claims it belongs to (<c>data-claims="c3 c4"</c>, the shortest first), and an empty
/// <c>span.a</c> with the claim's id stands where each claim starts, for links to reach.
/// </summary>
internal static class HtmlSourcePane
{
    /// <summary>How much of the page is held before it is passed on: a source can be tens of megabytes.</summary>
    public const int Held = 64 * 1024;

    /// <summary>
    /// Writes the pane of <paramref name="source"/>, whose reported claims are <paramref name="claims"/> (in file order), to
    /// <paramref name="output"/> through <paramref name="html"/>, which it leaves empty.
    /// </summary>
    public static void Write(TextWriter output, StringBuilder html, SourceDocument source, IReadOnlyList<ReportClaim> claims, string? story, HtmlPageIds ids)
    {
        var id = ids.OfSource(source.Id);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"pane\" id=\"{id}\" data-source=\"{HtmlText.Escape(source.Id)}\" aria-labelledby=\"{id}-h\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<header class=\"pane-head\"><h2 id=\"{id}-h\">{HtmlText.Escape(source.Id)}</h2>");
        // On one line, so that the panes' texts start level; the whole of it on hover and on paper.
        var meta = HtmlText.Escape(string.Join(" · ", Meta(source, story)));
        html.Append("<p class=\"meta\" title=\"").Append(meta).Append("\">").Append(meta).Append("</p></header>\n");
        html.Append("<div class=\"text\" lang=\"").Append(HtmlText.Escape(source.Language.Code)).Append("\">\n");
        var text = source.WholeText;
        var spans = claims.Where(c => c.Value.Claim.Mention.Span.Length > 0)
            .Select(c => (Claim: c, Span: Clamp(c.Value.Claim.Mention.Span, text.Length))).OrderBy(c => c.Span.Start).ToList();
        var next = 0;
        var open = new List<(ReportClaim Claim, SourceSpan Span)>();
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var shownEnd = newline > lineStart && text[newline - 1] == '\r' ? newline - 1 : lineEnd;
            open.RemoveAll(c => c.Span.End <= lineStart);
            while (next < spans.Count && spans[next].Span.Start < Math.Max(lineEnd, lineStart + 1)) open.Add(spans[next++]);
            html.Append("<div class=\"l\">");
            WriteLine(html, text, lineStart, shownEnd, open, ids);
            html.Append("</div>\n");
            if (html.Length > Held)
            {
                output.Write(html);
                html.Clear();
            }
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        html.Append("</div>\n</section>\n");
        output.Write(html);
        html.Clear();
    }

    /// <summary>"Title · Outlet · 2024-03-12 · en · reference · story S1": what the source's front matter and the check say of it.</summary>
    private static IEnumerable<string> Meta(SourceDocument source, string? story)
    {
        if (source.Title is { } title) yield return title;
        if (source.Outlet is { } outlet) yield return outlet;
        if (source.Date is { } date) yield return date.Origin == DateOrigin.InferredFromText ? $"{date.Iso} (read from the text)" : date.Iso;
        yield return source.Language.Code;
        yield return source.Role == SourceRole.Draft ? "draft" : "reference";
        if (story is not null) yield return "story " + story;
    }

    /// <summary>
    /// Writes <c>text[start..end)</c>, one line, cut into pieces at the starts and ends of the claims in <paramref name="open"/>
    /// (those on the line, in order of start). One sweep: a line of a million claims (a whole file on one line) is written in
    /// time proportional to them, the claims that cover a piece being only those started and not yet ended.
    /// </summary>
    private static void WriteLine(StringBuilder html, string text, int start, int end, List<(ReportClaim Claim, SourceSpan Span)> open, HtmlPageIds ids)
    {
        var cuts = new List<int>((open.Count * 2) + 1) { end };
        foreach (var (_, span) in open)
        {
            if (span.Start > start && span.Start < end) cuts.Add(span.Start);
            if (span.End > start && span.End < end) cuts.Add(span.End);
        }
        cuts.Sort();
        var active = new List<(ReportClaim Claim, SourceSpan Span)>();
        var next = 0;
        var from = start;
        foreach (var to in cuts)
        {
            if (to <= from) continue;
            while (next < open.Count && open[next].Span.Start <= from)
            {
                var added = open[next++];
                // The anchor of a claim that starts here, so that "#c3" reaches its first character.
                if (added.Span.Start == from) html.Append("<span class=\"a\" id=\"").Append(ids.Of(added.Claim)).Append("\"></span>");
                active.Add(added);
            }
            active.RemoveAll(c => c.Span.End <= from);
            if (active.Count == 0)
            {
                HtmlText.Append(html, text, from, to, titled: true);
            }
            else
            {
                var covering = active.OrderBy(c => c.Span.Length).ToList();
                OpenMark(html, [.. covering.Select(c => c.Claim)], focusable: covering.Any(c => c.Span.Start == from && ids.FindingsOf(c.Claim).Count > 0), ids);
                HtmlText.Append(html, text, from, to, titled: true);
                html.Append("</mark>");
            }
            from = to;
        }
    }

    /// <summary>
    /// <c>&lt;mark class="m n f error" data-claims="c3 c4"&gt;</c>: <c>n</c> for a piece of several claims, <c>f</c> and the severity of the gravest finding when one of
    /// the claims is on a finding; <paramref name="focusable"/> (the first piece of a finding's claim) makes it a tab stop.
    /// </summary>
    private static void OpenMark(StringBuilder html, List<ReportClaim> claims, bool focusable, HtmlPageIds ids)
    {
        var findings = claims.SelectMany(ids.FindingsOf).ToList();
        html.Append("<mark class=\"m");
        if (claims.Count > 1) html.Append(" n"); // a claim inside another (a figure in a quotation): a shade darker
        if (findings.Count > 0) html.Append(" f ").Append(HtmlFindingList.SeverityClass(findings.Max(f => f.Finding.Finding.Severity)));
        html.Append("\" data-claims=\"").AppendJoin(' ', claims.Select(ids.Of)).Append('"');
        if (focusable) html.Append(" tabindex=\"0\"");
        html.Append('>');
    }

    /// <summary>A span cut to the text: a span past the end would be a bug upstream, and the page must still be written.</summary>
    private static SourceSpan Clamp(SourceSpan span, int length) => new(Math.Clamp(span.Start, 0, length), Math.Clamp(span.End, 0, length));
}
