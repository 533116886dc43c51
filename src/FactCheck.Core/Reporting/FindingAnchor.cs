using System.Globalization;
using System.Text;
using FactCheck.Inputs;

namespace FactCheck.Reporting;

/// <summary>
/// Where a report that gives one annotation per finding puts it (GitHub workflow commands, rdjson): at the draft's claim, the
/// text being written, or else at the first side's first claim; the other sides are named in its message. One per claim would
/// repeat a finding on every source, and GitHub shows only ten annotations of each level.
/// </summary>
internal static class FindingAnchor
{
    /// <summary>How many places of one side the message names before "and N more": the rest are in the JSON and SARIF reports.</summary>
    private const int PlacesPerSide = 3;

    /// <summary>How many sides the message names: a finding of hundreds of values would otherwise be pages long.</summary>
    private const int Sides = 10;

    /// <summary>The claim the annotation is at, and the index of its side.</summary>
    public static (ReportClaim Claim, int Side) Of(ReportFinding item)
    {
        for (var side = 0; side < item.Sides.Length; side++)
            foreach (var claim in item.Sides[side])
                if (claim.Value.Claim.Mention.Sentence.Source.Role == SourceRole.Draft) return (claim, side);
        return (item.Sides[0][0], 0);
    }

    /// <summary>
    /// "The sources disagree… Here: “€25bn” read as €25bn; this side says €25bn. Other sides: €20bn at samples/en-wire.md:12:4,
    /// samples/en-blog.md:3:9 and 2 more." — the finding's message, this claim, and where every other side is.
    /// </summary>
    public static string Message(ReportFinding item)
    {
        var (claim, side) = Of(item);
        var finding = item.Finding;
        var text = new StringBuilder(AnnotationText.Message(finding))
            .Append("\nHere: ").Append(AnnotationText.Claim(claim)).Append("; this side says ").Append(finding.Values[side].Display).Append('.');
        var agreeing = item.Sides[side].Where(c => !ReferenceEquals(c, claim)).ToList();
        if (agreeing.Count > 0) text.Append("\nSame value at ").Append(Places(agreeing)).Append('.');
        var others = Enumerable.Range(0, item.Sides.Length).Where(s => s != side).ToList();
        if (others.Count == 0) return text.ToString();
        text.Append("\nOther sides: ").AppendJoin("; ", others.Take(Sides).Select(s => $"{finding.Values[s].Display} at {Places(item.Sides[s])}"));
        if (others.Count > Sides) text.Append(CultureInfo.InvariantCulture, $"; and {others.Count - Sides} more values (the JSON report has them all)");
        return text.Append('.').ToString();
    }

    /// <summary>"a.md:3:9, b.md:4:1 and 2 more".</summary>
    private static string Places(IReadOnlyList<ReportClaim> claims)
    {
        var named = string.Join(", ", claims.Take(PlacesPerSide).Select(c => c.Location.ToString()));
        return claims.Count <= PlacesPerSide ? named : string.Create(CultureInfo.InvariantCulture, $"{named} and {claims.Count - PlacesPerSide} more");
    }
}
