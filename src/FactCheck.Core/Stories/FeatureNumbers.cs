using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Languages;

namespace FactCheck.Stories;

/// <summary>
/// The number of each feature of a run's profiles: a term is numbered within its language, a name or a place across
/// languages, each new feature after those before it in source order. The keys are first numbered apart in parts (the
/// names, the places and each language's terms, each table cut in shards by its keys), each part on whichever core is
/// free and reading only its own features; then one pass in source order gives each key its number in the run, the same
/// as when one table numbered them all, whatever the threads.
/// </summary>
internal sealed class FeatureNumbers
{
    // Enough parts for two cores to share the work evenly: the names alone are half the features of a news run.
    private const int Shards = 4;
    private const int NameTable = 0;
    private const int PlaceTable = 1;
    private const int TermTable = 2;

    private readonly Dictionary<string, int>[] parts;
    // The languages of the sources that write each one-word name (by its number in its part), as bits of the language's
    // index in languages, so that a name is compared with the words of those languages only.
    private readonly List<int>[] nameLanguages;
    private readonly List<LanguagePack> termLanguages = [];
    private readonly List<LanguagePack> languages = [];
    // The run's number of each part's numbers.
    private readonly int[][] numbers;

    /// <summary>Numbers the features of <paramref name="profiles"/>; source s's are at <paramref name="first"/>[s]..<paramref name="first"/>[s + 1].</summary>
    public FeatureNumbers(ImmutableArray<StoryProfile> profiles, int[] first, ParallelOptions parallel)
    {
        var termTableOf = new int[profiles.Length];
        for (var s = 0; s < profiles.Length; s++)
        {
            var language = termLanguages.IndexOf(profiles[s].Language);
            if (language < 0)
            {
                language = termLanguages.Count;
                termLanguages.Add(profiles[s].Language);
            }
            termTableOf[s] = TermTable + language;
        }
        parts = [.. Enumerable.Range(0, (TermTable + termLanguages.Count) * Shards).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        nameLanguages = [.. Enumerable.Range(0, Shards).Select(_ => new List<int>())];

        var features = first[^1];
        var partOf = new int[features];
        var oneWordName = new bool[profiles.Length];
        Parallel.For(0, profiles.Length, parallel, s =>
        {
            var profile = profiles[s].Features;
            for (var k = 0; k < profile.Length; k++)
            {
                var (kind, key) = (profile[k].Kind, profile[k].Key);
                partOf[first[s] + k] = TableOf(kind, termTableOf[s]) * Shards + Shard(key);
                if (kind == StoryFeatureKind.Name && !key.Contains(' ', StringComparison.Ordinal)) oneWordName[s] = true;
            }
        });
        // The languages in the order of the first source that writes a one-word name in each.
        var languageBit = new int[profiles.Length];
        for (var s = 0; s < profiles.Length; s++)
        {
            if (!oneWordName[s]) continue;
            var index = languages.IndexOf(profiles[s].Language);
            if (index < 0)
            {
                index = languages.Count;
                languages.Add(profiles[s].Language);
            }
            languageBit[s] = 1 << Math.Min(index, 31);
        }

        // Each part's features in source order (a counting sort by part), then numbered part by part.
        var partStart = new int[parts.Length + 1];
        foreach (var part in partOf) partStart[part + 1]++;
        for (var p = 0; p < parts.Length; p++) partStart[p + 1] += partStart[p];
        var order = new int[features];
        var filled = partStart[..^1];
        for (var f = 0; f < features; f++) order[filled[partOf[f]]++] = f;
        var inPart = new int[features];
        Parallel.For(0, parts.Length, parallel, p =>
        {
            var (table, s) = (parts[p], 0);
            for (var n = partStart[p]; n < partStart[p + 1]; n++)
            {
                var f = order[n];
                while (first[s + 1] <= f) s++;
                var key = profiles[s].Features[f - first[s]].Key;
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(table, key, out var known);
                if (!known) number = table.Count - 1;
                inPart[f] = number;
                if (p >= Shards) continue;
                if (!known) nameLanguages[p].Add(0);
                if (!key.Contains(' ', StringComparison.Ordinal)) nameLanguages[p][number] |= languageBit[s];
            }
        });

        numbers = [.. parts.Select(table => Enumerable.Repeat(-1, table.Count).ToArray())];
        Ids = new int[features];
        for (var f = 0; f < features; f++)
        {
            ref var id = ref numbers[partOf[f]][inPart[f]];
            if (id < 0)
            {
                id = Kinds.Count;
                Kinds.Add((partOf[f] / Shards) switch { NameTable => StoryFeatureKind.Name, PlaceTable => StoryFeatureKind.Place, _ => StoryFeatureKind.Term });
            }
            Ids[f] = id;
        }
    }

    /// <summary>The number of each feature, in the order of the profiles and their features.</summary>
    public int[] Ids { get; }

    /// <summary>The kind of each number.</summary>
    public List<StoryFeatureKind> Kinds { get; } = [];

    /// <summary>
    /// A one-word name that the run also writes as a common word ("Oper" and "Net" heading the lines of wire earnings
    /// tables, "Today" opening a paragraph) is as common as that word: the capital does not make it rare. Raises the
    /// <paramref name="frequency"/> of such names, each part of the names on its own core.
    /// </summary>
    public void AsCommonAsTheWord(int[] frequency, ParallelOptions parallel) => Parallel.For(0, Shards, parallel, p =>
    {
        foreach (var (key, number) in parts[NameTable * Shards + p])
        {
            var mask = nameLanguages[p][number];
            if (mask == 0) continue;
            var id = numbers[NameTable * Shards + p][number];
            for (var index = 0; index < languages.Count; index++)
                if ((mask & (1 << Math.Min(index, 31))) != 0 && termLanguages.IndexOf(languages[index]) is var terms and >= 0
                    && Analysis.TextAnalyzer.For(languages[index]).Stem(key) is var stem
                    && parts[(TermTable + terms) * Shards + Shard(stem)].TryGetValue(stem, out var word))
                    frequency[id] = Math.Max(frequency[id], frequency[numbers[(TermTable + terms) * Shards + Shard(stem)][word]]);
        }
    });

    private static int TableOf(StoryFeatureKind kind, int termTable) => kind switch
    {
        StoryFeatureKind.Term => termTable,
        StoryFeatureKind.Name => NameTable,
        _ => PlaceTable,
    };

    /// <summary>The shard of a key: any spread of the keys will do, as long as one key always falls in one shard.</summary>
    private static int Shard(string key) => key.Length == 0 ? 0 : (key.Length + key[^1]) % Shards;
}
