using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>The words of annotations (SARIF results, GitHub workflow commands): one per side or per claim, so each stays short.</summary>
internal static class AnnotationText
{
    /// <summary>Long enough for any finding between a few sources; a finding with hundreds of sides is cut.</summary>
    private const int MessageLength = 400;

    /// <summary>"“£17bn” read as about £17bn ≈ €20.1bn at 1 EUR = 0.8466 GBP (2024 average)".</summary>
    public static string Claim(ReportClaim claim) =>
        $"“{claim.Value.Claim.Mention.Text.ReplaceLineEndings(" ")}” read as {claim.Display}{(claim.Value.Reading is { } note ? " " + note : "")}";

    /// <summary>
    /// The finding's message, cut between words after <see cref="MessageLength"/> characters (it is repeated on every
    /// annotation, and a finding of hundreds of values would repeat pages), then why its claims were put together.
    /// </summary>
    public static string Message(Finding finding)
    {
        var message = finding.Message;
        var matched = MatchedOn(finding) is { } why ? " " + why : "";
        if (message.Length <= MessageLength) return message + matched;
        var cut = message.LastIndexOf(' ', MessageLength);
        return string.Concat(message.AsSpan(0, cut > 0 ? cut : MessageLength), " … (the JSON report has the whole list)", matched);
    }

    /// <summary>"Matched on: morts ≈ deaths · Sfax (story S1).": why the finding's claims were compared, and in which story.</summary>
    public static string? MatchedOn(Finding finding) =>
        finding.MatchedOn is null ? null : $"Matched on: {finding.MatchedOn}{(finding.Story is { } story ? $" (story {story})" : "")}.";
}
