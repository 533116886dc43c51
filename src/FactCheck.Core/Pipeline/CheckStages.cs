using System.Collections.Immutable;
using FactCheck.Alignment;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Frames;
using FactCheck.Inputs;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Place;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Reporting;
using FactCheck.Rules;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// The stages of a run, built once from the registered kinds (<see cref="CheckOptions.Kinds"/>), the shipped data and the
/// run's configuration: the recognizer, the binder, the frame reader, the normalizer, the aligner, the comparer, the rules and the JSON value writers.
/// </summary>
public sealed record CheckStages(
    RuleSet Rules, MentionRecognizer Recognizer, ClaimBinder Binder, ClaimNormalizer Normalizer, ClaimComparer Comparer, ClaimValueWriters Values,
    ImmutableArray<ClaimKind> Kinds)
{
    /// <summary>The frame reader: what each claim measures, whose, where it holds and how it is stated.</summary>
    public FrameReader Frames { get; init; } = FrameReader.Default;

    /// <summary>The aligner: which claims of a story's sources state one fact.</summary>
    public ClaimAligner Aligner { get; init; } = ClaimAligner.Default;

    /// <summary>The languages the run reads: the shipped packs and the run's own.</summary>
    public LanguagePacks Languages { get; init; } = LanguagePacks.BuiltIn;

    /// <summary>The stages as FactCheck ships them: every built-in kind, no factcheck.yml.</summary>
    public static CheckStages Default => Shipped.Value;

    // Built on first use, not with the class: a check builds its own stages, and its first touch of a static member (the
    // count of profiled sources) built a second set at start-up that nothing used.
    private static readonly Lazy<CheckStages> Shipped = new(() => Build(new CheckOptions([], "")).Stages
        ?? throw new InvalidOperationException("The built-in kinds do not build."));

    /// <summary>
    /// Reads sources already loaded as a check reads files: splits each and profiles it, groups them into stories, reads the
    /// claims (recognize, bind, frame) of every source, or with <paramref name="comparedOnly"/> only of those
    /// <see cref="IsCompared"/>, and normalizes them: what a caller with texts in memory checks, and what tests run.
    /// </summary>
    public (ImmutableArray<NormalizedClaim> Claims, StoryMap Stories) Read(IEnumerable<SourceDocument> sources, StoryMode stories = StoryMode.Grouped, bool comparedOnly = false)
    {
        var documents = sources.ToImmutableArray();
        var sentences = documents.Select(SentenceSplitter.Default.Split).ToImmutableArray();
        var map = new StoryGrouper(stories).Group([.. documents.Select((source, i) => Profile(source, sentences[i]))]);
        var framed = ImmutableArray.CreateBuilder<FramedClaim>();
        for (var i = 0; i < documents.Length; i++)
            if (!comparedOnly || IsCompared(documents[i], MayFindAlone(sentences[i]), map)) framed.AddRange(Frames.Read(Binder.Bind(Recognizer.Recognize(sentences[i]))));
        return (Normalizer.Normalize(framed.ToImmutable(), new NormalizationContext(documents, map)), map);
    }

    /// <summary>
    /// The story profile of a source (<see cref="StoryProfiler"/>) from its sentences and the places named in its lead: the
    /// place kind's own rules, run alone, before anything else of the source is read. Alone, they also read the "US" of
    /// "US$5bn", which the money kind takes from them in a full reading: the lead still names the place.
    /// </summary>
    public StoryProfile Profile(SourceDocument source, ImmutableArray<Sentence> sentences) => Profile(source, sentences, out _);

    /// <summary>
    /// <see cref="Profile(SourceDocument, ImmutableArray{Sentence})"/>, and the places found in the lead, kept for the claims
    /// pass (<see cref="Recognize"/>), which reads the same sentences again: they were two fifths of the place search of a check
    /// of the bench corpus. Null when the recognizer has other than one place source.
    /// </summary>
    public StoryProfile Profile(SourceDocument source, ImmutableArray<Sentence> sentences, out LeadPlaces? places)
    {
        // A draft's claims are read, and a reference's may be once a second source may share its story; a lone reference
        // (`check article.md`) is only profiled: preparing for its claims cost it 10 % more CPU and 23 MB more memory.
        if (source.Role == SourceRole.Draft || Interlocked.Increment(ref profiled) > 1) Prepare(source.Language);
        var lead = StoryProfiler.Lead(sentences);
        var recognizer = PlaceRecognizer;
        if (recognizer.Sources is not [var placeSource])
        {
            places = null;
            return StoryProfiler.Profile(source, lead, recognizer.Recognize(lead));
        }
        places = LeadPlaces.Read(placeSource, lead, out var justRead);
        return StoryProfiler.Profile(source, lead, recognizer.Recognize(lead, justRead));
    }

    /// <summary>
    /// The mentions of a source's <paramref name="sentences"/> (<see cref="MentionRecognizer.Recognize"/>), those of its lead's
    /// places taken from its profile's reading (<paramref name="places"/>) when it is the same text split the same way.
    /// </summary>
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences, LeadPlaces? places) => Recognizer.Recognize(sentences, places?.For(sentences));

    /// <summary>How many references this process has profiled: from the second on, claims may be read.</summary>
    private static int profiled;

    /// <summary>
    /// Starts building, on a thread of its own and once per language, the two largest lexicons the claims of a source in
    /// <paramref name="language"/> need: the frames' and the currencies', four fifths of the lexicons a first claims read
    /// builds (perf, English). A profile waits for the gazetteer, which loads on a thread of its own: on two cores the
    /// lexicons are ready by then, where they were built after it, one thread building while the others waited. What is
    /// built is the same whatever the timing; a run that reads no claim in the language only spent the CPU.
    /// </summary>
    private static void Prepare(LanguagePack language) => language.Cached(typeof(CheckStages), static pack =>
        Task.Factory.StartNew(() =>
        {
            FrameLexicon.Of(pack);
            CurrencyLexicon.Of(pack);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>
    /// True when <paramref name="source"/>'s claims can be compared: it shares its story with another source, or it is a
    /// draft (a draft stating two values that cannot both be true contradicts itself), or a rule may find something within
    /// it alone (<paramref name="mayFindAlone"/>: <see cref="MayFindAlone"/> of its sentences). A check reads the claims of
    /// these sources only: in a large folder most sources are references alone in their story, with nothing to be compared with.
    /// </summary>
    public static bool IsCompared(SourceDocument source, bool mayFindAlone, StoryMap stories) =>
        source.Role == SourceRole.Draft || stories.StoryOf(source.Id) is { Sources.Length: > 1 } || mayFindAlone;

    /// <summary>
    /// True when a rule may find something within one of <paramref name="sentences"/> alone (a figure and its conversion in
    /// brackets). Such a source's claims are read even alone: the lexicons they need start building now, on a thread of
    /// their own, while the first pass and its mentions go on (`check article.md` of such an article waited for them).
    /// </summary>
    public bool MayFindAlone(ImmutableArray<Sentence> sentences)
    {
        // Loops, not Any over a delegate a rule: asked of every source of the first pass, those were 17 MB of the run's garbage.
        foreach (var rule in Comparer.Rules)
            foreach (var sentence in sentences)
                if (rule.MayFindAlone(sentence))
                {
                    Prepare(sentences[0].Source.Language);
                    return true;
                }
        return false;
    }

    /// <summary>
    /// The recognizer's place sources alone: all a story profile needs. Made on each call (a filter of a few sources), so a
    /// copy of the stages made <c>with</c> another recognizer never keeps the places of the first.
    /// </summary>
    private MentionRecognizer PlaceRecognizer => new([.. Recognizer.Sources.Where(s => s is PlaceMentionSource)]);

    /// <summary>The findings among <paramref name="claims"/>, compared within their <paramref name="stories"/>.</summary>
    public ImmutableArray<Finding> Compare(ImmutableArray<NormalizedClaim> claims, StoryMap stories) => Comparer.Compare(Aligner.Align(claims, stories));

    /// <summary>The stages for <paramref name="options"/>: its kinds, configuration and inputs; or the user's first mistake in them.</summary>
    public static (CheckStages? Stages, UserError? Error) Build(CheckOptions options)
    {
        var builder = new CheckPipelineBuilder();
        foreach (var kind in options.Kinds) builder.Add(kind);
        return builder.Build(options);
    }
}
