using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using FactCheck.Comparison;
using FactCheck.Inputs;
using FactCheck.Normalization;
using FactCheck.Sources;

namespace FactCheck.Reporting;

/// <summary>Numbers the claims, locates them in their files, and sorts everything once, so every writer prints the same order.</summary>
public static class ReportBuilder
{
    /// <summary>
    /// The tool's version, as the report contract shows it ("0.2.0", "1.0.0-rc.1"): the package's (<c>Version</c> in
    /// Directory.Build.props, or <c>-p:Version</c> from a release tag), without the build metadata after a '+'.
    /// </summary>
    public static string ToolVersion { get; } =
        typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// A report of <paramref name="findings"/>. Claim ids count every claim of a source, bound or not, so an id means
    /// the same claim in <c>check</c> and <c>extract</c>; a check report lists the claims bound to a subject word and those
    /// of its findings, an extract every claim. <paramref name="unreadable"/> are the files that could not be read; with the
    /// sources' warnings they become the report's <see cref="Report.Diagnostics"/>. <paramref name="context"/> are the
    /// references' disagreements of a check of drafts (<see cref="Report.Context"/>); <paramref name="baselined"/> the findings a
    /// baseline accepted (<see cref="Report.Baselined"/>), whose claims are located but not listed unless bound, as before they were kept.
    /// </summary>
    public static Report Build(ImmutableArray<SourceDocument> sources, ImmutableArray<NormalizedClaim> claims, ImmutableArray<Finding> findings, bool isExtract,
        IEnumerable<UserError>? unreadable = null, ImmutableArray<Finding> context = default, ImmutableArray<Finding> baselined = default) =>
        Build(sources, Numbered(claims), findings, isExtract, unreadable, context, baselined);

    /// <summary>
    /// A report of <paramref name="findings"/> whose claims are numbered already (<see cref="Numbered"/>), in report order:
    /// by source id (ordinal), then by number. A check that compares story by story numbers each story's claims and keeps
    /// only those a report may show (bound, or in a finding), so the others never live to the report.
    /// </summary>
    public static Report Build(ImmutableArray<SourceDocument> sources, IEnumerable<NumberedClaim> claims, ImmutableArray<Finding> findings, bool isExtract,
        IEnumerable<UserError>? unreadable = null, ImmutableArray<Finding> context = default, ImmutableArray<Finding> baselined = default)
    {
        context = context.IsDefault ? [] : context;
        baselined = baselined.IsDefault || isExtract ? [] : baselined;
        unreadable ??= [];
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        LineMap? map = null;
        var reported = new Dictionary<NormalizedClaim, ReportClaim>(ReferenceEqualityComparer.Instance);
        var all = ImmutableArray.CreateBuilder<ReportClaim>();
        var inFindings = findings.Concat(context).SelectMany(f => f.Values).SelectMany(v => v.Claims).ToHashSet(ReferenceEqualityComparer.Instance);
        var inBaselined = baselined.SelectMany(f => f.Values).SelectMany(v => v.Claims).ToHashSet(ReferenceEqualityComparer.Instance);
        var source = "";
        foreach (var (claim, n) in claims)
        {
            var id = claim.Claim.Mention.Sentence.Source.Id;
            // The claims of a source come one after another; only those a report shows are located (most dates of a large
            // check never are), and a source's lines are indexed only when one of its claims is (a check shows the claims of
            // few of its sources).
            if (id != source) (source, map) = (id, null);
            var inFinding = inFindings.Contains(claim);
            var listed = isExtract || claim.Claim.IsBound || inFinding;
            if (!listed && !inBaselined.Contains(claim)) continue;
            var item = new ReportClaim(id, n, (map ??= new LineMap(byId[id])).Locate(claim.Claim.Mention.Span), claim.Display, claim);
            // Only findings look claims up again: the hundreds of thousands of others need no entry.
            if (inFinding || inBaselined.Contains(claim)) reported[claim] = item;
            // A claim only a baselined finding has is not listed: the JSON report stays what it was before baselined findings were kept.
            if (listed) all.Add(item);
        }
        ImmutableArray<ReportFinding> Numbered(ImmutableArray<Finding> list, string prefix) => [.. list.Select((f, i) => new ReportFinding(
            string.Create(CultureInfo.InvariantCulture, $"{prefix}{i + 1}"), f,
            [.. f.Values.Select(v => v.Claims.Select(c => reported[c]).ToImmutableArray())]))];
        var diagnostics = unreadable.Select(FileDiagnostic.Error).Concat(sources.SelectMany(s => s.Warnings).Select(FileDiagnostic.Warning))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Rule, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal);
        return new Report(ToolVersion, ById(sources), all.ToImmutable(), isExtract ? [] : Numbered(findings, "F"), isExtract)
        {
            Diagnostics = [.. diagnostics],
            Context = isExtract ? [] : Numbered(context, "C"),
            Baselined = Numbered(baselined, "B"),
        };
    }

    /// <summary>
    /// The sources by id (ordinal). A check discovers its files in path order, which is id order for files under one folder:
    /// such a list is taken as it is, checked in one pass, where sorting the 29,151 sources of the bench corpus again was
    /// 30 ms on one core at the end of the check, the other idle.
    /// </summary>
    private static ImmutableArray<SourceDocument> ById(ImmutableArray<SourceDocument> sources)
    {
        for (var i = 1; i < sources.Length; i++)
            if (string.CompareOrdinal(sources[i - 1].Id, sources[i].Id) > 0) return [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        return sources;
    }

    /// <summary>
    /// Every claim of <paramref name="claims"/> (the claims of whole sources) with its number: its place among its source's
    /// claims in file order, counting every claim, bound or not, so an id means the same claim in <c>check</c> and
    /// <c>extract</c>. In report order: by source id (ordinal), then by number.
    /// </summary>
    public static IEnumerable<NumberedClaim> Numbered(ImmutableArray<NormalizedClaim> claims)
    {
        var (source, n) = ("", 0);
        foreach (var claim in InFileOrder(claims))
        {
            var id = claim.Claim.Mention.Sentence.Source.Id;
            (source, n) = id == source ? (source, n + 1) : (id, 1);
            yield return new NumberedClaim(claim, n);
        }
    }

    /// <summary>
    /// The claims by source id (ordinal), then by start in the file, claims that tie keeping their order: what a stable
    /// OrderBy/ThenBy gave, sorted on numbers instead, each key read once (a span is mapped back through its source map).
    /// </summary>
    private static IEnumerable<NormalizedClaim> InFileOrder(ImmutableArray<NormalizedClaim> claims)
    {
        // A source's claims share its id: each run of them adds it once, not each of its claims.
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var claim in claims)
        {
            var id = claim.Claim.Mention.Sentence.Source.Id;
            if (!ReferenceEquals(id, previous)) distinct.Add(previous = id);
        }
        var ids = distinct.Order(StringComparer.Ordinal).ToArray();
        var rankOf = ids.Select((id, rank) => (id, rank)).ToDictionary(p => p.id, p => p.rank, StringComparer.Ordinal);
        var keys = new (int Rank, int Start, int Index)[claims.Length];
        var (lastId, lastRank) = ("", -1);
        var sorted = true;
        for (var i = 0; i < claims.Length; i++)
        {
            var mention = claims[i].Claim.Mention;
            var id = mention.Sentence.Source.Id;
            if (!ReferenceEquals(id, lastId)) (lastId, lastRank) = (id, rankOf[id]);
            keys[i] = (lastRank, mention.Span.Start, i);
            sorted &= i == 0 || keys[i - 1].CompareTo(keys[i]) < 0;
        }
        // The index makes every key distinct, so the unstable sort orders as a stable one would; claims already in order
        // (a single large file) are not sorted again.
        if (!sorted) Array.Sort(keys);
        foreach (var key in keys) yield return claims[key.Index];
    }
}
