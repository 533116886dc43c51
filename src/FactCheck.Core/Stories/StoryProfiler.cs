using System.Collections.Immutable;
using FactCheck.Analysis;
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

    private sealed record Read(Sentence Sentence, string Text, ImmutableArray<Term> Terms, ImmutableArray<EntityName> Names, List<PlaceMention> Places);

    /// <summary>The profile of <paramref name="source"/> from its sentences and the place mentions found in them.</summary>
    public static StoryProfile Profile(SourceDocument source, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions)
    {
        // The one place the stories stage reads a source's language.
        var analyzer = TextAnalyzer.For(source.Language);
        var places = mentions.OfType<PlaceMention>().ToLookup(m => m.Sentence);
        var read = sentences.Select(s => s.Text is var text ? new Read(s, text, analyzer.Terms(text), analyzer.Entities(text), [.. places[s]]) : null!).ToList();
        // "Facebook a racheté…": a single word opening a sentence is a name when the source capitalises it elsewhere too.
        var named = read.SelectMany(r => r.Names).Where(n => !IsInDoubt(n)).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);

        var counts = new FeatureCounts();
        foreach (var (sentence, text, terms, names, placesRead) in read)
        {
            var from = sentence.Start == 0 ? Dateline.End(text) : 0;
            var accepted = names.Where(n => n.Start >= from && (!IsInDoubt(n) || named.Contains(n.Key))).ToList();
            foreach (var term in terms)
                if (term.Start >= from && !accepted.Exists(n => n.Start <= term.Start && term.End <= n.End)) counts.Add(StoryFeatureKind.Term, term.Key, term.Word);
            foreach (var place in placesRead)
                if (place.Start >= from) counts.Add(StoryFeatureKind.Place, place.Place.Id, place.Place.Name);
            foreach (var name in accepted) AddName(analyzer, counts, name, placesRead.Exists(p => p.Start < name.End && name.Start < p.End));
        }
        return new StoryProfile(source.Id, source.Language, source.Date, source.Role, counts.MostFrequent(KeptFeatures));
    }

    private static bool IsInDoubt(EntityName name) => name.AtSentenceStart && name.Words.Length == 1;

    /// <summary>
    /// Counts a name, and the words of a longer name, so that "Lagerfeld" alone matches "Karl Lagerfeld". A place the
    /// gazetteer read keeps its name (the gazetteer may read one source's "San José" as another place than the other's)
    /// but not its words. A word that is a stop word ("Celle-ci", "Depuis" in a heading) or a letter ("U.K.") names nothing.
    /// </summary>
    private static void AddName(TextAnalyzer analyzer, FeatureCounts counts, EntityName name, bool isPlace)
    {
        var words = name.Words.Where(w => w.Length > 1 && !analyzer.IsStopWord(w)).ToList();
        if (words.Count == 0) return;
        counts.Add(StoryFeatureKind.Name, name.Key, name.Text);
        if (name.Words.Length == 1 || isPlace) return;
        foreach (var word in words) counts.Add(StoryFeatureKind.Name, TextAnalyzer.Fold(word), word);
    }
}
