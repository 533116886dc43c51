using System.Collections.Frozen;
using FactCheck.Analysis;
using FactCheck.Frames;
using FactCheck.Normalization;

namespace FactCheck.Alignment;

/// <summary>
/// A claim as alignment scores it: its frame, its source, and the content words of its clause other than its own and its
/// measure's (stems in its language, names folded), read only for claims that have a partner to be scored with.
/// </summary>
internal sealed class AlignedClaim(NormalizedClaim claim)
{
    // Shared defaults: a Lazy made with its value never changes, and three new ones a claim, replaced at once by the
    // story's, were 34 MB over the 30 MB file.
    private static readonly Lazy<FrozenSet<string>> NoWords = new(FrozenSet<string>.Empty);
    private static readonly Lazy<StorySides> NoSides = new(Alignment.StorySides.None);

    private HashSet<string>? context;

    public NormalizedClaim Claim { get; } = claim;

    public ClaimFrame Frame => Claim.Frame;

    public string Source => Claim.SourceId;

    public string Language => Claim.Claim.Mention.Sentence.Source.Language.Code;

    /// <summary>True when this claim is its source's only one in its block: the story's one figure for that measure.</summary>
    public bool Alone { get; set; }

    /// <summary>The names of the story's own entity (<see cref="StoryEntity.Words"/>): whose once-only events are the story's.</summary>
    public Lazy<FrozenSet<string>> StoryWords { get; init; } = NoWords;

    /// <summary>The rounds the story names (<see cref="StoryRounds.Of"/>): whether a figure with no round can be of a named one.</summary>
    public Lazy<FrozenSet<string>> StoryRounds { get; init; } = NoWords;

    /// <summary>The sides of the story's contest (<see cref="Alignment.StorySides"/>): whose a vote share that names no side is.</summary>
    public Lazy<StorySides> StorySides { get; init; } = NoSides;

    /// <summary>Whose measure the claim states: its frame's holder, or the story's side for a share that names none.</summary>
    public FrameHolder? Holder => StorySides.Value.HolderOf(Claim);

    /// <summary>The content words of the claim's clause, stemmed, without the claim's own words and its measure word.</summary>
    public IReadOnlySet<string> Context => context ??= Read();

    // A HashSet, not a frozen one: each set is read by the few pairs of one block, far fewer look-ups than freezing costs.
    private HashSet<string> Read()
    {
        var mention = Claim.Claim.Mention;
        var text = mention.Sentence.Text;
        var (from, to) = SentenceReading.Clause(text, mention.Start, mention.End);
        var analyzer = TextAnalyzer.For(mention.Sentence.Source.Language);
        var measure = Frame.Measure?.Written is { } written ? analyzer.Terms(written).Select(t => t.Key).ToHashSet(StringComparer.Ordinal) : [];
        return analyzer.Terms(text[from..to])
            .Where(t => t.End + from <= mention.Start || t.Start + from >= mention.End)
            .Select(t => t.Key).Where(k => !measure.Contains(k)).ToHashSet(StringComparer.Ordinal);
    }
}
