using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using FactCheck.Comparison;
using FactCheck.Files;
using FactCheck.Frames;
using FactCheck.Normalization;
using FactCheck.Reporting;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// The claims pass, story by story: the compared sources of a story are read for claims, normalized, aligned and compared
/// together, and of their claims only those a report may show are kept, numbered (bound to a subject, or in a finding;
/// every claim in an extract). Stories share nothing in these stages (the date an undated source borrows from its story
/// is in the <see cref="NormalizationContext"/>, made from every source before), so a story's claims live while it is
/// worked on instead of to the end of the check: on the bench corpus 43,845 of 223,503 claims reach the report.
/// </summary>
/// <param name="stages">The run's stages: normalizer, aligner, comparer.</param>
/// <param name="context">What normalizing a claim may need to know of the whole set of sources.</param>
/// <param name="heard">Which claims a rule hears (silencing comments), or null when every rule hears every claim.</param>
/// <param name="extract">True for an extract: every claim kept, nothing compared.</param>
internal sealed class StoryByStory(CheckStages stages, NormalizationContext context, Func<IComparisonRule, NormalizedClaim, bool>? heard, bool extract)
{
    private static readonly ParallelOptions OneThread = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>
    /// What the pass found: the findings in the order a whole-check comparison gives them (rule by rule, story by story), the
    /// claims kept for the report in report order, how many claims were normalized and how many of them are comparable, and the
    /// time of the three stages (summed over the threads), and the first bug of a story, rethrown by the caller.
    /// </summary>
    public sealed record Outcome(
        ImmutableArray<Finding> Findings, ImmutableArray<NumberedClaim> Claims, int ClaimCount, int ComparableCount,
        TimeSpan Normalization, TimeSpan Alignment, TimeSpan Comparison, ExceptionDispatchInfo? Bug);

    /// <summary>One story's sources (by index, in source order) and what the pass kept of them.</summary>
    private sealed class Batch(Story? story, List<int> sources)
    {
        public Story? Story { get; } = story;

        public List<int> Sources { get; } = sources;

        public ImmutableArray<Finding>[] Findings { get; set; } = [];

        public NumberedClaim[] Claims { get; set; } = [];

        public int ClaimCount { get; set; }

        public int ComparableCount { get; set; }

        public ExceptionDispatchInfo? Bug { get; set; }
    }

    /// <summary>
    /// Reads, normalizes, aligns and compares the sources <paramref name="compared"/> (indices, in source order) story by
    /// story. <paramref name="read"/> reads one source's claims (and must not throw: a bug is the caller's to keep).
    /// A story that holds a sixteenth of the sources or more (one story of a whole folder, a check of a few files) is worked
    /// on by every thread in turn; the others side by side, the largest first, each on one thread.
    /// </summary>
    public Outcome Run(
        StoryMap stories, IReadOnlyList<int> compared, Func<int, string> idOf, Func<int, ImmutableArray<FramedClaim>> read, ParallelOptions parallel,
        Func<int, string?>? fileOf = null)
    {
        // Taken before the pass, once for the stories and the report's order: a file that can no longer be read leaves its
        // slot without a document.
        var ids = compared.Select(idOf).ToArray();
        var batches = Batches(stories, compared, ids);
        var ticks = new long[3];
        var wide = batches.Where(b => b.Sources.Count * 16 >= compared.Count).ToList();
        var narrow = batches.Where(b => b.Sources.Count * 16 < compared.Count).OrderByDescending(b => b.Sources.Count).ToArray();
        // The files read again are read ahead in the order the stories take them (the narrow stories' close to it: two threads
        // take them in turn).
        var inOrder = fileOf is null ? [] : wide.Concat(narrow).SelectMany(b => b.Sources).ToArray();
        using var ahead = fileOf is null ? null : ReadAhead.Of([.. inOrder.Select(fileOf)]);
        if (ahead is not null)
        {
            var positionOf = new Dictionary<int, int>(inOrder.Length);
            for (var k = 0; k < inOrder.Length; k++) positionOf[inOrder[k]] = k;
            var readOne = read;
            read = i =>
            {
                using var reading = ahead.Hand(positionOf[i]);
                return readOne(i);
            };
        }
        foreach (var batch in wide) Work(batch, read, parallel, ticks);
        Parallel.ForEach(Partitioner.Create(narrow, loadBalance: true), parallel, batch => Work(batch, read, OneThread, ticks));

        var rules = stages.Comparer.Rules.Length;
        var findings = extract ? [] : Enumerable.Range(0, rules).SelectMany(r => batches.SelectMany(b => b.Findings.Length > r ? b.Findings[r] : [])).ToImmutableArray();
        var claims = InReportOrder(batches.SelectMany(b => b.Claims).ToArray(), ids);
        return new Outcome(findings, ImmutableCollectionsMarshal.AsImmutableArray(claims), batches.Sum(b => b.ClaimCount), batches.Sum(b => b.ComparableCount),
            TimeSpan.FromTicks(ticks[0]), TimeSpan.FromTicks(ticks[1]), TimeSpan.FromTicks(ticks[2]), batches.FirstOrDefault(b => b.Bug is not null)?.Bug);
    }

    /// <summary>
    /// The stories' claims, each story's in report order, sorted together: their sources interleave by id. Sorted on one number
    /// per claim, made of its source's rank among <paramref name="ids"/> (the compared sources') and its own number: compared
    /// by their sources' ids, reached through four references, the 43,845 claims of the bench corpus took 30 ms at the end of a check.
    /// </summary>
    private static NumberedClaim[] InReportOrder(NumberedClaim[] claims, string[] ids)
    {
        string[] sorted = [.. ids];
        Array.Sort(sorted, StringComparer.Ordinal);
        var rankOf = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var rank = 0; rank < sorted.Length; rank++) rankOf[sorted[rank]] = rank;
        var keys = new long[claims.Length];
        var (lastId, lastRank) = ("", -1);
        for (var i = 0; i < claims.Length; i++)
        {
            // A source's claims come one after another: its id is looked up once for them all.
            var id = claims[i].Claim.Claim.Mention.Sentence.Source.Id;
            if (!ReferenceEquals(id, lastId)) (lastId, lastRank) = (id, rankOf[id]);
            keys[i] = ((long)lastRank << 32) | (uint)claims[i].Number;
        }
        // A source's numbers differ, so every key does: the unstable sort gives the one order.
        Array.Sort(keys, claims);
        return claims;
    }

    /// <summary>
    /// The compared sources by story, in story order; sources in no story (none, as the grouper works) last, together.
    /// <paramref name="ids"/> holds the id of each of <paramref name="compared"/>, in the same order.
    /// </summary>
    private static List<Batch> Batches(StoryMap stories, IReadOnlyList<int> compared, string[] ids)
    {
        var rank = new Dictionary<string, int>(stories.Stories.Length, StringComparer.Ordinal);
        for (var i = 0; i < stories.Stories.Length; i++) rank[stories.Stories[i].Id] = i;
        var byRank = new SortedDictionary<int, Batch>();
        for (var k = 0; k < compared.Count; k++)
        {
            var story = stories.StoryOf(ids[k]);
            var key = story is null ? int.MaxValue : rank[story.Id];
            if (!byRank.TryGetValue(key, out var batch)) byRank[key] = batch = new Batch(story, []);
            batch.Sources.Add(compared[k]);
        }
        return [.. byRank.Values];
    }

    /// <summary>One story: its sources read, their claims normalized, aligned, compared, and what the report may show kept.</summary>
    private void Work(Batch batch, Func<int, ImmutableArray<FramedClaim>> read, ParallelOptions parallel, long[] ticks)
    {
        try
        {
            var framed = new ImmutableArray<FramedClaim>[batch.Sources.Count];
            Parallel.For(0, framed.Length, parallel, k => framed[k] = read(batch.Sources[k]));
            var clock = Stopwatch.StartNew();
            var normalized = stages.Normalizer.Normalize([.. framed.SelectMany(claims => claims)], context, parallel);
            Interlocked.Add(ref ticks[0], clock.Elapsed.Ticks);
            batch.ClaimCount = normalized.Length;
            batch.ComparableCount = normalized.Count(c => c.IsComparable);
            var numbered = ReportBuilder.Numbered(normalized);
            // A source in no story is compared with nothing: its claims are listed as a check lists them, none in a finding.
            if (extract || batch.Story is not { } story)
            {
                batch.Claims = [.. Listed(numbered, [])];
                return;
            }
            clock.Restart();
            var aligned = stages.Aligner.AlignStory(story, normalized);
            Interlocked.Add(ref ticks[1], clock.Elapsed.Ticks);
            clock.Restart();
            batch.Findings = stages.Comparer.CompareStory(aligned, heard, parallel);
            Interlocked.Add(ref ticks[2], clock.Elapsed.Ticks);
            batch.Claims = [.. Listed(numbered, batch.Findings.SelectMany(f => f).SelectMany(f => f.Values).SelectMany(v => v.Claims).ToHashSet(ReferenceEqualityComparer.Instance))];
        }
        catch (Exception e)
        {
            batch.Bug = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>
    /// The claims a report may show: every claim of an extract; else those bound to a subject and those
    /// <paramref name="inFindings"/> holds. A claim no finding holds is kept as a report keeps it (<see cref="NormalizedClaim.ForReport"/>);
    /// one a finding holds as it is, since findings find their claims by reference.
    /// </summary>
    private IEnumerable<NumberedClaim> Listed(IEnumerable<NumberedClaim> numbered, HashSet<object?> inFindings)
    {
        foreach (var claim in numbered)
        {
            if (inFindings.Contains(claim.Claim)) yield return claim;
            else if (extract || claim.Claim.Claim.IsBound) yield return claim with { Claim = claim.Claim.ForReport() };
        }
    }
}
