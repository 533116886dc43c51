using System.Globalization;
using System.Text;
using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>
/// The discrepancy report a news desk reads: a summary, then one section per subject and attribute with, for each finding,
/// a table of the competing values, their sources as links to the line, the sentences, and a note on how a value was read (the conversion used, the country of a place).
/// </summary>
/// <param name="linkTarget">
/// Turns a source id (a path relative to the working directory) into a link relative to where the report is written;
/// by default the id itself, right for a report written in the working directory.
/// </param>
public sealed class MarkdownReportWriter(Func<string, string>? linkTarget = null) : IReportWriter
{
    private readonly Func<string, string> linkTarget = linkTarget ?? (id => id);

    /// <inheritdoc/>
    public string Format => "markdown";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        if (report.IsExtract)
        {
            WriteClaims(report, output);
            return;
        }
        output.WriteLine("# FactCheck report");
        output.WriteLine();
        output.WriteLine(Summary(report));
        WriteDiagnostics(report, output);
        foreach (var section in report.Findings.GroupBy(f => (f.Finding.Subject, f.Finding.Attribute)))
        {
            output.WriteLine();
            output.WriteLine($"## {MarkdownText.Escape(section.Key.Subject ?? "(no subject)")} · {MarkdownText.Escape(section.Key.Attribute)}");
            foreach (var finding in section) WriteFinding(finding, output);
        }
        if (!report.Context.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("## Context");
            output.WriteLine();
            output.WriteLine("The references disagree among themselves here; the drafts side with one of them or say nothing, so these are not the drafts' findings.");
            foreach (var finding in report.Context) WriteFinding(finding, output);
        }
        WriteStories(report, output);
    }

    /// <summary>Which sources were compared with which: a table of the stories of several sources.</summary>
    private void WriteStories(Report report, TextWriter output)
    {
        // The list says what the findings' story ids stand for; a report without findings has none to explain.
        if (report.Findings.IsEmpty && report.Context.IsEmpty) return;
        var (shown, more, single) = StoryListing.Of(report);
        output.WriteLine();
        output.WriteLine("## Stories");
        output.WriteLine();
        output.WriteLine(StoryListing.Heading(shown, more, single));
        if (shown.Count == 0) return;
        output.WriteLine();
        output.WriteLine("| Story | What its sources share | Sources |");
        output.WriteLine("|---|---|---|");
        foreach (var story in shown)
        {
            var sources = string.Join(", ", story.Sources.Take(StoryListing.MostSources).Select(id => $"[{MarkdownText.Escape(id)}]({RelativeUri.Of(linkTarget(id))})"))
                + (story.Sources.Length > StoryListing.MostSources ? string.Create(CultureInfo.InvariantCulture, $" and {story.Sources.Length - StoryListing.MostSources} more") : "");
            output.WriteLine($"| {story.Id} | {MarkdownText.Escape(story.Label)} | {sources} |");
        }
        if (StoryListing.More(more) is { } line)
        {
            output.WriteLine();
            output.WriteLine(MarkdownText.Escape(line));
        }
    }

    private void WriteFinding(ReportFinding item, TextWriter output)
    {
        var finding = item.Finding;
        output.WriteLine();
        output.WriteLine($"### {finding.Severity}: `{finding.Rule}`");
        output.WriteLine();
        output.WriteLine(MarkdownText.Escape(finding.Message));
        if (AnnotationText.MatchedOn(finding) is { } why)
        {
            output.WriteLine();
            output.WriteLine($"*{MarkdownText.Escape(why)}*");
        }
        output.WriteLine();
        var withNote = item.Sides.Any(side => side.Any(c => c.Value.Reading is not null));
        output.WriteLine(withNote ? "| Value | Source | Read as | Sentence | Note |" : "| Value | Source | Read as | Sentence |");
        output.WriteLine(withNote ? "| --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- |");
        for (var side = 0; side < item.Sides.Length; side++)
        {
            var value = $"**{MarkdownText.Escape(finding.Values[side].Display)}**";
            foreach (var claim in item.Sides[side])
            {
                var note = withNote ? $" {MarkdownText.Escape(claim.Value.Reading ?? "")} |" : "";
                output.WriteLine($"| {value} | {Link(claim)} | {MarkdownText.Escape(claim.Display)} | {Sentence(claim)} |{note}");
                value = ""; // the value heads its side; the claims below it share it
            }
        }
    }

    private void WriteClaims(Report report, TextWriter output)
    {
        output.WriteLine("# FactCheck claims");
        output.WriteLine();
        var bound = report.Claims.Count(c => c.Value.Claim.IsBound);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Count(report.Claims.Length, "claim")} ({bound} bound to a subject) in {Count(report.Sources.Length, "source")}."));
        WriteDiagnostics(report, output);
        if (report.Claims.Length == 0) return;
        output.WriteLine();
        output.WriteLine("| Source | Read as | Subject | Sentence |");
        output.WriteLine("| --- | --- | --- | --- |");
        foreach (var claim in report.Claims)
        {
            var subject = claim.Value.Claim.Subject is { } s ? $"{s} · {claim.Value.Claim.Attribute}" : "";
            output.WriteLine($"| {Link(claim)} | {MarkdownText.Escape(claim.Display)} | {MarkdownText.Escape(subject)} | {Sentence(claim)} |");
        }
    }

    /// <summary>The files that could not be read (<c>source-error</c>) and what could not be used in the others, one row each.</summary>
    private void WriteDiagnostics(Report report, TextWriter output)
    {
        if (report.Diagnostics.IsEmpty) return;
        output.WriteLine();
        output.WriteLine("## Files");
        output.WriteLine();
        output.WriteLine("| Severity | Rule | File | Problem |");
        output.WriteLine("| --- | --- | --- | --- |");
        foreach (var diagnostic in report.Diagnostics)
        {
            var where = MarkdownText.Escape(diagnostic.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Path}:{line}") : diagnostic.Path);
            var target = diagnostic.Line is { } l ? LineLink(diagnostic.Path, l) : RelativeUri.Of(linkTarget(diagnostic.Path));
            output.WriteLine($"| {diagnostic.Severity} | `{diagnostic.Rule}` | [{where}]({target}) | {MarkdownText.Escape(diagnostic.Message)} |");
        }
    }

    /// <summary>"(3 files could not be read; 2 alone in their story, not compared)", or nothing.</summary>
    private static string Aside(int unreadable, int alone)
    {
        var parts = new List<string>();
        if (unreadable > 0) parts.Add($"{Count(unreadable, "file")} could not be read");
        if (alone > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{alone} alone in {(alone == 1 ? "its" : "their")} story, not compared"));
        return parts.Count == 0 ? "" : $" ({string.Join("; ", parts)})";
    }

    private static string Summary(Report report)
    {
        var unreadable = report.Diagnostics.Count(d => d.Rule == FileDiagnostic.SourceError);
        var checkedWhat = string.Create(CultureInfo.InvariantCulture,
            $"{Count(report.Sources.Length, "source")} checked{Aside(unreadable, report.AloneReferences)}, {Count(report.Claims.Length, "claim")} compared");
        // The text report's count, so that a baselined run never reads "No findings" here and "5 hidden" there.
        var hidden = report.HiddenByBaseline is { } n ? string.Create(CultureInfo.InvariantCulture, $"; {n} hidden by the baseline") : "";
        if (report.Findings.Length == 0)
            return hidden == "" ? $"**No findings**: {checkedWhat}, and none of them disagree." : $"**No findings** shown: {checkedWhat}{hidden}.";
        int Of(Severity s) => report.Findings.Count(f => f.Finding.Severity == s);
        return string.Create(CultureInfo.InvariantCulture,
            $"**{Count(report.Findings.Length, "finding")}** ({Count(Of(Severity.Error), "error")}, {Count(Of(Severity.Warning), "warning")}, {Of(Severity.Info)} info): {checkedWhat}{hidden}.");
    }

    /// <summary><c>[seeds/001.md:5](seeds/001.md?plain=1#L5)</c>: a link to the claim's line.</summary>
    private string Link(ReportClaim claim)
    {
        var location = claim.Location;
        var text = MarkdownText.Escape(string.Create(CultureInfo.InvariantCulture, $"{location.Path}:{location.Line}"));
        return $"[{text}]({LineLink(location.Path, location.Line)})";
    }

    /// <summary>
    /// <c>seeds/001.md?plain=1#L5</c>: GitHub and GitLab show a Markdown file rendered, where <c>#L5</c> reaches no line;
    /// <c>?plain=1</c> asks for its source view, where it does. Other files are shown as source already: <c>notes.txt#L5</c>.
    /// </summary>
    private string LineLink(string path, int line)
    {
        var rendered = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        return string.Create(CultureInfo.InvariantCulture, $"{RelativeUri.Of(linkTarget(path))}{(rendered ? "?plain=1" : "")}#L{line}");
    }

    /// <summary>The sentence with the claim's words in bold, so the eye finds the figure.</summary>
    private static string Sentence(ReportClaim claim)
    {
        var mention = claim.Value.Claim.Mention;
        var text = claim.Sentence;
        var end = Math.Min(mention.End, text.Length);
        var start = Math.Min(mention.Start, end);
        var figure = MarkdownText.Escape(text[start..end]);
        var bold = figure.Length == 0 ? "" : $"**{figure}**";
        return new StringBuilder(MarkdownText.Escape(text[..start])).Append(bold).Append(MarkdownText.Escape(text[end..])).ToString();
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
