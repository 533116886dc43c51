using System.Collections.Immutable;
using FactCheck.Analysis;
using FactCheck.Kinds.Place;
using FactCheck.Mentions;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Stories;

/// <summary>
/// Reads a source's profile while its sentences and mentions are at hand: the stems of its content words, the names it
/// capitalises and the places it names, counted. Only the most frequent are kept, so profiles of a large run stay small.
/// Each thing named counts once in one form: a name's words are not also counted as words, and a place the gazetteer
/// knows is not also counted by the words of its name, so a name shared by two sources is one shared feature, not five.
/// </summary>
public static class StoryProfiler
{
    // Enough to tell a story's names and words from the rest; the profiles of 29,151 news files hold about 100 MB.
    private const int KeptFeatures = 64;
    private const int LeadCharacters = 2000;
    // Past this many terms a thread lets its list go (a lead of 2,000 characters has about 200).
    private const int TermsKept = 4096;

    // Each thread counts source after source in the same table: allocating a new one for each source cost more than the
    // rest of the profile together. The lists a profile is read with are reused alike: grown for each source, they were a
    // third of what profiles allocated.
    [ThreadStatic]
    private static Scratch? scratchOfThread;

    /// <summary>
    /// The profile of <paramref name="source"/> from its sentences and the place mentions found in them: those of its
    /// <see cref="Lead"/> are enough.
    /// </summary>
    public static StoryProfile Profile(SourceDocument source, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions)
    {
        // The one place the stories stage reads a source's language.
        var analyzer = TextAnalyzer.For(source.Language);
        sentences = Lead(sentences);
        var scratch = scratchOfThread ??= new Scratch();
        var (read, firstNames, named, accepted, terms, firstTerms, counts, places) =
            (scratch.Names, scratch.FirstNames, scratch.Named, scratch.Accepted, scratch.Terms, scratch.FirstTerms, scratch.Counts, scratch.Places);
        var names = read.Names;
        read.Clear();
        firstNames.Clear();
        terms.Clear();
        // A huge lead's terms (a table read as one sentence) are not held for the rest of the run.
        if (terms.Capacity > TermsKept) terms.Capacity = 0;
        firstTerms.Clear();
        scratch.Named.Clear();
        counts.Clear();
        places.Start(mentions);
        // "Facebook a racheté…": a single word opening a sentence is a name when the source capitalises it elsewhere too.
        // The names of all the lead's sentences in one list, each sentence's from firstNames[s] on: an array of them a sentence
        // was made to be read once more below. The terms alike, read with the names so that the names take their words'
        // look-ups from them.
        for (var s = 0; s < sentences.Length; s++)
        {
            firstNames.Add(names.Count);
            firstTerms.Add(terms.Count);
            analyzer.TermsAndEntities(sentences[s].Text, terms, read);
            for (var n = firstNames[s]; n < names.Count; n++)
                if (!IsInDoubt(names[n])) named.Add(read.KeyOf(names[n]), out _);
        }
        firstNames.Add(names.Count);
        firstTerms.Add(terms.Count);

        for (var s = 0; s < sentences.Length; s++)
        {
            var text = sentences[s].Text;
            var inSentence = places.Of(sentences[s]);
            var from = sentences[s].Start == 0 ? Dateline.End(text) : 0;
            accepted.Clear();
            for (var n = firstNames[s]; n < firstNames[s + 1]; n++)
                if (names[n] is var name && name.Start >= from && (!IsInDoubt(name) || named.IndexOf(read.KeyOf(name)) >= 0)) accepted.Add(name);
            // A term inside an accepted name is counted as the name's. A sentence's names are in order and apart, as its terms
            // are: the only name that may hold a term is the first that does not end before it, so one walk over both does
            // what a search of the names for each term did.
            var holder = 0;
            for (var t = firstTerms[s]; t < firstTerms[s + 1]; t++)
            {
                var term = terms[t];
                if (term.Start < from) continue;
                while (holder < accepted.Count && accepted[holder].End < term.End) holder++;
                if (holder < accepted.Count && accepted[holder].Start <= term.Start) continue;
                counts.AddTerm(term.Key, term.KeyHash, term.Word);
            }
            foreach (var place in inSentence)
                if (place.Start >= from) counts.Add(StoryFeatureKind.Place, place.Place.Id, place.Place.Name);
            foreach (var name in accepted) AddName(counts, read, text, name, Overlaps(inSentence, name));
        }
        return new StoryProfile(source.Id, source.Language, source.Date, source.Role, counts.MostFrequent(KeptFeatures));
    }

    /// <summary>
    /// The sentences a profile reads: a story is told by its lead, whose first sentences name who, where and what; reading
    /// the rest would cost as much again on long articles for names the lead already gave.
    /// </summary>
    public static ImmutableArray<Sentence> Lead(ImmutableArray<Sentence> sentences)
    {
        var (read, length) = (0, 0);
        for (; read < sentences.Length && length < LeadCharacters; read++) length += sentences[read].End - sentences[read].Start;
        return sentences[..read];
    }

    private static bool IsInDoubt(NameSpan name) => name.AtSentenceStart && name.WordCount == 1;

    private static bool Overlaps(List<PlaceMention> places, NameSpan name)
    {
        foreach (var place in places)
            if (place.Start < name.End && name.Start < place.End) return true;
        return false;
    }

    /// <summary>
    /// Counts a name, and the words of a longer name, so that "Lagerfeld" alone matches "Karl Lagerfeld". A place the
    /// gazetteer read keeps its name (the gazetteer may read one source's "San José" as another place than the other's)
    /// but not its words. A word that is a stop word ("Celle-ci", "Depuis" in a heading) or a letter ("U.K.") names nothing.
    /// </summary>
    /// <remarks>
    /// Counted from the sentence's characters and the facts the name's reader found for each word: an
    /// <see cref="EntityName"/> a name, and each word asked again whether it is a stop word, were a third of the names'
    /// share of a profile.
    /// </remarks>
    private static void AddName(FeatureCounts counts, NamesRead read, string sentence, NameSpan name, bool isPlace)
    {
        var words = read.WordsOf(name);
        var naming = false;
        foreach (var word in words) naming |= Names(word);
        if (!naming) return;
        counts.AddName(read.KeyOf(name), sentence.AsSpan(name.Start, name.End - name.Start));
        if (words.Length == 1 || isPlace) return;
        foreach (var word in words)
            if (Names(word)) AddWord(counts, sentence.AsSpan(word.Start, word.End - word.Start));
    }

    // A name's word longer than this is folded as a string.
    private const int LongestWordOnStack = 64;

    /// <summary>
    /// Counts one word of a name by its folded form, folded on the stack: the counts keep its characters, where folding it
    /// as a string made one at each of its names.
    /// </summary>
    private static void AddWord(FeatureCounts counts, ReadOnlySpan<char> word)
    {
        Span<char> folded = stackalloc char[LongestWordOnStack];
        if (WordFolding.TryFold(word, folded, out var length)) counts.AddName(folded[..length], word);
        else counts.AddName(TextAnalyzer.Fold(word.ToString()), word);
    }

    /// <summary>A word of a name names something unless it is a letter ("U.K.") or a stop word (<see cref="TextAnalyzer.IsStopWord"/>).</summary>
    private static bool Names(NameWordSpan word) => word.End - word.Start > 1 && word.Facts is not { Stop: true };

    /// <summary>What a thread reads profiles with, source after source.</summary>
    private sealed class Scratch
    {
        public NamesRead Names { get; } = new();

        public List<int> FirstNames { get; } = [];
        // The keys of the names not in doubt, as characters: a set of strings made a string for each (11.9 MB on the bench
        // corpus, allocation ticks of the JIT build).
        public SpanKeys Named { get; } = new();
        public List<NameSpan> Accepted { get; } = [];
        public List<Term> Terms { get; } = [];
        public List<int> FirstTerms { get; } = [];
        public FeatureCounts Counts { get; } = new();
        public SentencePlaces Places { get; } = new();
    }

    /// <summary>The place mentions of each sentence, asked for in reading order: mentions come sorted in that order.</summary>
    private sealed class SentencePlaces
    {
        private readonly List<PlaceMention> places = [];
        private readonly List<PlaceMention> current = [];
        private int next;

        /// <summary>Starts on the mentions of another source.</summary>
        public void Start(ImmutableArray<Mention> mentions)
        {
            places.Clear();
            foreach (var mention in mentions)
                if (mention is PlaceMention place) places.Add(place);
            next = 0;
        }

        public List<PlaceMention> Of(Sentence sentence)
        {
            current.Clear();
            while (next < places.Count && ReferenceEquals(places[next].Sentence, sentence)) current.Add(places[next++]);
            return current;
        }
    }
}
