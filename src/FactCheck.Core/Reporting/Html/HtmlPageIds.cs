using System.Globalization;

namespace FactCheck.Reporting;

/// <summary>
/// The ids of a page's elements: <c>c1</c>, <c>c2</c>… for the claims in the report's order, <c>s1</c>… for the sources, and
/// the findings' own ids (<c>F1</c>, <c>C1</c>). A claim's or a source's id in the report is a path, which may hold
/// spaces and any other character: the page never puts it in an id. Also which findings each claim is on, and on which side.
/// </summary>
internal sealed class HtmlPageIds
{
    private readonly Dictionary<ReportClaim, string> claims = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<ReportClaim, List<(ReportFinding Finding, int Side)>> findings = new(ReferenceEqualityComparer.Instance);

    /// <summary>Numbers the claims and sources of <paramref name="report"/> and indexes its findings' claims.</summary>
    public HtmlPageIds(Report report)
    {
        foreach (var claim in report.Claims) claims[claim] = string.Create(CultureInfo.InvariantCulture, $"c{claims.Count + 1}");
        foreach (var source in report.Sources) sources[source.Id] = string.Create(CultureInfo.InvariantCulture, $"s{sources.Count + 1}");
        foreach (var finding in report.Findings.Concat(report.Context))
            for (var side = 0; side < finding.Sides.Length; side++)
                foreach (var claim in finding.Sides[side])
                {
                    if (!findings.TryGetValue(claim, out var list)) findings[claim] = list = [];
                    list.Add((finding, side));
                }
    }

    /// <summary>The element id of <paramref name="claim"/>.</summary>
    public string Of(ReportClaim claim) => claims[claim];

    /// <summary>The element id of the source whose report id is <paramref name="sourceId"/>.</summary>
    public string OfSource(string sourceId) => sources[sourceId];

    /// <summary>True when the report has the source whose id is <paramref name="sourceId"/> (a story may name a source a report was cut to leave out).</summary>
    public bool HasSource(string sourceId) => sources.ContainsKey(sourceId);

    /// <summary>The findings <paramref name="claim"/> is on, in the report's order, with the index of its side in each.</summary>
    public IReadOnlyList<(ReportFinding Finding, int Side)> FindingsOf(ReportClaim claim) =>
        findings.TryGetValue(claim, out var list) ? list : [];
}
