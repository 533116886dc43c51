using System.Collections.Immutable;
using System.Diagnostics;
using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Reporting;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// The library's front door: runs the stages in order, each built from the built-in data and the run's factcheck.yml.
/// Sources are independent until comparison, so the per-source stages (load, split, recognize, bind) run in parallel,
/// each source's results kept in its own slot so the output order never depends on the threads.
/// </summary>
public static class FactChecker
{
    /// <summary>Checks the sources named by <paramref name="options"/>.</summary>
    public static CheckResult Check(CheckOptions options)
    {
        var wall = Stopwatch.StartNew();
        var config = options.Configuration;
        var (stages, stagesError) = CheckStages.Build(config);
        if (stages is null) return new CheckResult(null, stagesError, null);
        var loader = new SourceLoader(options.WorkingDirectory) { Configuration = config };
        var (files, drafts, error) = Discover(loader, options);
        if (error is not null) return new CheckResult(null, error, null);
        if (options.Date is not null && files.Length != 1)
            return new CheckResult(null, new UserError(string.Join(' ', options.Paths), null,
                $"--date gives the date of one file, and these paths hold {files.Length}; give each file its date in its front matter"), null);

        var (places, placesError) = Gazetteer.Load(options.PlaceFiles, config.Places, options.WorkingDirectory);
        if (placesError is not null) return new CheckResult(null, placesError, null);
        var recognizer = MentionRecognizer.CreateDefault(options.RecognizerScope, places);
        var slots = new PerSource[files.Length];
        var ticks = new long[5];
        var done = 0;
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, i =>
        {
            var clock = Stopwatch.StartNew();
            var (document, fileError) = loader.LoadFile(files[i], drafts.Contains(files[i]) ? SourceRole.Draft : SourceRole.Reference);
            if (options.Date is not null && document is { Date.Origin: not DateOrigin.Declared } or { Date: null }) document = document! with { Date = options.Date };
            Interlocked.Add(ref ticks[0], clock.Elapsed.Ticks);
            if (document is null)
            {
                slots[i] = new PerSource(null, fileError, [], [], [], null);
                options.Progress?.Report(new CheckProgress(Interlocked.Increment(ref done), files.Length));
                return;
            }
            clock.Restart();
            var sentences = SentenceSplitter.Default.Split(document);
            Interlocked.Add(ref ticks[1], clock.Elapsed.Ticks);
            clock.Restart();
            var mentions = recognizer.Recognize(sentences);
            Interlocked.Add(ref ticks[2], clock.Elapsed.Ticks);
            clock.Restart();
            var claims = stages.Binder.Bind(mentions);
            Interlocked.Add(ref ticks[3], clock.Elapsed.Ticks);
            clock.Restart();
            // The profile is read while the text is at hand; grouping into stories waits until every source is read.
            var profile = StoryProfiler.Profile(document, sentences, mentions);
            Interlocked.Add(ref ticks[4], clock.Elapsed.Ticks);
            slots[i] = new PerSource(document, null, sentences, mentions, claims, profile);
            options.Progress?.Report(new CheckProgress(Interlocked.Increment(ref done), files.Length));
        });
        if (slots.FirstOrDefault(s => s.Error is not null) is { Error: { } firstError }) return new CheckResult(null, firstError, null);

        var sources = slots.Select(s => s.Document!).ToImmutableArray();
        if (FindingFilters.UnknownRuleIn(sources, stages.Rules) is { } directiveError) return new CheckResult(null, directiveError, null);
        var clock = Stopwatch.StartNew();
        var normalized = stages.Normalizer.Normalize([.. slots.SelectMany(s => s.Claims)], sources);
        var normalizeTime = clock.Elapsed;
        clock.Restart();
        var oneStory = options.Stories == StoryMode.One || config.OneStory;
        var stories = new StoryGrouper(oneStory ? StoryMode.One : StoryMode.Grouped).Group([.. slots.Select(s => s.Profile!)]);
        var storiesTime = clock.Elapsed;
        clock.Restart();
        var findings = options.Extract ? [] : FindingFilters.ForDrafts(FindingFilters.Compare(stages.Comparer, normalized, sources, stages.Rules), sources);
        (findings, var hidden) = FindingFilters.WithoutBaseline(findings, options.Baseline);
        var compareTime = clock.Elapsed;
        clock.Restart();
        var report = ReportBuilder.Build(sources, normalized, findings, options.Extract) with
        {
            HiddenByBaseline = options.Baseline is null ? null : hidden,
            Stories = stories.Stories,
        };
        var reportTime = clock.Elapsed;

        var stats = new StageTimes(
            sources.Length, sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text)),
            slots.Sum(s => s.Sentences.Length), slots.Sum(s => s.Mentions.Length), normalized.Length, normalized.Count(c => c.Claim.IsBound), findings.Length,
            [("load", TimeSpan.FromTicks(ticks[0])), ("sentences", TimeSpan.FromTicks(ticks[1])), ("mentions", TimeSpan.FromTicks(ticks[2])),
             ("binding", TimeSpan.FromTicks(ticks[3])), ("stories", TimeSpan.FromTicks(ticks[4])), ("normalization", normalizeTime),
             ("story groups", storiesTime), ("comparison", compareTime), ("report", reportTime)],
            wall.Elapsed) { Stories = (stories.Stories.Length, stories.Stories.Count(s => s.Sources.Length > 1)) };
        return new CheckResult(report, null, stats);
    }

    /// <summary>
    /// Every file to read, and which of them are drafts: with <c>--against</c>, the files under <see cref="CheckOptions.Paths"/>
    /// (also when an --against folder holds them too). All paths are discovered together first, so the size limit counts them all.
    /// </summary>
    private static (ImmutableArray<string> Files, HashSet<string> Drafts, UserError? Error) Discover(SourceLoader loader, CheckOptions options)
    {
        var (files, error) = loader.Discover(options.Paths.Concat(options.Against));
        if (error is not null || options.Against.IsEmpty) return (files, [], error);
        var (drafts, draftError) = loader.Discover(options.Paths);
        return (files, drafts.ToHashSet(StringComparer.Ordinal), draftError);
    }

    private sealed record PerSource(
        SourceDocument? Document, UserError? Error, ImmutableArray<Sentence> Sentences, ImmutableArray<Mention> Mentions, ImmutableArray<Claim> Claims,
        StoryProfile? Profile);
}
