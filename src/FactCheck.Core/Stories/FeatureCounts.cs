using System.Runtime.InteropServices;
using FactCheck.Inputs;

namespace FactCheck.Stories;

/// <summary>Counts a source's features as they are read, keeping a spelling of each for labels; reused source after source.</summary>
internal sealed class FeatureCounts
{
    // The terms' and the places' tables, keyed by strings the run holds anyway (the shared words' stems, the gazetteer's
    // ids): keyed by strings alone, a table hashes them the fast way a run's own strings may be hashed, where a key of kind
    // and string went through the randomized hash. Each keeps its reading order. Terms' keys come with their hash
    // (Term.KeyHash), and are looked up by it.
    private readonly Dictionary<string, (int Count, string? Display)> termCounts = new(HashedKeys.Comparer);
    private readonly Dictionary<string, (int Count, string? Display)> placeCounts = new(StringComparer.Ordinal);
    // The terms' look-up by key and hash, taken once: asked for at each count, it was a type test of the table's comparer
    // (0.1 % of a check of the bench corpus).
    private readonly Dictionary<string, (int Count, string? Display)>.AlternateLookup<HashedKeys.Key> terms;
    // The names, counted from the characters of their sentences: their keys in a set of characters, their counts and
    // spellings by the keys' numbers, the spellings' characters in one buffer. No string is made for a name.
    private readonly SpanKeys names = new();
    private (int Count, int Start, int Length)[] nameCounts = new (int, int, int)[64];
    private char[] spellings = new char[1024];
    private int spellingsUsed;
    // What MostFrequent chooses with, reused source after source: the features chosen in reading order, the first
    // characters of their keys and their places as they are sorted, and how many features have each rank.
    private Choice[] chosen = [];
    private ulong[] prefixes = [];
    private int[] order = [];
    private int[] byRank = new int[256];
    private Comparison<int>? byWholeKey;
    private readonly StoryFeatures.Packing packing = new();

    /// <summary>
    /// A feature chosen: a term's or a place's key and spelling are strings, a name's (<see cref="Key"/> null) are the
    /// characters of <see cref="Name"/> in the names' set and buffer.
    /// </summary>
    private readonly record struct Choice(StoryFeatureKind Kind, int Count, string? Key, string? Display, int Name);

    public FeatureCounts() => terms = termCounts.GetAlternateLookup<HashedKeys.Key>();

    /// <summary>Forgets every count, keeping the tables' room for the next source.</summary>
    public void Clear()
    {
        termCounts.Clear();
        placeCounts.Clear();
        names.Clear();
        if (nameCounts.Length > 16_384) nameCounts = new (int, int, int)[64];
        if (spellings.Length > 16_384) spellings = new char[1024];
        spellingsUsed = 0;
    }

    /// <summary>Counts a feature written as <paramref name="display"/>; a spelling in capitals gives way to one that is not.</summary>
    public void Add(StoryFeatureKind kind, string key, string display)
    {
        if (kind == StoryFeatureKind.Name)
        {
            AddName(key, display);
            return;
        }
        // One look-up a word, not two: this runs for every content word of every lead.
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(kind == StoryFeatureKind.Term ? termCounts : placeCounts, key, out _);
        if (entry.Display is null || (IsShouted(entry.Display) && !IsShouted(display))) entry.Display = display;
        entry.Count++;
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
    /// Counts a name by its key's characters, written as <paramref name="display"/>, a spelling in capitals giving way to
    /// one that is not. A name is counted from its sentence's characters (<see cref="Analysis.NamesRead"/>): neither its
    /// key nor its spelling is made a string, here or when the profile is packed.
    /// </summary>
    public void AddName(ReadOnlySpan<char> key, ReadOnlySpan<char> display)
    {
        var number = names.Add(key, out var added);
        if (number == nameCounts.Length) Array.Resize(ref nameCounts, 2 * nameCounts.Length);
        ref var entry = ref nameCounts[number];
        if (added) entry = (0, 0, 0);
        if (added || (IsShouted(spellings.AsSpan(entry.Start, entry.Length)) && !IsShouted(display)))
        {
            if (spellings.Length - spellingsUsed < display.Length) Array.Resize(ref spellings, Math.Max(2 * spellings.Length, spellingsUsed + display.Length));
            display.CopyTo(spellings.AsSpan(spellingsUsed));
            (entry.Start, entry.Length) = (spellingsUsed, display.Length);
            spellingsUsed += display.Length;
        }
        entry.Count++;
    }

    /// <summary>True for a spelling in capitals of a word longer than an acronym ("MEGANTIC", not "NATO").</summary>
    public static bool IsShouted(ReadOnlySpan<char> display) => display.Length > 4 && !display.ContainsAny(CharSets.AsciiLower) && display.ContainsAny(CharSets.AsciiUpper);

    /// <summary>
    /// The <paramref name="limit"/> most frequent features, names and places first among equals (they tell stories apart
    /// better than words), then in reading order; sorted by kind and key so that profiles compare in one pass; packed.
    /// </summary>
    public StoryFeatures MostFrequent(int limit)
    {
        var total = termCounts.Count + names.Count + placeCounts.Count;
        var (cutoff, atCutoff) = (0, limit);
        if (total > limit) (cutoff, atCutoff) = Cutoff(limit);
        // Exactly this many are kept (ranks are at least 4, so with no cutoff every feature is). Features of one rank are of
        // one kind: those at the cutoff are kept in the reading order of their kind's table. The arrays are the table's own,
        // reused source after source: the profile packs what they hold (StoryFeatures).
        var size = Math.Min(limit, total);
        if (chosen.Length < size) (chosen, prefixes, order) = (new Choice[size], new ulong[size], new int[size]);
        var next = 0;
        // Sorted by kind, then key: the kinds come in order (terms, names, places), each sorted by its keys.
        foreach (var (key, (count, display)) in termCounts)
            if (Kept(StoryFeatureKind.Term, count, cutoff, ref atCutoff)) chosen[next++] = new Choice(StoryFeatureKind.Term, count, key, display, 0);
        SortByKey(0, next);
        var from = next;
        for (var name = 0; name < names.Count; name++)
            if (Kept(StoryFeatureKind.Name, nameCounts[name].Count, cutoff, ref atCutoff)) chosen[next++] = new Choice(StoryFeatureKind.Name, nameCounts[name].Count, null, null, name);
        SortByKey(from, next);
        from = next;
        foreach (var (key, (count, display)) in placeCounts)
            if (Kept(StoryFeatureKind.Place, count, cutoff, ref atCutoff)) chosen[next++] = new Choice(StoryFeatureKind.Place, count, key, display, 0);
        SortByKey(from, next);
        for (var k = 0; k < next; k++)
        {
            var choice = chosen[order[k]];
            packing.Add(choice.Kind, choice.Count, KeyOf(choice), DisplayOf(choice));
        }
        return packing.ToFeatures();
    }

    /// <summary>True when a feature of <paramref name="kind"/> counted <paramref name="count"/> times is kept, counting those kept at the cutoff.</summary>
    private static bool Kept(StoryFeatureKind kind, int count, int cutoff, ref int atCutoff)
    {
        var rank = Rank(kind, count);
        return rank > cutoff || (rank == cutoff && atCutoff-- > 0);
    }

    private ReadOnlySpan<char> KeyOf(in Choice choice) => choice.Key is null ? names[choice.Name] : choice.Key;

    private ReadOnlySpan<char> DisplayOf(in Choice choice) =>
        choice.Key is null ? spellings.AsSpan(nameCounts[choice.Name].Start, nameCounts[choice.Name].Length) : choice.Display;

    /// <summary>
    /// The rank of the last feature kept and how many of that rank are kept, counted by rank: ranks are small numbers (a
    /// lead's words come a few times each), and sorting the source's hundreds of ranks to find the limit-th was a fifth of
    /// what choosing the features cost.
    /// </summary>
    private (int Cutoff, int AtCutoff) Cutoff(int limit)
    {
        var highest = 0;
        foreach (var (count, _) in termCounts.Values) highest = Math.Max(highest, Rank(StoryFeatureKind.Term, count));
        for (var name = 0; name < names.Count; name++) highest = Math.Max(highest, Rank(StoryFeatureKind.Name, nameCounts[name].Count));
        foreach (var (count, _) in placeCounts.Values) highest = Math.Max(highest, Rank(StoryFeatureKind.Place, count));
        if (byRank.Length <= highest) byRank = new int[Math.Max(2 * byRank.Length, highest + 1)];
        var ranks = byRank.AsSpan(0, highest + 1);
        ranks.Clear();
        foreach (var (count, _) in termCounts.Values) ranks[Rank(StoryFeatureKind.Term, count)]++;
        for (var name = 0; name < names.Count; name++) ranks[Rank(StoryFeatureKind.Name, nameCounts[name].Count)]++;
        foreach (var (count, _) in placeCounts.Values) ranks[Rank(StoryFeatureKind.Place, count)]++;
        var above = 0;
        for (var rank = highest; ; rank--)
        {
            if (above + ranks[rank] >= limit) return (rank, limit - above);
            above += ranks[rank];
        }
    }

    /// <summary>
    /// Writes the places of <c>chosen[from..to)</c> into <c>order[from..to)</c> sorted by key (ordinal). The keys' first four characters are sorted
    /// as numbers with the features' places, keys of equal first characters then by their whole key: sorting the features
    /// themselves by a comparison called for each pair, and moving their strings at each swap, was two thirds of what
    /// choosing the features cost.
    /// </summary>
    private void SortByKey(int from, int to)
    {
        var keys = prefixes.AsSpan(from, to - from);
        var places = order.AsSpan(from, to - from);
        for (var k = 0; k < keys.Length; k++) (keys[k], places[k]) = (Prefix(KeyOf(chosen[from + k])), from + k);
        keys.Sort(places);
        // Equal first characters: such a run is sorted by whole keys (each key is in its table once).
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) places[start..end].Sort(byWholeKey ??= (x, y) => KeyOf(chosen[x]).SequenceCompareTo(KeyOf(chosen[y])));
            start = end;
        }
    }

    /// <summary>The first four characters of <paramref name="key"/> as a number that orders as they do (ordinal), missing ones as zero.</summary>
    private static ulong Prefix(ReadOnlySpan<char> key)
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
