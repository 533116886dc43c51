using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Inputs;
using FactCheck.LanguageServer.Protocol;
using FactCheck.Reporting;

namespace FactCheck.LanguageServer;

/// <summary>
/// The diagnostics of one draft: one at each of its claims in a finding, with the finding's message as the text report
/// words it and the other sides' claims as related information; and one for each problem with the draft's file.
/// </summary>
internal static class DraftDiagnostics
{
    /// <summary>The code and source every diagnostic carries, so an editor can say where it comes from.</summary>
    public const string Source = "factcheck";

    /// <summary>As many related claims as SARIF lists: a finding of hundreds of sources stays readable.</summary>
    private const int MaxRelated = 25;

    /// <summary>The diagnostics of the draft <paramref name="draftId"/> in <paramref name="report"/>, in the report's order.</summary>
    public static ImmutableArray<Diagnostic> Of(Report report, string draftId, Func<string, string> uriOf)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var item in report.Findings)
        {
            var fingerprint = FindingFingerprint.Of(item.Finding);
            for (var i = 0; i < item.Sides.Length; i++)
            {
                foreach (var claim in item.Sides[i].Where(c => c.Location.Path == draftId))
                {
                    var related = item.Sides.SelectMany((side, j) => j == i ? [] : side).Take(MaxRelated)
                        .Select(other => new DiagnosticRelatedInformation(new LspLocation(uriOf(other.Location.Path), RangeOf(other.Location)), Related(other)));
                    diagnostics.Add(new Diagnostic(RangeOf(claim.Location), SeverityOf(item.Finding.Severity), item.Finding.Rule, Source, Message(item.Finding, claim))
                    {
                        RelatedInformation = [.. related],
                        Data = new DiagnosticData(fingerprint),
                    });
                }
            }
        }
        foreach (var problem in report.Diagnostics.Where(d => d.Path == draftId))
            diagnostics.Add(new Diagnostic(LineRange(problem.Line), SeverityOf(problem.Severity), problem.Rule, Source, problem.Message) { Data = new DiagnosticData(null) });
        return diagnostics.ToImmutable();
    }

    /// <summary>A check that could not run (a broken factcheck.yml, a reference that does not exist): one diagnostic on the draft.</summary>
    public static Diagnostic Of(UserError error, string draftId) =>
        new(LineRange(error.Path == draftId ? error.Line : null), SeverityOf(Severity.Error), FileDiagnostic.SourceError, Source, error.Path == draftId ? error.Message : error.ToString())
        {
            Data = new DiagnosticData(null),
        };

    /// <summary>The range of a report location (1-based, end column exclusive) in the protocol's 0-based positions.</summary>
    public static LspRange RangeOf(Location location) =>
        new(new Position(location.Line - 1, location.Column - 1), new Position(location.EndLine - 1, location.EndColumn - 1));

    /// <summary>
    /// The text report's words: the finding's message, how this claim was read, and why the claims were put together.
    /// </summary>
    private static string Message(Finding finding, ReportClaim claim) =>
        string.Join('\n', new[] { finding.Message, AnnotationText.Claim(claim), AnnotationText.MatchedOn(finding) }.Where(line => line is not null));

    /// <summary>"€20bn ≈ … — “The fund is worth €20bn.”": the other claim's value as read and its sentence.</summary>
    private static string Related(ReportClaim claim) =>
        $"{claim.Display}{(claim.Value.Reading is { } note ? " " + note : "")} — “{claim.Sentence}”";

    private static LspRange LineRange(int? line)
    {
        var at = Math.Max(0, (line ?? 1) - 1);
        return new LspRange(new Position(at, 0), new Position(at + 1, 0));
    }

    private static int SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        _ => 3,
    };
}
