using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Comparison;
using FactCheck.Normalization;
using FactCheck.Rules;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Reporting;

/// <summary>
/// Everything a writer prints, already sorted, with 1-based locations: writers do no arithmetic on positions. A source of
/// <see cref="Sources"/> whose claims were not read (a reference alone in its story) comes without its text and prose: a check
/// lets them go once the stories are known, so that a large folder is not held in memory to the end.
/// </summary>
public sealed record Report(
    string ToolVersion,
    ImmutableArray<SourceDocument> Sources,
    ImmutableArray<ReportClaim> Claims,
    ImmutableArray<ReportFinding> Findings,
    bool IsExtract)
{
    /// <summary>How many findings a baseline hid (<c>check --baseline</c>); null when no baseline was given.</summary>
    public int? HiddenByBaseline { get; init; }

    /// <summary>Every rule of the run, sorted by id, at the level its factcheck.yml gives it (SARIF lists them).</summary>
    public ImmutableArray<RuleDefinition> Rules { get; init; } = [];

    /// <summary>The writers of the claims' JSON values, one per kind.</summary>
    public ClaimValueWriters Values { get; init; } = ClaimValueWriters.None;

    /// <summary>The files that could not be read and what could not be used in the others, sorted by path and line.</summary>
    public ImmutableArray<FileDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when some file could not be read: the report is of the others, and the check fails (exit 2).</summary>
    public bool HasUnreadableSources => Diagnostics.Any(d => d.Rule == FileDiagnostic.SourceError);

    /// <summary>
    /// In a check of drafts, the references' disagreements that are not the drafts' ("C1", "C2"…): the draft sides with one of
    /// them or says nothing. Reported apart, as context, and never counted for <c>--fail-on</c>.
    /// </summary>
    public ImmutableArray<ReportFinding> Context { get; init; } = [];

    /// <summary>
    /// The findings a baseline accepted ("B1", "B2"…; <c>check --baseline</c>): not shown, not counted for <c>--fail-on</c>,
    /// but kept so that SARIF reports them as suppressed and the summaries count them.
    /// </summary>
    public ImmutableArray<ReportFinding> Baselined { get; init; } = [];

    /// <summary>The stories the sources were grouped into ("S1", "S2"…), each source in exactly one.</summary>
    public ImmutableArray<Story> Stories { get; init; } = [];

    /// <summary>
    /// How many references are alone in their story: a check has nothing to compare them with, so it reads their claims
    /// only where a rule looks within one source (a figure and its conversion in brackets). Zero for an extract.
    /// </summary>
    public int AloneReferences
    {
        get
        {
            if (IsExtract) return 0;
            var alone = Stories.Where(s => s.Sources.Length == 1).Select(s => s.Sources[0]).ToHashSet(StringComparer.Ordinal);
            return Sources.Count(s => s.Role == Inputs.SourceRole.Reference && alone.Contains(s.Id));
        }
    }
}

/// <summary>
/// A claim as reported: its source and number within it, location, display form and normalized values. Its id
/// ("seeds/001.md#7") is written when it is asked for, not kept: a report of the bench corpus holds 43,845 claims to the
/// end, and their ids were 5 MB of the memory live at its peak.
/// </summary>
public sealed record ReportClaim(string SourceId, int Number, Location Location, string Display, NormalizedClaim Value)
{
    /// <summary>The claim's id, "seeds/001.md#7": its source's id and its number among the source's claims, from 1.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{SourceId}#{Number}");

    /// <summary>The sentence, on one line.</summary>
    public string Sentence => Value.Claim.Mention.Sentence.Text.Replace('\n', ' ');
}

/// <summary>A finding as reported: "F1", its rule and severity, and the claims on each side.</summary>
public sealed record ReportFinding(string Id, Finding Finding, ImmutableArray<ImmutableArray<ReportClaim>> Sides);
