using System.Collections.Immutable;
using FactCheck.Alignment;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Frames;
using FactCheck.Inputs;
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
    public static CheckStages Default { get; } = Build(new CheckOptions([], "")).Stages
        ?? throw new InvalidOperationException("The built-in kinds do not build.");

    /// <summary>
    /// Reads sources already loaded as a check reads files (split, recognize, bind, frame), groups them into stories and
    /// normalizes their claims: what a caller with texts in memory checks, and what tests run.
    /// </summary>
    public (ImmutableArray<NormalizedClaim> Claims, StoryMap Stories) Read(IEnumerable<SourceDocument> sources, StoryMode stories = StoryMode.Grouped)
    {
        var documents = sources.ToImmutableArray();
        var framed = ImmutableArray.CreateBuilder<FramedClaim>();
        var profiles = ImmutableArray.CreateBuilder<StoryProfile>();
        foreach (var source in documents)
        {
            var sentences = SentenceSplitter.Default.Split(source);
            var mentions = Recognizer.Recognize(sentences);
            framed.AddRange(Frames.Read(Binder.Bind(mentions)));
            profiles.Add(StoryProfiler.Profile(source, sentences, mentions));
        }
        var map = new StoryGrouper(stories).Group(profiles.ToImmutable());
        return (Normalizer.Normalize(framed.ToImmutable(), new NormalizationContext(documents, map)), map);
    }

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
