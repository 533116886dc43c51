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
    // The terms are read into a list of the thread, the measure's first, and kept in loops: the analyzer's array of terms and
    // a set of the measure's few keys a claim, with the filters' delegates, were a third of what reading a context cost.
    private HashSet<string> Read()
    {
        var mention = Claim.Claim.Mention;
        var text = mention.Sentence.Text;
        var (from, to) = SentenceReading.Clause(text, mention.Start, mention.End);
        var analyzer = TextAnalyzer.For(mention.Sentence.Source.Language);
        var terms = termsOfThread ?? [];
        termsOfThread = null;
        terms.Clear();
        if (Frame.Measure?.Written is { } written) analyzer.Terms(written, terms);
        var measure = terms.Count;
        analyzer.Terms(text[from..to], terms);
        var context = new HashSet<string>(StringComparer.Ordinal);
        for (var i = measure; i < terms.Count; i++)
        {
            var term = terms[i];
            if ((term.End + from <= mention.Start || term.Start + from >= mention.End) && !IsMeasure(terms, measure, term.Key)) context.Add(term.Key);
        }
        terms.Clear();
        if (terms.Capacity <= LongestKept) termsOfThread = terms;
        return context;
    }

    /// <summary>True when one of the first <paramref name="count"/> terms, the measure's, has the key <paramref name="key"/>.</summary>
    private static bool IsMeasure(List<Term> terms, int count, string key)
    {
        for (var i = 0; i < count; i++)
            if (string.Equals(terms[i].Key, key, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Past this many terms the thread lets its list go: a clause of a huge table would hold on to it.</summary>
    private const int LongestKept = 4096;

    /// <summary>The thread's list of terms, taken while a context is read (none is read inside another).</summary>
    [ThreadStatic]
    private static List<Term>? termsOfThread;
}
