using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using FactCheck.Frames;
using FactCheck.Inputs;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Reporting;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// The library's front door: runs the stages in order, each built from the built-in data and the run's factcheck.yml.
/// Sources are independent until stories, so the per-source stages (load, split, recognize, bind, frame) run in parallel,
/// each source's results kept in its own slot so the output order never depends on the threads.
/// </summary>
public static class FactChecker
{
    /// <summary>The stages <see cref="Read"/> runs for each source, by the index its clocks use.</summary>
    private static readonly string[] PerSourceStages = ["load", "sentences", "mentions", "binding", "stories", "frames"];

    /// <summary>Checks the sources named by <paramref name="options"/>.</summary>
    public static CheckResult Check(CheckOptions options)
    {
        var wall = Stopwatch.StartNew();
        var config = options.Configuration;
        var (stages, stagesError) = CheckStages.Build(options);
        if (stages is null) return new CheckResult(null, stagesError, null);
        var loader = new SourceLoader(options.WorkingDirectory) { Configuration = config, Languages = stages.Languages };
        var (files, drafts, error) = Discover(loader, options);
        if (error is not null) return new CheckResult(null, error, null);
        if (options.Date is not null && files.Length != 1)
            return new CheckResult(null, new UserError(string.Join(' ', options.Paths), null,
                $"--date gives the date of one file, and these paths hold {files.Length}; give each file its date in its front matter"), null);

        var recognizer = stages.Recognizer;
        var slots = new PerSource[files.Length];
        var ticks = new long[6];
        var bytes = new long[6];
        var done = 0;
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, i =>
        {
            try
            {
                slots[i] = Read(files[i], drafts.Contains(files[i]) ? SourceRole.Draft : SourceRole.Reference, loader, options, stages, recognizer, ticks, bytes);
            }
            catch (Exception e)
            {
                slots[i] = new PerSource(null, null, [], [], [], null) { Bug = ExceptionDispatchInfo.Capture(e) };
            }
            options.Progress?.Report(new CheckProgress(Interlocked.Increment(ref done), files.Length));
        });
        // A bug is a bug: the first in source order is thrown, so two runs that fail fail alike whatever the threads did.
        if (slots.FirstOrDefault(s => s.Bug is not null) is { Bug: { } bug }) bug.Throw();

        var sources = slots.Where(s => s.Document is not null).Select(s => s.Document!).ToImmutableArray();
        var unreadable = slots.Where(s => s.Error is not null).Select(s => s.Error!);
        var clock = Stopwatch.StartNew();
        var oneStory = options.Stories == StoryMode.One || config.OneStory;
        var stories = new StoryGrouper(oneStory ? StoryMode.One : StoryMode.Grouped).Group([.. slots.Where(s => s.Profile is not null).Select(s => s.Profile!)]);
        var storiesTime = clock.Elapsed;
        clock.Restart();
        // An undated source borrows its story's date, so stories come before the values are read.
        var normalized = stages.Normalizer.Normalize([.. slots.SelectMany(s => s.Claims)], new NormalizationContext(sources, stories));
        var normalizeTime = clock.Elapsed;
        clock.Restart();
        var aligned = options.Extract ? [] : stages.Aligner.Align(normalized, stories);
        var alignTime = clock.Elapsed;
        clock.Restart();
        var (findings, context) = options.Extract ? ([], []) : FindingFilters.ForDrafts(FindingFilters.Compare(stages.Comparer, aligned, sources), sources);
        (findings, var hidden) = FindingFilters.WithoutBaseline(findings, options.Baseline);
        var compareTime = clock.Elapsed;
        clock.Restart();
        var report = ReportBuilder.Build(sources, normalized, findings, options.Extract, unreadable, context) with
        {
            HiddenByBaseline = options.Baseline is null ? null : hidden, Rules = stages.Rules.All, Values = stages.Values, Stories = stories.Stories,
        };
        var reportTime = clock.Elapsed;

        var stats = new StageTimes(
            sources.Length, sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text)),
            slots.Sum(s => s.Sentences.Length), slots.Sum(s => s.Mentions.Length), normalized.Length, normalized.Count(c => c.IsComparable), findings.Length,
            [("load", TimeSpan.FromTicks(ticks[0])), ("sentences", TimeSpan.FromTicks(ticks[1])), ("mentions", TimeSpan.FromTicks(ticks[2])),
             ("binding", TimeSpan.FromTicks(ticks[3])), ("frames", TimeSpan.FromTicks(ticks[5])), ("stories", TimeSpan.FromTicks(ticks[4])),
             ("story groups", storiesTime), ("normalization", normalizeTime), ("alignment", alignTime), ("comparison", compareTime), ("report", reportTime)],
            wall.Elapsed)
        {
            Stories = (stories.Stories.Length, stories.Stories.Count(s => s.Sources.Length > 1)),
            Allocated = PerSourceStages.Select((name, i) => (name, bytes[i])).ToImmutableDictionary(p => p.name, p => p.Item2),
        };
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

    /// <summary>
    /// Loads, splits, searches, binds and frames one file. A file that cannot be read (or names a rule that does not exist in a
    /// directive) comes back with its error, and the others are checked all the same.
    /// </summary>
    private static PerSource Read(string file, SourceRole role, SourceLoader loader, CheckOptions options, CheckStages stages, MentionRecognizer recognizer, long[] ticks, long[] bytes)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        // Each stage's time and the bytes it allocated on this thread, then the clocks restart for the next stage.
        void Done(int stage)
        {
            Interlocked.Add(ref ticks[stage], clock.Elapsed.Ticks);
            var now = GC.GetAllocatedBytesForCurrentThread();
            Interlocked.Add(ref bytes[stage], now - allocated);
            allocated = now;
            clock.Restart();
        }
        var (document, fileError) = loader.LoadFile(file, role);
        if (options.Date is not null && document is { Date.Origin: not DateOrigin.Declared } or { Date: null }) document = document! with { Date = options.Date };
        if (document is not null && FindingFilters.UnknownRuleIn(document, stages.Rules) is { } directiveError) (document, fileError) = (null, directiveError);
        Done(0);
        if (document is null) return new PerSource(null, fileError, [], [], [], null);
        var sentences = SentenceSplitter.Default.Split(document);
        Done(1);
        if (sentences.FirstOrDefault(s => s.IsPiece) is { } piece)
            document = document with { Warnings = document.Warnings.Add(new UserError(document.Id, 1 + document.Text.AsSpan(0, piece.Span.Start).Count('\n'),
                string.Create(CultureInfo.InvariantCulture, $"a sentence longer than {SentenceSplitter.MaxSentenceLength:N0} characters is read in pieces: a figure and its subject in different pieces are not bound"))) };
        var mentions = recognizer.Recognize(sentences);
        Done(2);
        var bound = stages.Binder.Bind(mentions);
        Done(3);
        var claims = stages.Frames.Read(bound);
        Done(5);
        // The profile is read while the text is at hand; grouping into stories waits until every source is read.
        var profile = StoryProfiler.Profile(document, sentences, mentions);
        Done(4);
        return new PerSource(document, null, sentences, mentions, claims, profile);
    }

    private sealed record PerSource(
        SourceDocument? Document, UserError? Error, ImmutableArray<Sentence> Sentences, ImmutableArray<Mention> Mentions, ImmutableArray<FramedClaim> Claims,
        StoryProfile? Profile)
    {
        /// <summary>An exception while reading the file: a bug in FactCheck, rethrown after the other files are done.</summary>
        public ExceptionDispatchInfo? Bug { get; init; }
    }
}
