using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using FactCheck.Files;
using FactCheck.Frames;
using FactCheck.Inputs;
using FactCheck.Kinds.Place;
using FactCheck.Normalization;
using FactCheck.Reporting;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Store;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// The library's front door: runs the stages in order, each built from the built-in data and the run's factcheck.yml.
/// Sources are independent until stories, so the per-source stages run in parallel, in two passes: load, split and profile
/// every source; then, once the stories are known, story by story, recognize, bind and frame those that can be compared,
/// and normalize, align and compare their claims (<see cref="StoryByStory"/>). Each source's results are kept in its own
/// slot, and each story's in its own, so the output order never depends on the threads.
/// </summary>
public static class FactChecker
{
    /// <summary>The stages <see cref="Profile"/> and <see cref="ReadClaims"/> run for each source, by the index their clocks use.</summary>
    private static readonly string[] PerSourceStages = ["load", "sentences", "mentions", "binding", "stories", "frames"];

    /// <summary>Checks the sources named by <paramref name="options"/>.</summary>
    public static CheckResult Check(CheckOptions options)
    {
        var wall = Stopwatch.StartNew();
        var config = options.Configuration;
        var (stages, stagesError) = options.Cache is { } cache ? cache.StagesFor(options) : CheckStages.Build(options);
        if (stages is null) return new CheckResult(null, stagesError, null);
        var loader = new SourceLoader(options.WorkingDirectory)
        {
            Configuration = config, Languages = stages.Languages, Overlays = options.Overlays, IgnoredIsNothing = options.IgnoredIsNothing,
        };
        var (files, drafts, error) = options.ClaimsFiles.IsEmpty ? Discover(loader, options) : ([], [], null);
        var (stored, storedError) = options.ClaimsFiles.IsEmpty ? (null, null)
            : ClaimsFile.ReadAll(options.ClaimsFiles, options.WorkingDirectory, StoreFingerprint.Of(options), stages.Languages);
        if ((error ?? storedError) is { } inputError) return new CheckResult(null, inputError, null);
        // Claims files stand for the files their shards read, in the order a single run discovers them.
        if (stored is not null) files = [.. stored.Sources.Select(s => s.Read?.File ?? s.Error!.Path)];
        if (options.Date is not null && files.Length != 1)
            return new CheckResult(null, new UserError(string.Join(' ', options.Paths), null,
                $"--date gives the date of one file, and these paths hold {files.Length}; give each file its date in its front matter"), null);

        // With a cache folder, a check none of whose inputs changed since its last run prints that run's result again.
        var inputs = options.Cache is null ? null : files.Select(f => (f, drafts.Contains(f) ? SourceRole.Draft : SourceRole.Reference)).ToArray();
        if (inputs is not null && options.Cache!.Replay(options, inputs, loader, out var readAgain) is { } replayed)
            return new CheckResult(null, null, new StageTimes(files.Length, 0, 0, 0, 0, 0, 0, [("replay", wall.Elapsed)], wall.Elapsed) { Replayed = true, ReadAgain = readAgain })
            {
                Replayed = replayed,
            };

        var total = files.Length;
        var share = options.Shard?.Of(total) ?? [];
        if (options.Shard is not null) files = [.. share.Select(k => files[k])];
        var slots = new PerSource[files.Length];
        var ticks = new long[6];
        var bytes = new long[6];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) };
        // One pass over some of the files, in parallel, each writing its own slot; the progress counts the pass's files.
        void Each(int[] indices, string step, Func<int, PerSource> read, ReadAhead? ahead = null)
        {
            var done = 0;
            var next = -1;
            Parallel.For(0, indices.Length, parallel, _ =>
            {
                // Each call takes the next file in order, whatever share of the range Parallel.For gave its thread (half the
                // files each, read from either end of them): the threads go through the files together, as the read-ahead does.
                var k = Interlocked.Increment(ref next);
                var i = indices[k];
                using var reading = ahead?.Hand(k) ?? default;
                try
                {
                    slots[i] = read(i);
                }
                catch (Exception e)
                {
                    slots[i] = (slots[i] ?? PerSource.Nothing) with { Bug = ExceptionDispatchInfo.Capture(e) };
                }
                options.Progress?.Report(new CheckProgress(Interlocked.Increment(ref done), indices.Length) { Step = step });
            });
            // A bug is a bug: the first in source order is thrown, so two runs that fail fail alike whatever the threads did.
            if (slots.FirstOrDefault(s => s?.Bug is not null) is { Bug: { } bug }) bug.Throw();
        }

        // First every source is loaded, split and profiled, and the sources are grouped into stories; only then are claims
        // read, and only of the sources that can be compared (CheckStages.IsCompared): a reference alone in its story has
        // nothing to be compared with, and in a large folder most are.
        var oneStory = options.Stories == StoryMode.One || config.OneStory;
        // When every source is read for claims whatever the stories say, the sentences split for the profile are kept for it.
        var keepSentences = options.Extract || (oneStory && files.Length > 1) || options.Shard is not null;
        // The files are read ahead of the threads, unless a cache may spare reading them (it asks first whether they changed).
        using (var ahead = stored is null && options.Cache is null ? ReadAhead.Of(ReadFromDisk(files, loader)) : null)
        {
            Each([.. Enumerable.Range(0, files.Length)], "profiled", i => stored is not null ? Restored(stored.Sources[i])
                : Profile(files[i], drafts.Contains(files[i]) ? SourceRole.Draft : SourceRole.Reference, loader, options, keepSentences, stages, ticks, bytes), ahead);
        }
        if (options.Shard is { } shard)
        {
            // A shard cannot know the stories: it reads the claims of every file of its share, and leaves the rest to the merge.
            Each([.. Enumerable.Range(0, slots.Length).Where(i => slots[i].Document is not null)], "read for claims", i => ReadClaims(slots[i], stages, options.Cache, loader, parallel, ticks, bytes));
            var reads = slots.Select((s, k) => new StoredSource(share[k], s.Document is not null ? Stored(files[k], s) : null, s.Error)).ToImmutableArray();
            // What the shard read, for --stats: the per-source stages only; the stories and the rest are the merge's.
            var shardStats = new StageTimes(
                slots.Count(s => s.Document is not null), slots.Sum(s => s.Bytes), slots.Sum(s => s.SentenceCount), slots.Sum(s => s.MentionCount),
                slots.Sum(s => s.Claims.Length), 0, 0, PerSourceTimes(ticks), wall.Elapsed)
            {
                Shard = shard, ReadForClaims = slots.Count(s => s.Document is not null), Allocated = PerSourceAllocated(bytes),
            };
            return new CheckResult(null, null, shardStats) { Stored = new StoredSources(StoreFingerprint.Of(options), shard, total, reads, stages.Languages) };
        }
        // The texts the check reads, by hash, for the result it keeps: what the report is made of, whatever a file holds by now.
        var hashes = inputs is null ? null : Array.ConvertAll(slots, s => s.Cached?.Hash);
        var unreadable = slots.Where(s => s.Error is not null).Select(s => s.Error!);
        var clock = Stopwatch.StartNew();
        var stories = GroupStories(slots, oneStory ? StoryMode.One : StoryMode.Grouped, options.Cache, parallel);
        var storiesTime = clock.Elapsed;
        var compared = Enumerable.Range(0, slots.Length)
            .Where(i => slots[i].Document is { } document && (options.Extract || CheckStages.IsCompared(document, slots[i].MayFindAlone, stories))).ToArray();
        if (options.Cache is { } readCache) KeepProfiled(slots, compared, readCache, parallel);
        // A cache that holds its reads (the language server's) still holds the texts let go: a collection would free nothing.
        if (DropUnread(slots, compared) > CollectAfterDropping && options.Cache is not { HoldsReads: true }) ReturnFirstPassRoom();
        // An undated source borrows its story's date: the context is made of every source before any claim is read.
        ImmutableArray<SourceDocument> profiled = [.. slots.Where(s => s.Document is not null).Select(s => s.Document!)];
        var context = new NormalizationContext(profiled, stories);
        var done = 0;
        ImmutableArray<FramedClaim> ReadForClaims(int i)
        {
            try
            {
                slots[i] = WithoutProse(ReadClaims(slots[i], stages, options.Cache, loader, parallel, ticks, bytes));
            }
            catch (Exception e)
            {
                slots[i] = slots[i] with { Bug = ExceptionDispatchInfo.Capture(e) };
            }
            options.Progress?.Report(new CheckProgress(Interlocked.Increment(ref done), compared.Length) { Step = "read for claims" });
            // The story holds the claims from here: the slot lets them go, and the cache's read that holds them too (its hash
            // was taken before this pass), so they die with their story.
            var claims = slots[i].Claims;
            if (!claims.IsEmpty || slots[i].Cached is not null) slots[i] = slots[i] with { Claims = [], Cached = null };
            return claims;
        }
        var heard = FindingFilters.HeardIn(profiled);
        var outcome = new StoryByStory(stages, context, heard, options.Extract).Run(
            stories, compared, i => slots[i].Document!.Id, ReadForClaims, parallel, options.Cache is null ? i => slots[i].OnDisk?.File : null);
        // A bug is a bug: the first in source order is thrown, so two runs that fail fail alike whatever the threads did.
        if (slots.FirstOrDefault(s => s?.Bug is not null) is { Bug: { } bug }) bug.Throw();
        outcome.Bug?.Throw();
        // After the claims pass: a source the run index knew unchanged gets its text there.
        var sources = slots.Where(s => s.Document is not null).Select(s => s.Document!).ToImmutableArray();
        var (findings, drafted) = FindingFilters.ForDrafts(outcome.Findings, sources);
        (findings, var hidden) = FindingFilters.WithoutBaseline(findings, options.Baseline);
        clock.Restart();
        var report = ReportBuilder.Build(sources, outcome.Claims, findings, options.Extract, unreadable, drafted, hidden) with
        {
            HiddenByBaseline = options.Baseline is null ? null : hidden.Length, Rules = stages.Rules.All, Values = stages.Values, Stories = stories.Stories,
        };
        var reportTime = clock.Elapsed;
        options.Cache?.Commit();

        var stats = new StageTimes(
            sources.Length, slots.Sum(s => s.Bytes),
            slots.Sum(s => s.SentenceCount), slots.Sum(s => s.MentionCount), outcome.ClaimCount, outcome.ComparableCount, findings.Length,
            [.. PerSourceTimes(ticks),
             ("story groups", storiesTime), ("normalization", outcome.Normalization), ("alignment", outcome.Alignment), ("comparison", outcome.Comparison),
             ("report", reportTime)],
            wall.Elapsed)
        {
            Stories = (stories.Stories.Length, stories.Stories.Count(s => s.Sources.Length > 1)),
            ReadForClaims = compared.Length,
            Allocated = PerSourceAllocated(bytes),
        };
        return new CheckResult(report, null, stats) { Keeper = hashes is null ? null : options.Cache!.Keeper(options, inputs!, hashes) };
    }

    /// <summary>
    /// Groups the profiled sources into stories. A method of its own, not inlined, so that the array of every source's
    /// profile dies with its frame: built in <see cref="Check"/>, it stayed in a stack temporary of that frame to the end of
    /// the check, and with it every profile's features (35 MB on the bench corpus; dotnet-dump's gcroot found the slot).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static StoryMap GroupStories(PerSource[] slots, StoryMode mode, SourceReadCache? cache, ParallelOptions parallel)
    {
        ImmutableArray<StoryProfile> profiles = [.. slots.Where(s => s.Profile is not null).Select(s => s.Profile!)];
        // With a cache, the stories of the last run of the same profiles are taken as they were.
        return cache?.Group(profiles, mode, parallel) ?? new StoryGrouper(mode).Group(profiles, parallel);
    }

    /// <summary>The per-source stages' times summed over the threads, in the order --stats prints them.</summary>
    private static ImmutableArray<(string Stage, TimeSpan Time)> PerSourceTimes(long[] ticks) =>
        [("load", TimeSpan.FromTicks(ticks[0])), ("sentences", TimeSpan.FromTicks(ticks[1])), ("mentions", TimeSpan.FromTicks(ticks[2])),
         ("binding", TimeSpan.FromTicks(ticks[3])), ("frames", TimeSpan.FromTicks(ticks[5])), ("stories", TimeSpan.FromTicks(ticks[4]))];

    /// <summary>The bytes each per-source stage allocated, by stage name.</summary>
    private static ImmutableDictionary<string, long> PerSourceAllocated(long[] bytes) =>
        PerSourceStages.Select((name, i) => (name, bytes[i])).ToImmutableDictionary(p => p.name, p => p.Item2);

    /// <summary>
    /// Every file to read, and which of them are drafts: with <c>--against</c>, the files under <see cref="CheckOptions.Paths"/>
    /// (also when an --against folder holds them too). All paths are discovered together first, so the size limit counts them all.
    /// </summary>
    private static (ImmutableArray<string> Files, HashSet<string> Drafts, UserError? Error) Discover(SourceLoader loader, CheckOptions options)
    {
        var paths = options.Paths.Where(p => p != InlineSource.Token).ToImmutableArray();
        if (paths.Length == options.Paths.Length) return DiscoverFiles(loader, paths, options.Against);
        // "-": the inline text joins the files (last: the report sorts sources by id), unless an ignore glob matches its name.
        if (options.Input is not { } input) return ([], [], new UserError(InlineSource.Token, null, "stands for standard input, and none was given"));
        var (files, drafts, error) = paths.IsEmpty && options.Against.IsEmpty ? ([], [], null) : DiscoverFiles(loader, paths, options.Against);
        if (error is not null) return (files, drafts, error);
        if (loader.Ignores(input))
            return files.IsEmpty && !options.IgnoredIsNothing ? ([], [], new UserError(input.Id, null, $"matches an ignore glob of {options.Configuration.File}")) : (files, drafts, null);
        if (!options.Against.IsEmpty) drafts.Add(InlineKey);
        // The text stands for its file: an editor's buffer or a staged version is checked instead of what is on disk.
        var itself = Path.GetFullPath(input.Id, options.WorkingDirectory);
        return ([.. files.Where(f => f != itself), InlineKey], drafts, null);
    }

    private static (ImmutableArray<string> Files, HashSet<string> Drafts, UserError? Error) DiscoverFiles(
        SourceLoader loader, ImmutableArray<string> paths, ImmutableArray<string> against)
    {
        var (files, error) = loader.Discover(paths.Concat(against));
        if (error is not null || against.IsEmpty || paths.IsEmpty) return (files, [], error);
        var (drafts, draftError) = loader.Discover(paths);
        return (files, drafts.ToHashSet(StringComparer.Ordinal), draftError);
    }

    /// <summary>The files' paths, but a null for those not read from disk: standard input's text, an editor's buffer.</summary>
    private static string?[] ReadFromDisk(ImmutableArray<string> files, SourceLoader loader) =>
        [.. files.Select(f => f == InlineKey || loader.Overlays.ContainsKey(f) ? null : f)];

    /// <summary>What stands for the inline source among the files: no path can hold a NUL character.</summary>
    private const string InlineKey = "\0inline";

    /// <summary>
    /// Loads, splits and profiles one file. A file that cannot be read (or names a rule that does not exist in a directive)
    /// comes back with its error, and the others are checked all the same.
    /// </summary>
    private static PerSource Profile(
        string file, SourceRole role, SourceLoader loader, CheckOptions options, bool keepSentences, CheckStages stages, long[] ticks, long[] bytes)
    {
        var clocks = new StageClocks(ticks, bytes);
        // Standard input is read once, as it is: never cached.
        if (file == InlineKey) return Loaded(loader.LoadInline(options.Input!, role), null, file, role, options, keepSentences, false, stages, clocks);
        // --date changes what is read of its one file: such a check is never cached.
        var cache = options.Date is null ? options.Cache : null;
        // A file whose size and times are those indexed by the last run of this check is not even read (the run index).
        if (cache?.Unchanged(file, role, loader.Statuses) is { } unchanged) return Known(unchanged);
        var (text, fileError) = loader.ReadText(file);
        var hash = cache is not null && text is not null ? SourceReadCache.HashOf(text) : null;
        if (hash is not null && cache!.Find(file, role, hash, text!) is { } known) return Known(known);
        // An editor's buffer is not on disk to be read again.
        var onDisk = !loader.Overlays.ContainsKey(file);
        return Loaded(text is null ? (null, fileError) : loader.LoadText(file, text, role), hash, file, role, options, keepSentences, onDisk, stages, clocks);
    }

    /// <summary>A file as an earlier read left it (<see cref="CheckOptions.Cache"/>, a claims file): its claims are not read again when it holds them.</summary>
    private static PerSource Known(SourceRead known) => PerSource.Nothing with
    {
        Document = known.Document, SentenceCount = known.SentenceCount, MayFindAlone = known.MayFindAlone, Profile = known.Profile, Cached = known,
        MentionCount = known.MentionCount, Claims = known.Claims,
        Bytes = known.Unread ? known.IndexedBytes : Encoding.UTF8.GetByteCount(known.Document.Text),
    };

    /// <summary>A file of a claims file: its read, or the error that kept its shard from reading it.</summary>
    private static PerSource Restored(StoredSource stored) => stored.Read is { } read ? Known(read) : PerSource.Nothing with { Error = stored.Error };

    /// <summary>What a shard read of <paramref name="file"/>, profile and claims, for its claims file.</summary>
    private static SourceRead Stored(string file, PerSource read) =>
        new(file, read.Document!.Role, "", read.Document, read.Profile!, read.MayFindAlone, read.SentenceCount)
        {
            MentionCount = read.MentionCount, Claims = read.Claims, ClaimsRead = true,
        };

    /// <summary>
    /// Splits and profiles one loaded file; with the <paramref name="hash"/> of its text, what was read is to be kept in the
    /// cache. <paramref name="onDisk"/>: the text can be read again from the file (not standard input, not an editor's buffer).
    /// </summary>
    private static PerSource Loaded(
        (SourceDocument? Document, UserError? Error) loaded, string? hash, string file, SourceRole role, CheckOptions options, bool keepSentences,
        bool onDisk, CheckStages stages, StageClocks clocks)
    {
        var (document, fileError) = loaded;
        if (options.Date is not null && document is { Date.Origin: not DateOrigin.Declared } or { Date: null }) document = document! with { Date = options.Date };
        if (document is not null && FindingFilters.UnknownRuleIn(document, stages.Rules) is { } directiveError) (document, fileError) = (null, directiveError);
        clocks.Done(0);
        if (document is null) return PerSource.Nothing with { Error = fileError };
        var sentences = SentenceSplitter.Default.Split(document);
        clocks.Done(1);
        if (sentences.FirstOrDefault(s => s.IsPiece) is { } piece)
            document = document with { Warnings = document.Warnings.Add(new UserError(document.Id, 1 + document.Text.AsSpan(0, piece.Span.Start).Count('\n'),
                string.Create(CultureInfo.InvariantCulture, $"a sentence longer than {SentenceSplitter.MaxSentenceLength:N0} characters is read in pieces: a figure and its subject in different pieces are not bound"))) };
        var profile = stages.Profile(document, sentences, out var leadPlaces);
        var mayFindAlone = stages.MayFindAlone(sentences);
        clocks.Done(4);
        // The sentences are dropped until the stories say the source is read for claims, and split again then: kept, every
        // source's sentences lived through the whole first pass, and the collector copied them from generation to generation.
        // Kept when the source is read for claims in any case (one story, extract): one split of a 30 MB file is half a second.
        // Kept in the cache once the stories say whether its claims are read (KeepProfiled), so that it is written once.
        // Nor is the text kept, unless the profile's sentences or a cache that holds its reads hold it anyway: a file's text is
        // read again from the file if the stories say its claims are read (ReadClaims), its SHA-256 telling whether the file
        // still holds it; standard input and an editor's buffer wait in UTF-8 (half their size for news in English or French).
        // Parked in UTF-8, the texts of the whole first pass were a quarter of what it held at its end (45 MB of 182 on the
        // bench corpus). A text a command line cache writes waits in UTF-8 too, as its segment keeps it: held whole with its
        // prose until then, the texts of a fill of the bench corpus raised its peak to 600 MB.
        var forDisk = hash is not null && !keepSentences && options.Cache is { HoldsReads: false } ? SourceReadCache.Utf8Of(document.Text) : null;
        var kept = keepSentences || (hash is not null && forDisk is null);
        var parked = kept ? null : forDisk ?? (onDisk ? null : Encoding.UTF8.GetBytes(document.Text));
        var lean = kept ? document : document with { Text = "", ProseBlocks = [] };
        var read = hash is null ? null : new SourceRead(file, role, hash, lean, profile, mayFindAlone, sentences.Length);
        return PerSource.Nothing with
        {
            Document = lean, Parked = parked,
            OnDisk = kept || parked is not null ? null : TextOnDisk.Of(file, document.Text),
            Sentences = keepSentences ? sentences : [], SentenceCount = sentences.Length, MayFindAlone = mayFindAlone, Profile = profile, Cached = read,
            LeadPlaces = leadPlaces,
            Unkept = read is not null,
            Bytes = parked?.Length ?? Encoding.UTF8.GetByteCount(document.Text),
        };
    }

    /// <summary>Searches, binds and frames the sentences of one profiled file, unless the cache had them.</summary>
    private static PerSource ReadClaims(
        PerSource source, CheckStages stages, SourceReadCache? cache, SourceLoader loader, ParallelOptions parallel, long[] ticks, long[] bytes)
    {
        // A file the run index knew unchanged was decoded without its text: the whole entry is decoded now, claims too when it
        // holds them. Its text is then parked in UTF-8, as a text read again from its file is, for WithoutProse to let go of its
        // prose: kept whole, the texts and prose of every compared source lived to the end of a re-check.
        if (source.Cached is { Unread: true } unread)
        {
            source = cache!.Whole(unread) is { } whole
                ? source with { Document = whole.Document, Cached = whole, Claims = whole.Claims, MentionCount = whole.MentionCount }
                : Reread(source, unread, loader);
            if (source.Document is null) return source;
            source = ReadClaims(source, stages, cache, loader, parallel, ticks, bytes);
            return source.Document is { } document ? source with { Parked = Encoding.UTF8.GetBytes(document.Text) } : source;
        }
        if (source.Cached is { ClaimsRead: true }) return source;
        var clocks = new StageClocks(ticks, bytes);
        if (source.Parked is { } parked) source = source with { Document = Unparked(source.Document!, parked) };
        else if (source.OnDisk is { } onDisk && ReadAgain(source, onDisk, loader) is var again)
        {
            source = again;
            if (source.Document is null) return source;
        }
        clocks.Done(0);
        var sentences = source.Sentences.Length == source.SentenceCount ? source.Sentences : SentenceSplitter.Default.Split(source.Document!);
        clocks.Done(1);
        var mentions = LongSources.IsLong(sentences, parallel)
            ? LongSources.Recognize(stages.Recognizer, sentences, parallel, clocks, 2) : stages.Recognize(sentences, source.LeadPlaces);
        clocks.Done(2);
        var bound = stages.Binder.Bind(mentions);
        clocks.Done(3);
        var claims = stages.Frames.Read(bound);
        clocks.Done(5);
        // The document the claims' sentences refer to: a parked text's read holds its document without text nor prose.
        if (source.Cached is { } read) cache!.Keep(read with { Document = source.Document!, MentionCount = mentions.Length, Claims = claims, ClaimsRead = true }, source.Parked);
        // The sentences kept from the profile are let go: those of the claims live on in their mentions, the others are garbage.
        return source with { Sentences = [], MentionCount = mentions.Length, Claims = claims, LeadPlaces = null };
    }

    /// <summary>A source's document as it was loaded, from the text <see cref="Loaded"/> parked: the same text, its prose read again.</summary>
    private static SourceDocument Unparked(SourceDocument document, byte[] parked)
    {
        var whole = document with { Text = Encoding.UTF8.GetString(parked) };
        return whole with { ProseBlocks = SourceLoader.ProseBlocksOf(whole) };
    }

    /// <summary>
    /// A source's document as it was loaded, its text read again from its file: the same text, its prose read again, and the
    /// text in UTF-8 for <see cref="WithoutProse"/>; or the file's error, when it cannot be read or no longer holds that text.
    /// </summary>
    private static PerSource ReadAgain(PerSource source, TextOnDisk onDisk, SourceLoader loader)
    {
        var (text, error) = loader.ReadText(onDisk.File);
        if (text is null) return PerSource.Nothing with { Error = error };
        if (!onDisk.Holds(text)) return PerSource.Nothing with { Error = new UserError(source.Document!.Id, null, "changed while it was checked: check it again") };
        var whole = source.Document! with { Text = text };
        return source with { Document = whole with { ProseBlocks = SourceLoader.ProseBlocksOf(whole) }, OnDisk = null, Parked = Encoding.UTF8.GetBytes(text) };
    }

    /// <summary>
    /// A source whose claims are read keeps the sentences its claims cite and its text in UTF-8, not its prose blocks
    /// (<see cref="ProseRelease"/>), when its text was let go between the passes (parked in UTF-8, or read again from its
    /// file). Not otherwise: a cache that keeps its read in memory would free nothing, and the text of a source read whole in
    /// one pass (one story, extract) would be encoded when all its claims are live, which raised the peak of a 30 MB file by
    /// 10–40 MB.
    /// </summary>
    private static PerSource WithoutProse(PerSource source) =>
        source is { Document: { } document, Parked: { } parked }
            ? source with { Document = ProseRelease.LetGo(document, source.Claims, parked), Parked = null }
            : source;

    /// <summary>
    /// Keeps in the cache the files read anew whose claims are not read: those read for claims are kept once, with their
    /// claims (<see cref="ReadClaims"/>), instead of twice, as profiled and again with claims.
    /// </summary>
    private static void KeepProfiled(PerSource[] slots, int[] compared, SourceReadCache cache, ParallelOptions parallel)
    {
        var read = new bool[slots.Length];
        foreach (var i in compared) read[i] = true;
        Parallel.For(0, slots.Length, parallel, i =>
        {
            if (read[i] || slots[i] is not { Unkept: true, Cached: { } profiled }) return;
            // A text parked for the cache is written as it is, its document with its prose again (the entry holds them).
            if (slots[i].Parked is { } parked) cache.Keep(profiled with { Document = Unparked(profiled.Document, parked) }, parked);
            else cache.Keep(profiled);
        });
    }

    /// <summary>
    /// The text of a file the run index knew unchanged, read from the file itself because its entry could not be read
    /// again after its profile was (a disk failing mid-run, a segment cut by hand): the profile, stories and document
    /// stand when the file still holds the text they were read from; a file changed since is reported as unreadable.
    /// </summary>
    private static PerSource Reread(PerSource source, SourceRead unread, SourceLoader loader)
    {
        var (text, error) = loader.ReadText(unread.File);
        if (text is null) return PerSource.Nothing with { Error = error };
        if (SourceReadCache.HashOf(text) != unread.Hash)
            return PerSource.Nothing with { Error = new UserError(unread.Document.Id, null, "changed while it was checked: check it again") };
        var (document, loadError) = loader.LoadText(unread.File, text, unread.Role);
        if (document is null) return PerSource.Nothing with { Error = loadError };
        // Not kept again: what the cache holds of the file is what it would keep.
        return source with { Document = unread.Document with { Text = document.Text, ProseBlocks = document.ProseBlocks }, Cached = null };
    }

    /// <summary>
    /// Once the stories are grouped, what no later stage reads is let go: every source's story profile, and the text,
    /// prose and claims of the sources not read for claims (alone in their story, in most folders the larger part of the text). The
    /// comparison and the report read a source's text only through its claims: their locations and silencing comments, and
    /// the words of the story's sources.
    /// </summary>
    /// <returns>
    /// How many characters of text were let go; a file the run index knew unchanged counts its text's size in UTF-8 (its profile
    /// was decoded from an entry that holds its prose, and the collection after this pays as it does for a text read).
    /// </returns>
    private static long DropUnread(PerSource[] slots, int[] compared)
    {
        var read = new bool[slots.Length];
        foreach (var i in compared) read[i] = true;
        var dropped = 0L;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Document is not { } document) continue;
            if (!read[i]) dropped += document.Text.Length + (slots[i].Parked?.Length ?? 0) + (slots[i].OnDisk is null && slots[i].Cached is not { Unread: true } ? 0 : slots[i].Bytes);
            // A file known from a cache or a claims file may hold the claims an earlier check read: not compared, they are not this check's.
            slots[i] = read[i] ? slots[i] with { Profile = null, Cached = WithoutFeatures(slots[i].Cached) }
                : slots[i] with { Profile = null, Document = document with { Text = "", ProseBlocks = [] }, Parked = null, OnDisk = null, Claims = [], MentionCount = 0, Cached = null, LeadPlaces = null };
        }
        return dropped;
    }

    /// <summary>
    /// A read the run index knew unchanged without its profile's features: its whole entry, decoded for its claims, holds them
    /// again, and until then they were kept for nothing through the stories' grouping and the claims pass (the slot's
    /// profile is let go). Any other read keeps them: it is written to the cache with its claims.
    /// </summary>
    private static SourceRead? WithoutFeatures(SourceRead? read) =>
        read is { Unread: true, Profile: { } profile } ? read with { Profile = profile with { Features = StoryFeatures.Empty } } : read;

    /// <summary>
    /// Below this many characters of text let go, <see cref="ReturnFirstPassRoom"/> is not worth its collection: a check of
    /// a few files, or of one story, never pays it.
    /// </summary>
    private const long CollectAfterDropping = 4_000_000;

    /// <summary>
    /// One full, blocking, non-compacting collection between the two passes. What the first pass left behind (the texts and
    /// profiles just let go, and what per-file work was promoted to the oldest generation while a collection ran) sits in
    /// that generation, which the collector would only sweep once the claims pass had added as much again: 466 MB of heap
    /// went down to 266 MB on the bench corpus, and the claims' survivors fill the swept room instead of new memory.
    /// Non-compacting: a compaction would also copy the 266 MB still live, for CPU the lead did not want to pay
    /// (docs/speed-history.md, issue 16: the figures of both).
    /// </summary>
    private static void ReturnFirstPassRoom() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);

    private sealed record PerSource(
        SourceDocument? Document, UserError? Error, ImmutableArray<Sentence> Sentences, ImmutableArray<FramedClaim> Claims, StoryProfile? Profile)
    {
        /// <summary>A slot before anything is read into it.</summary>
        public static PerSource Nothing { get; } = new(null, null, [], [], null);

        /// <summary>The size of the source's text in UTF-8, counted while it is in memory.</summary>
        public long Bytes { get; init; }

        /// <summary>How many mentions were found in the source (they live on in its claims).</summary>
        public int MentionCount { get; init; }

        /// <summary>The source's text in UTF-8 from the first pass to the end of its claims' (<see cref="Document"/> holds neither text nor prose until they are read); or null.</summary>
        public byte[]? Parked { get; init; }

        /// <summary>The file whose text is read again for the source's claims (<see cref="Document"/> holds neither text nor prose until then); or null.</summary>
        public TextOnDisk? OnDisk { get; init; }

        /// <summary>How many sentences the source has, also once <see cref="Sentences"/> are dropped.</summary>
        public int SentenceCount { get; init; }

        /// <summary>The places of the lead the profile read, for the claims pass to take instead of reading them again.</summary>
        public LeadPlaces? LeadPlaces { get; init; }

        /// <summary>True when a rule may find something within the source alone (<see cref="CheckStages.MayFindAlone"/>).</summary>
        public bool MayFindAlone { get; init; }

        /// <summary>What the cache holds of the file (<see cref="CheckOptions.Cache"/>), or null.</summary>
        public SourceRead? Cached { get; init; }

        /// <summary>True when <see cref="Cached"/> was read anew and is not in the cache yet.</summary>
        public bool Unkept { get; init; }

        /// <summary>An exception while reading the file: a bug in FactCheck, rethrown after the other files are done.</summary>
        public ExceptionDispatchInfo? Bug { get; init; }
    }
}
