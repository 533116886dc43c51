namespace FactCheck.Analysis;

/// <summary>
/// The entries of the words one thread met last, one slot per hash of the lower-case word: the few thousand words that make
/// most of any text ("the", "said", "de") are found in a small array that stays in the processor's cache. The analyzer's
/// shared table holds hundreds of thousands of words in nodes spread over the heap, and a look-up there waited on memory
/// for two of its three loads. A slot holds its analyzer's number, so one array serves every language a thread reads.
/// </summary>
internal static class RecentWords
{
    // 32,768 slots of 16 bytes, room for the frequent words of two languages. The look-ups of a check of the bench corpus
    // took 2.1 s of CPU without these slots, 1.5 s with 4,096 of 24 bytes and 1.2 s with 16,384 (perf, Native AOT, at a
    // load of 8); 32,768 of 16 bytes measured alike with them at a load of 12.
    internal const int SlotBits = 15;

    [ThreadStatic]
    private static Slot[]? slotsOfThread;

    private struct Slot
    {
        public TextAnalyzer.Entry Entry;
        public int Hash;
        public int Owner;
    }

    /// <summary>A hash of <paramref name="lower"/> for <see cref="Find"/> and <see cref="Keep"/> (FNV-1a).</summary>
    public static int HashOf(ReadOnlySpan<char> lower)
    {
        var hash = 2166136261u;
        foreach (var c in lower) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }

    /// <summary>The entry <paramref name="owner"/> last kept for <paramref name="lower"/> on this thread, if its slot still holds it.</summary>
    public static TextAnalyzer.Entry? Find(int owner, ReadOnlySpan<char> lower, int hash)
    {
        var slots = slotsOfThread ??= new Slot[1 << SlotBits];
        ref var slot = ref slots[SlotOf(hash)];
        return slot.Hash == hash && slot.Owner == owner && slot.Entry.Word.AsSpan().SequenceEqual(lower) ? slot.Entry : null;
    }

    /// <summary>Keeps <paramref name="entry"/> in its slot on this thread, in place of the word there before.</summary>
    public static void Keep(int owner, TextAnalyzer.Entry entry, int hash)
    {
        var slots = slotsOfThread ??= new Slot[1 << SlotBits];
        slots[SlotOf(hash)] = new Slot { Owner = owner, Entry = entry, Hash = hash };
    }

    // Fibonacci hashing: FNV-1a's last multiplier is small, and its high bits alone would crowd some slots.
    internal static int SlotOf(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - SlotBits));
}
