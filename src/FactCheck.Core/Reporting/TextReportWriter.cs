using System.Globalization;
using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>
/// The report a person reads in a terminal: each finding with its sides, each side with <c>path:line:column</c>,
/// the words as written, the value as read, and the sentence. Colour only when asked (the CLI asks on a terminal).
/// </summary>
public sealed class TextReportWriter(bool useColor) : IReportWriter
{
    private const int SentenceWidth = 160;

    /// <inheritdoc/>
    public string Format => "text";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        if (report.IsExtract) WriteClaims(report, output);
        else WriteFindings(report, output);
        WriteDiagnostics(report, output);
        output.WriteLine(TerminalText.Safe(Summary(report)));
    }

    private void WriteFindings(Report report, TextWriter output)
    {
        foreach (var item in report.Findings) WriteFinding(item, Label(item.Finding.Severity), output);
        if (!report.Context.IsEmpty)
        {
            output.WriteLine(Paint("Context: the references disagree among themselves; the drafts side with one of them or say nothing, so these are not the drafts' findings.", "2"));
            output.WriteLine();
            foreach (var item in report.Context) WriteFinding(item, "context", output);
        }
        WriteStories(report, output);
    }

    /// <summary>Which sources were compared with which: the stories of several sources, with their labels and sources.</summary>
    private void WriteStories(Report report, TextWriter output)
    {
        // The list says what the findings' story ids stand for; a report without findings has none to explain.
        if (report.Findings.IsEmpty && report.Context.IsEmpty) return;
        var (shown, more, single) = StoryListing.Of(report);
        output.WriteLine(Paint(StoryListing.Heading(shown, more, single), "2"));
        foreach (var story in shown)
            output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture, $"  {story.Id}  {story.Label} — {story.Sources.Length} sources: {StoryListing.Sources(story)}")));
        if (StoryListing.More(more) is { } line) output.WriteLine($"  {line}");
        output.WriteLine();
    }

    private void WriteFinding(ReportFinding item, string label, TextWriter output)
    {
        var finding = item.Finding;
        output.WriteLine($"{Paint(label, label == "context" ? "2" : SeverityColor(finding.Severity))} {Paint(finding.Rule, "2")}  {Paint($"{finding.Subject ?? "(no subject)"} · {finding.Attribute}", "1")}");
        output.WriteLine($"  {TerminalText.Safe(finding.Message)}");
        if (AnnotationText.MatchedOn(finding) is { } why) output.WriteLine($"  {TerminalText.Safe(why)}");
        for (var i = 0; i < finding.Values.Length; i++)
        {
            var side = item.Sides[i];
            var agreeing = side.Length == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" — {side.Length} claims agree");
            output.WriteLine();
            output.WriteLine($"  {Paint(finding.Values[i].Display, "1")}{agreeing}");
            foreach (var claim in side) WriteClaim(claim, output);
        }
        output.WriteLine();
    }

    private void WriteClaims(Report report, TextWriter output)
    {
        foreach (var claim in report.Claims)
        {
            var subject = claim.Value.Claim.Subject is { } s ? $"{s}.{claim.Value.Claim.Attribute}" : "(no subject)";
            output.WriteLine($"{Paint(claim.Location.ToString(), "36")}  {Paint(claim.Display, "1")}  {TerminalText.Safe(subject)}");
            output.WriteLine($"    {TerminalText.Safe(Quote(claim))}");
        }
        if (report.Claims.Length > 0) output.WriteLine();
    }

    private void WriteClaim(ReportClaim claim, TextWriter output)
    {
        var reading = claim.Value.Reading is { } note ? " " + note : "";
        output.WriteLine($"    {Paint(claim.Location.ToString(), "36")}  {TerminalText.Safe(claim.Display + reading)}");
        output.WriteLine($"      {TerminalText.Safe(Quote(claim))}");
    }

    /// <summary>One line for each file that could not be read (<c>source-error</c>) and each thing a file said that could not be used.</summary>
    private void WriteDiagnostics(Report report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
            output.WriteLine($"{Paint(Label(diagnostic.Severity), SeverityColor(diagnostic.Severity))} {Paint(diagnostic.Rule, "2")}  {Paint(diagnostic.ToString(), "36")}");
        if (report.Diagnostics.Length > 0) output.WriteLine();
    }

    /// <summary>The sentence, cut around the claim when it is long, so the figure is always visible.</summary>
    private static string Quote(ReportClaim claim)
    {
        var mention = claim.Value.Claim.Mention;
        var text = claim.Sentence;
        if (text.Length <= SentenceWidth) return $"“{text}”";
        var from = Math.Clamp(mention.Start - (SentenceWidth / 2), 0, text.Length - SentenceWidth);
        var to = from + SentenceWidth;
        // Cut between words, never inside one.
        while (from > 0 && from < mention.Start && !char.IsWhiteSpace(text[from - 1])) from++;
        while (to < text.Length && to > mention.End && !char.IsWhiteSpace(text[to])) to--;
        var clipped = text[from..to].Trim();
        return $"“{(from > 0 ? "…" : "")}{clipped}{(to < text.Length ? "…" : "")}”";
    }

    private static string Summary(Report report)
    {
        var sources = report.Sources.Length;
        var claims = report.Claims.Length;
        if (report.IsExtract)
            return string.Create(CultureInfo.InvariantCulture, $"{claims} claim(s) ({report.Claims.Count(c => c.Value.Claim.IsBound)} bound to a subject) in {sources} source(s){NotRead(report)}.");
        int Count(Severity s) => report.Findings.Count(f => f.Finding.Severity == s);
        var hidden = report.HiddenByBaseline is { } n ? string.Create(CultureInfo.InvariantCulture, $"; {n} hidden by the baseline") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.Findings.Length} finding(s): {Count(Severity.Error)} error(s), {Count(Severity.Warning)} warning(s), {Count(Severity.Info)} info — {claims} compared claim(s) in {sources} source(s){hidden}{Alone(report)}{NotRead(report)}.");
    }

    /// <summary>The references alone in their story: a check does not read their claims, having nothing to compare them with.</summary>
    private static string Alone(Report report) => report.AloneReferences switch
    {
        0 => "",
        1 => "; 1 source alone in its story, with nothing to compare it with",
        var n => string.Create(CultureInfo.InvariantCulture, $"; {n} sources alone in their story, with nothing to compare them with"),
    };

    private static string NotRead(Report report)
    {
        var unreadable = report.Diagnostics.Count(d => d.Rule == FileDiagnostic.SourceError);
        return unreadable == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {unreadable} file(s) could not be read");
    }

    private static string Label(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "1;31",
        Severity.Warning => "1;33",
        _ => "1;34",
    };

    // What is painted may come from a source (a path, a figure as written): escaped before the colour codes are added.
    private string Paint(string text, string code) => useColor ? $"\u001b[{code}m{TerminalText.Safe(text)}\u001b[0m" : TerminalText.Safe(text);
}
