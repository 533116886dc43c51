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
    // A name's words whose reading AddName keeps between its two loops: names are rarely longer.
    private const int MostWordsKept = 16;

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
        var (names, firstNames, named, accepted, terms, counts, places) = (scratch.Names, scratch.FirstNames, scratch.Named, scratch.Accepted, scratch.Terms, scratch.Counts, scratch.Places);
        names.Clear();
        firstNames.Clear();
        named.Clear();
        counts.Clear();
        places.Start(mentions);
        // "Facebook a racheté…": a single word opening a sentence is a name when the source capitalises it elsewhere too.
        // The names of all the lead's sentences in one list, each sentence's from firstNames[s] on: an array of them a sentence
        // was made to be read once more below.
        for (var s = 0; s < sentences.Length; s++)
        {
            firstNames.Add(names.Count);
            analyzer.Entities(sentences[s].Text, names);
            for (var n = firstNames[s]; n < names.Count; n++)
                if (!IsInDoubt(names[n])) named.Add(names[n].Key);
        }
        firstNames.Add(names.Count);

        for (var s = 0; s < sentences.Length; s++)
        {
            var text = sentences[s].Text;
            var inSentence = places.Of(sentences[s]);
            var from = sentences[s].Start == 0 ? Dateline.End(text) : 0;
            accepted.Clear();
            for (var n = firstNames[s]; n < firstNames[s + 1]; n++)
                if (names[n] is var name && name.Start >= from && (!IsInDoubt(name) || named.Contains(name.Key))) accepted.Add(name);
            terms.Clear();
            analyzer.Terms(text, terms);
            foreach (var term in terms)
                if (term.Start >= from && !Within(accepted, term.Start, term.End)) counts.Add(StoryFeatureKind.Term, term.Key, term.Word);
            foreach (var place in inSentence)
                if (place.Start >= from) counts.Add(StoryFeatureKind.Place, place.Place.Id, place.Place.Name);
            foreach (var name in accepted) AddName(analyzer, counts, name, Overlaps(inSentence, name));
        }
        return new StoryProfile(source.Id, source.Language, source.Date, source.Role, StoryFeatures.Of(counts.MostFrequent(KeptFeatures)));
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

    private static bool IsInDoubt(EntityName name) => name.AtSentenceStart && name.Words.Length == 1;

    private static bool Within(List<EntityName> names, int start, int end)
    {
        foreach (var name in names)
            if (name.Start <= start && end <= name.End) return true;
        return false;
    }

    private static bool Overlaps(List<PlaceMention> places, EntityName name)
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
    private static void AddName(TextAnalyzer analyzer, FeatureCounts counts, EntityName name, bool isPlace)
    {
        // Each word is asked once: the answers are kept for the second loop (names of more words than this are asked again).
        Span<bool> naming = stackalloc bool[Math.Min(name.Words.Length, MostWordsKept)];
        var words = 0;
        for (var w = 0; w < name.Words.Length; w++)
        {
            var names = Names(analyzer, name.Words[w]);
            if (w < naming.Length) naming[w] = names;
            if (names) words++;
        }
        if (words == 0) return;
        counts.Add(StoryFeatureKind.Name, name.Key, name.Text);
        if (name.Words.Length == 1 || isPlace) return;
        for (var w = 0; w < name.Words.Length; w++)
            if (w < naming.Length ? naming[w] : Names(analyzer, name.Words[w])) AddWord(counts, name.Words[w]);
    }

    // A name's word longer than this is folded as a string.
    private const int LongestWordOnStack = 64;

    /// <summary>
    /// Counts one word of a name by its folded form, folded on the stack: the table makes the key string only for a word
    /// the source has not named yet, where folding it as a string made one at each of its names.
    /// </summary>
    private static void AddWord(FeatureCounts counts, string word)
    {
        Span<char> folded = stackalloc char[LongestWordOnStack];
        if (WordFolding.TryFold(word, folded, out var length)) counts.Add(StoryFeatureKind.Name, folded[..length], word);
        else counts.Add(StoryFeatureKind.Name, TextAnalyzer.Fold(word), word);
    }

    private static bool Names(TextAnalyzer analyzer, string word) => word.Length > 1 && !analyzer.IsStopWord(word);

    /// <summary>What a thread reads profiles with, source after source.</summary>
    private sealed class Scratch
    {
        public List<EntityName> Names { get; } = [];

        public List<int> FirstNames { get; } = [];
        public HashSet<string> Named { get; } = new(StringComparer.Ordinal);
        public List<EntityName> Accepted { get; } = [];
        public List<Term> Terms { get; } = [];
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
