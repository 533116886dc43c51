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

    // Each thread counts source after source in the same table: allocating a new one for each source cost more than the
    // rest of the profile together.
    [ThreadStatic]
    private static FeatureCounts? countsOfThread;

    /// <summary>
    /// The profile of <paramref name="source"/> from its sentences and the place mentions found in them: those of its
    /// <see cref="Lead"/> are enough.
    /// </summary>
    public static StoryProfile Profile(SourceDocument source, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions)
    {
        // The one place the stories stage reads a source's language.
        var analyzer = TextAnalyzer.For(source.Language);
        sentences = Lead(sentences);
        var texts = new string[sentences.Length];
        var names = new ImmutableArray<EntityName>[sentences.Length];
        // "Facebook a racheté…": a single word opening a sentence is a name when the source capitalises it elsewhere too.
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Length; s++)
        {
            texts[s] = sentences[s].Text;
            names[s] = analyzer.Entities(texts[s]);
            foreach (var name in names[s])
                if (!IsInDoubt(name)) named.Add(name.Key);
        }

        var counts = countsOfThread ??= new FeatureCounts();
        counts.Clear();
        var places = new SentencePlaces(mentions);
        var accepted = new List<EntityName>();
        var terms = new List<Term>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var text = texts[s];
            var inSentence = places.Of(sentences[s]);
            var from = sentences[s].Start == 0 ? Dateline.End(text) : 0;
            accepted.Clear();
            foreach (var name in names[s])
                if (name.Start >= from && (!IsInDoubt(name) || named.Contains(name.Key))) accepted.Add(name);
            terms.Clear();
            analyzer.Terms(text, terms);
            foreach (var term in terms)
                if (term.Start >= from && !Within(accepted, term.Start, term.End)) counts.Add(StoryFeatureKind.Term, term.Key, term.Word);
            foreach (var place in inSentence)
                if (place.Start >= from) counts.Add(StoryFeatureKind.Place, place.Place.Id, place.Place.Name);
            foreach (var name in accepted) AddName(analyzer, counts, name, Overlaps(inSentence, name));
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
        var words = 0;
        foreach (var word in name.Words)
            if (Names(analyzer, word)) words++;
        if (words == 0) return;
        counts.Add(StoryFeatureKind.Name, name.Key, name.Text);
        if (name.Words.Length == 1 || isPlace) return;
        foreach (var word in name.Words)
            if (Names(analyzer, word)) counts.Add(StoryFeatureKind.Name, TextAnalyzer.Fold(word), word);
    }

    private static bool Names(TextAnalyzer analyzer, string word) => word.Length > 1 && !analyzer.IsStopWord(word);

    /// <summary>The place mentions of each sentence, asked for in reading order: mentions come sorted in that order.</summary>
    private sealed class SentencePlaces(ImmutableArray<Mention> mentions)
    {
        private readonly List<PlaceMention> places = [.. mentions.OfType<PlaceMention>()];
        private readonly List<PlaceMention> current = [];
        private int next;

        public List<PlaceMention> Of(Sentence sentence)
        {
            current.Clear();
            while (next < places.Count && ReferenceEquals(places[next].Sentence, sentence)) current.Add(places[next++]);
            return current;
        }
    }
}
