using System.Runtime.InteropServices;
using FactCheck.Inputs;

namespace FactCheck.Stories;

/// <summary>Counts a source's features as they are read, keeping a spelling of each for labels; reused source after source.</summary>
internal sealed class FeatureCounts
{
    // A table a kind, by the kind's number: keyed by strings alone, a table hashes them the fast way a run's own strings
    // may be hashed, where a key of kind and string went through the randomized hash. Each keeps its reading order.
    // Terms' keys come with their hash (Term.KeyHash), and are looked up by it.
    private readonly Dictionary<string, (int Count, string? Display)>[] counts =
        [.. Enum.GetValues<StoryFeatureKind>().Select(kind => new Dictionary<string, (int, string?)>(
            kind == StoryFeatureKind.Term ? HashedKeys.Comparer : StringComparer.Ordinal))];
    // Their look-ups by a term's key and hash and by characters, taken once: asked for at each count, each was a type test
    // of the table's comparer (0.1 % of a check of the bench corpus).
    private readonly Dictionary<string, (int Count, string? Display)>.AlternateLookup<HashedKeys.Key> terms;
    private readonly Dictionary<string, (int Count, string? Display)>.AlternateLookup<ReadOnlySpan<char>>[] bySpan;
    private StoryFeature[] kept = [];
    // What MostFrequent chooses with, reused source after source: the features chosen in reading order, the first
    // characters of their keys and their places as they are sorted, and how many features have each rank.
    private StoryFeature[] chosen = [];
    private ulong[] prefixes = [];
    private int[] order = [];
    private int[] byRank = new int[256];
    private Comparison<int>? byWholeKey;

    public FeatureCounts()
    {
        terms = counts[(int)StoryFeatureKind.Term].GetAlternateLookup<HashedKeys.Key>();
        // The terms' table is looked up by key and hash only (AddTerm): it has no look-up by characters.
        bySpan = [.. counts.Select(table => table.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup : default)];
    }

    /// <summary>Forgets every count, keeping the tables' room for the next source.</summary>
    public void Clear()
    {
        foreach (var table in counts) table.Clear();
    }

    /// <summary>Counts a feature written as <paramref name="display"/>; a spelling in capitals gives way to one that is not.</summary>
    public void Add(StoryFeatureKind kind, string key, string display)
    {
        // One look-up a word, not two: this runs for every content word of every lead.
        Count(ref CollectionsMarshal.GetValueRefOrAddDefault(counts[(int)kind], key, out _), display, display);
    }

    /// <summary>
    /// Counts a term, whose key's <see cref="string.GetHashCode()"/> is <paramref name="keyHash"/>
    /// (<see cref="Analysis.Term.KeyHash"/>) and whose spelling is its lower-case word: the key's characters are not hashed
    /// again, and neither string is read. A lower-case spelling is never shouted, so the first is kept (as
    /// <see cref="Add(StoryFeatureKind, string, string)"/> keeps it); reading the word to ask waited on memory for it, nine
    /// tenths of this count's samples (perf annotate, AOT).
    /// </summary>
    public void AddTerm(string key, int keyHash, string word)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, new HashedKeys.Key(key, keyHash), out _);
        entry.Display ??= word;
        entry.Count++;
    }

    /// <summary>
    /// <see cref="Add(StoryFeatureKind, string, string)"/> with the key and the spelling as characters: the key's string is
    /// made only when the table does not hold it yet, the spelling's only when it is kept. A name is counted from its
    /// sentence's characters (<see cref="Analysis.NamesRead"/>): most names of a lead were counted before in it.
    /// </summary>
    public void Add(StoryFeatureKind kind, ReadOnlySpan<char> key, ReadOnlySpan<char> display)
    {
        Count(ref CollectionsMarshal.GetValueRefOrAddDefault(bySpan[(int)kind], key, out _), display, null);
    }

    /// <summary>Counts once more, keeping <paramref name="display"/> as the spelling where it is the better one (its string made then, unless given).</summary>
    private static void Count(ref (int Count, string? Display) entry, ReadOnlySpan<char> display, string? displayString)
    {
        if (entry.Display is null || (IsShouted(entry.Display) && !IsShouted(display))) entry.Display = displayString ?? display.ToString();
        entry.Count++;
    }

    /// <summary>True for a spelling in capitals of a word longer than an acronym ("MEGANTIC", not "NATO").</summary>
    public static bool IsShouted(ReadOnlySpan<char> display) => display.Length > 4 && !display.ContainsAny(CharSets.AsciiLower) && display.ContainsAny(CharSets.AsciiUpper);

    /// <summary>
    /// The <paramref name="limit"/> most frequent features, names and places first among equals (they tell stories apart
    /// better than words), then in reading order; sorted by kind and key so that profiles compare in one pass.
    /// </summary>
    public ReadOnlySpan<StoryFeature> MostFrequent(int limit)
    {
        var (total, cutoff, atCutoff) = (0, 0, limit);
        foreach (var table in counts) total += table.Count;
        if (total > limit) (cutoff, atCutoff) = Cutoff(limit);
        // Exactly this many are kept (ranks are at least 4, so with no cutoff every feature is). Features of one rank are of
        // one kind: those at the cutoff are kept in the reading order of their kind's table. The arrays are the table's own,
        // reused source after source: the profile packs what it holds (StoryFeatures).
        var size = Math.Min(limit, total);
        if (kept.Length < size) (kept, chosen, prefixes, order) = (new StoryFeature[size], new StoryFeature[size], new ulong[size], new int[size]);
        var next = 0;
        for (var kind = 0; kind < counts.Length; kind++)
        {
            var from = next;
            foreach (var (key, (count, display)) in counts[kind])
            {
                var rank = Rank((StoryFeatureKind)kind, count);
                if (rank < cutoff || (rank == cutoff && atCutoff-- <= 0)) continue;
                chosen[next++] = new StoryFeature((StoryFeatureKind)kind, key, count, display!);
            }
            // Sorted by kind, then key: the kinds come in order, each sorted by its keys.
            SortByKey(from, next);
        }
        return kept.AsSpan(0, next);
    }

    /// <summary>
    /// The rank of the last feature kept and how many of that rank are kept, counted by rank: ranks are small numbers (a
    /// lead's words come a few times each), and sorting the source's hundreds of ranks to find the limit-th was a fifth of
    /// what choosing the features cost.
    /// </summary>
    private (int Cutoff, int AtCutoff) Cutoff(int limit)
    {
        var highest = 0;
        for (var kind = 0; kind < counts.Length; kind++)
            foreach (var (count, _) in counts[kind].Values) highest = Math.Max(highest, Rank((StoryFeatureKind)kind, count));
        if (byRank.Length <= highest) byRank = new int[Math.Max(2 * byRank.Length, highest + 1)];
        var ranks = byRank.AsSpan(0, highest + 1);
        ranks.Clear();
        for (var kind = 0; kind < counts.Length; kind++)
            foreach (var (count, _) in counts[kind].Values) ranks[Rank((StoryFeatureKind)kind, count)]++;
        var above = 0;
        for (var rank = highest; ; rank--)
        {
            if (above + ranks[rank] >= limit) return (rank, limit - above);
            above += ranks[rank];
        }
    }

    /// <summary>
    /// Writes <c>chosen[from..to)</c> into <c>kept</c> sorted by key (ordinal). The keys' first four characters are sorted
    /// as numbers with the features' places, keys of equal first characters then by their whole key: sorting the features
    /// themselves by a comparison called for each pair, and moving their strings at each swap, was two thirds of what
    /// choosing the features cost.
    /// </summary>
    private void SortByKey(int from, int to)
    {
        var keys = prefixes.AsSpan(from, to - from);
        var places = order.AsSpan(from, to - from);
        for (var k = 0; k < keys.Length; k++) (keys[k], places[k]) = (Prefix(chosen[from + k].Key), from + k);
        keys.Sort(places);
        // Equal first characters: such a run is sorted by whole keys (each key is in its table once).
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) places[start..end].Sort(byWholeKey ??= (x, y) => string.CompareOrdinal(chosen[x].Key, chosen[y].Key));
            start = end;
        }
        for (var k = 0; k < places.Length; k++) kept[from + k] = chosen[places[k]];
    }

    /// <summary>The first four characters of <paramref name="key"/> as a number that orders as they do (ordinal), missing ones as zero.</summary>
    private static ulong Prefix(string key)
    {
        var prefix = 0ul;
        for (var i = 0; i < 4; i++) prefix = (prefix << 16) | (i < key.Length ? key[i] : 0u);
        return prefix;
    }

    private static int Rank(StoryFeatureKind kind, int count) => count * 4 + (int)kind;

    /// <summary>
    /// Keys compared ordinally and hashed by <see cref="string.GetHashCode()"/>, which a term's key has made once
    /// (<see cref="Key"/>): the terms' table, which reads its keys' characters only to tell two equal hashes apart.
    /// </summary>
    private sealed class HashedKeys : IEqualityComparer<string>, IAlternateEqualityComparer<HashedKeys.Key, string>
    {
        public static readonly HashedKeys Comparer = new();

        /// <summary>A key and its <see cref="string.GetHashCode()"/>.</summary>
        public readonly record struct Key(string Text, int Hash);

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string text) => text.GetHashCode();

        public bool Equals(Key key, string other) => ReferenceEquals(key.Text, other) || string.Equals(key.Text, other, StringComparison.Ordinal);

        public int GetHashCode(Key key) => key.Hash;

        public string Create(Key key) => key.Text;
    }
}
