using System.Collections.Immutable;
using System.Runtime.InteropServices;

using FactCheck.Languages;
using FactCheck.Sources;

namespace FactCheck.Stories;

/// <summary>
/// The profiles of a run as TF-IDF vectors. Each feature gets a number and a document frequency (how many sources have
/// it); a source's weight for it is (1 + ln count) × idf², squared so that the rare names and words two articles about
/// one event share outweigh the many common ones any two articles share. Two vectors a source: every feature, for
/// sources in the same language, and names and places only, for sources in different languages (their words do not
/// match, their names do).
/// </summary>
internal sealed class FeatureSpace
{
    // The idf of a run of N sources is ln((N + B) / (df + B·p)): B imaginary background sources in which a feature of
    // its kind occurs with probability p. In a run of three files about one event every shared word has df = N, and a
    // plain ln(N/df) would weigh their common name at zero; in a run of thousands B fades and the run's own counts decide.
    private const double BackgroundSources = 50;
    // A feature in more than 1% of a large run ("shr", "vs", "cts" of wire earnings notices, "coronavirus" in 2020) tells
    // no story from another and weighs nothing; a small run has no such features.
    private const double GenericShare = 0.01;
    private const int GenericLeast = 20;
    // The shared features of most weight that find a source's candidate pairs: a feature in more sources than
    // CommonFeature pairs none by itself, since it would pair hundreds of sources and weighs little anyway.
    private const int StrongestKept = 24;
    private const int CommonFeature = 32;

    // The features' tables: names, places, then the terms of each language (TermTable), each numbering its keys apart
    // (0, 1, 2… in the order the sources first name them) on its own core; then one pass in source order gives each its
    // number in the run, the same as when one table after the other numbered them.
    private const int NameTable = 0;
    private const int PlaceTable = 1;
    private const int TermTable = 2;
    private readonly List<Dictionary<string, int>> tables = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly List<LanguagePack> termLanguages = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] lookups = [];
    // The run's number of each table's numbers.
    private int[][] numbers = [];
    private readonly List<StoryFeatureKind> kinds = [];
    // The languages of the sources that write each one-word name (by the name's number in its table), as bits of the
    // language's index in languages, so that a name is compared with the words of those languages only; 0 for a name of
    // several words. A list by number, not a dictionary: every name is numbered in order, so each new one comes last.
    private readonly List<int> nameLanguages = [];
    private readonly List<LanguagePack> languages = [];
    // Source s's features are at first[s]..first[s + 1] of ids (their numbers) and weights, in the order of its profile.
    private readonly int[] first;
    private readonly int[] ids;
    private readonly double[] weights;

    public FeatureSpace(ImmutableArray<StoryProfile> profiles, ParallelOptions? parallel = null)
    {
        parallel = Cores.For(parallel, profiles.Length);
        first = new int[profiles.Length + 1];
        for (var s = 0; s < profiles.Length; s++) first[s + 1] = first[s] + profiles[s].Features.Length;
        ids = Number(profiles, parallel);
        Frequency = new int[kinds.Count];
        foreach (var id in ids) Frequency[id]++;
        AsCommonAsTheWord();
        Idf = new double[kinds.Count];
        for (var id = 0; id < kinds.Count; id++)
            Idf[id] = Math.Log((profiles.Length + BackgroundSources) / (Frequency[id] + BackgroundSources * Prior(kinds[id])));

        var generic = Math.Max(GenericLeast, GenericShare * profiles.Length);
        weights = new double[ids.Length];
        Parallel.For(0, profiles.Length, parallel, s =>
        {
            var features = profiles[s].Features;
            for (var k = 0; k < features.Length; k++)
            {
                var id = ids[first[s] + k];
                weights[first[s] + k] = Frequency[id] > generic ? 0 : (1 + Math.Log(features.CountAt(k))) * Idf[id] * Idf[id];
            }
        });
        // Every source is taken to hold one more feature, as rare as any, that it shares with no other: a notice of three
        // words that shares one of them with another is not two thirds of the way to being its story.
        var unseen = Math.Pow(Math.Log(profiles.Length + BackgroundSources), 2);
        All = SparseVectors.Normalized(first, ids, weights, static _ => true, unseen, parallel);
        Shared = SparseVectors.Normalized(first, ids, weights, id => kinds[id] != StoryFeatureKind.Term, unseen, parallel);
        Strongest = new int[profiles.Length][];
        Parallel.For(0, profiles.Length, parallel, s =>
            Strongest[s] = Heaviest(ids.AsSpan(first[s]..first[s + 1]), weights.AsSpan(first[s]..first[s + 1]), Frequency));
    }

    /// <summary>How many sources have each feature.</summary>
    public int[] Frequency { get; }

    /// <summary>The idf of each feature.</summary>
    public double[] Idf { get; }

    /// <summary>
    /// Each source's features of most weight among those it shares with a few other sources (2 to 32), strongest first:
    /// the ones that find its candidate pairs.
    /// </summary>
    public int[][] Strongest { get; }

    /// <summary>Each source's unit vector over every feature.</summary>
    public SparseVectors All { get; }

    /// <summary>Each source's unit vector over its names and places, the features every language shares.</summary>
    public SparseVectors Shared { get; }

    /// <summary>The number of the <paramref name="k"/>th feature of <paramref name="source"/>'s profile.</summary>
    public int FeatureId(int source, int k) => ids[first[source] + k];

    /// <summary>The weight of the <paramref name="k"/>th feature of <paramref name="source"/>: 0 for a feature too common.</summary>
    public double Weight(int source, int k) => weights[first[source] + k];

    /// <summary>How likely a feature of the kind is in any news text: a name or a place is rarer than a word.</summary>
    private static double Prior(StoryFeatureKind kind) => kind switch
    {
        StoryFeatureKind.Term => 0.05,
        StoryFeatureKind.Place => 0.02,
        _ => 0.01,
    };

    /// <summary>
    /// A one-word name that the run also writes as a common word ("Oper" and "Net" heading the lines of wire earnings
    /// tables, "Today" opening a paragraph) is as common as that word: the capital does not make it rare.
    /// </summary>
    private void AsCommonAsTheWord()
    {
        foreach (var (key, number) in tables[NameTable])
        {
            var mask = number < nameLanguages.Count ? nameLanguages[number] : 0;
            if (mask == 0) continue;
            var id = numbers[NameTable][number];
            for (var index = 0; index < languages.Count; index++)
                if ((mask & (1 << Math.Min(index, 31))) != 0 && termLanguages.IndexOf(languages[index]) is var terms and >= 0
                    && tables[TermTable + terms].TryGetValue(Analysis.TextAnalyzer.For(languages[index]).Stem(key), out var word))
                    Frequency[id] = Math.Max(Frequency[id], Frequency[numbers[TermTable + terms][word]]);
        }
    }

    /// <summary>
    /// The number of each feature of each source: a term is numbered within its language, a name or a place across
    /// languages, each new feature after those before it in source order.
    /// </summary>
    private int[] Number(ImmutableArray<StoryProfile> profiles, ParallelOptions parallel)
    {
        var termTableOf = new int[profiles.Length];
        // Where each source's names and its places start among its features: a profile is sorted by kind (terms, names,
        // places), so each table reads one run of it. Each table's thread read every feature's kind to find its own, five
        // walks over all the profiles' features for one (0.5 % of a check of the bench corpus, perf of the AOT build).
        var (namesFrom, placesFrom) = (new int[profiles.Length], new int[profiles.Length]);
        var inKindOrder = true;
        for (var s = 0; s < profiles.Length; s++)
        {
            var language = termLanguages.IndexOf(profiles[s].Language);
            if (language < 0)
            {
                language = termLanguages.Count;
                termLanguages.Add(profiles[s].Language);
                tables.Add(new(StringComparer.Ordinal));
            }
            termTableOf[s] = TermTable + language;
            var features = profiles[s].Features;
            var k = 0;
            while (k < features.Length && features.KindAt(k) == StoryFeatureKind.Term) k++;
            namesFrom[s] = k;
            while (k < features.Length && features.KindAt(k) == StoryFeatureKind.Name) k++;
            placesFrom[s] = k;
            while (k < features.Length && features.KindAt(k) == StoryFeatureKind.Place) k++;
            // A profile made otherwise than by the profiler (a test's) may hold its kinds in another order: read whole.
            inKindOrder &= k == features.Length;
        }
        var inTable = new int[first[^1]];
        // Each table's look-up by characters, taken once, not at each feature (a type test of its comparer each time).
        lookups = [.. tables.Select(table => table.GetAlternateLookup<ReadOnlySpan<char>>())];
        // Each source's features are written by the one table they belong to: the result is the same whatever the threads.
        Parallel.For(0, tables.Count, parallel, t =>
        {
            for (var s = 0; s < profiles.Length; s++)
            {
                if (t >= TermTable && termTableOf[s] != t) continue;
                var features = profiles[s].Features;
                var (from, to) = !inKindOrder ? (0, features.Length) : t switch
                {
                    NameTable => (namesFrom[s], placesFrom[s]),
                    PlaceTable => (placesFrom[s], features.Length),
                    _ => (0, namesFrom[s]),
                };
                for (var k = from; k < to; k++)
                    if (inKindOrder || TableOf(features.KindAt(k), termTableOf[s]) == t) inTable[first[s] + k] = NumberInTable(t, profiles[s].Language, features.KeyAt(k));
            }
        });
        numbers = [.. tables.Select(table => Enumerable.Repeat(-1, table.Count).ToArray())];
        // Each feature's number in its table becomes its number in the run, in place: a second array as long (a few MB on
        // a large run) is not needed.
        for (var s = 0; s < profiles.Length; s++)
        {
            var features = profiles[s].Features;
            for (var k = 0; k < features.Length; k++)
            {
                ref var id = ref numbers[TableOf(features.KindAt(k), termTableOf[s])][inTable[first[s] + k]];
                if (id < 0)
                {
                    id = kinds.Count;
                    kinds.Add(features.KindAt(k));
                }
                inTable[first[s] + k] = id;
            }
        }
        return inTable;
    }

    private static int TableOf(StoryFeatureKind kind, int termTable) => kind switch
    {
        StoryFeatureKind.Term => termTable,
        StoryFeatureKind.Name => NameTable,
        _ => PlaceTable,
    };

    /// <summary>The number of the feature of <paramref name="key"/> in table <paramref name="t"/>; a one-word name notes its language.</summary>
    private int NumberInTable(int t, LanguagePack language, ReadOnlySpan<char> key)
    {
        var table = lookups[t];
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(table, key, out var known);
        if (!known) number = table.Dictionary.Count - 1;
        if (t == NameTable && !key.Contains(' '))
        {
            var index = languages.IndexOf(language);
            if (index < 0)
            {
                index = languages.Count;
                languages.Add(language);
            }
            while (nameLanguages.Count <= number) nameLanguages.Add(0);
            nameLanguages[number] |= 1 << Math.Min(index, 31);
        }
        return number;
    }

    /// <summary>
    /// The features of most weight that few other sources share, heaviest first, then by number (a source's numbers
    /// differ, so the order is total): sorted by insertion, a profile has at most a few dozen.
    /// </summary>
    private static int[] Heaviest(ReadOnlySpan<int> ids, ReadOnlySpan<double> weights, int[] frequency)
    {
        Span<int> order = ids.Length <= 256 ? stackalloc int[ids.Length] : new int[ids.Length];
        var count = 0;
        for (var k = 0; k < ids.Length; k++)
        {
            if (!(weights[k] > 0 && frequency[ids[k]] is > 1 and <= CommonFeature)) continue;
            var at = count++;
            for (; at > 0 && Heavier(ids, weights, k, order[at - 1]); at--) order[at] = order[at - 1];
            order[at] = k;
        }
        var strongest = new int[Math.Min(count, StrongestKept)];
        for (var n = 0; n < strongest.Length; n++) strongest[n] = ids[order[n]];
        return strongest;

        static bool Heavier(ReadOnlySpan<int> ids, ReadOnlySpan<double> weights, int x, int y) =>
            weights[x] > weights[y] || (weights[x] == weights[y] && ids[x] < ids[y]);
    }
}
