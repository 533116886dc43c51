using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace FactCheck.Analysis;

/// <summary>
/// The entries of the words one thread met last, two slots per hash of the lower-case word: the few thousand words that make
/// most of any text ("the", "said", "de") are found in a small array that stays in the processor's cache. The analyzer's
/// shared table holds hundreds of thousands of words in nodes spread over the heap, and a look-up there waited on memory
/// for two of its three loads. A slot holds its analyzer's number, so one array serves every language a thread reads.
/// </summary>
internal static class RecentWords
{
    // 32,768 slots, room for the frequent words of two languages. The look-ups of a check of the bench corpus took 2.1 s of
    // CPU without these slots, 1.5 s with 4,096 of 24 bytes and 1.2 s with 16,384 (perf, Native AOT, at a load of 8);
    // 32,768 of 16 bytes measured alike with them at a load of 12. Holding a word's first characters makes them 32 bytes.
    // Two slots a hash (a set): where one slot a hash had a word pushed out by any later word of its slot, one of 7 % of the
    // look-ups of the bench corpus went to the shared table, each some ten times a found word's cost.
    internal const int SetBits = 14;
    private const int Ways = 2;
    // The characters of a word a slot holds itself: most words are no longer.
    private const int HeldChars = 8;
    // A slot's tag is the word's length above the low bits of its hash; words are at most 40 characters (TextAnalyzer).
    private const int LengthShift = 26;
    private const int LongestWord = (1 << (32 - LengthShift)) - 1;
    // The bit below the length says the word is a stop word (TextAnalyzer.Entry.Stop): the terms' reader drops such a word
    // from its slot alone, where reading the flag from the entry waited on memory for it, half of the reader's own time
    // (perf annotate, AOT, 733730c). Not part of the hash's bits a word is found by.
    private const int StopBit = 1 << (LengthShift - 1);

    [ThreadStatic]
    private static Slot[]? slotsOfThread;

    /// <summary>
    /// A word's entry, its tag, and its first characters: a word found compares with the slot alone, where reading its
    /// characters from the entry's string waited on memory twice (the entry, then its string), 44 % of a look-up's time.
    /// </summary>
    private struct Slot
    {
        public TextAnalyzer.Entry Entry;
        public int Tag;
        public int Owner;
        public HeldCharacters Start;
    }

    [InlineArray(HeldChars)]
    private struct HeldCharacters
    {
        private char first;
    }

    /// <summary>A hash of <paramref name="lower"/> for <see cref="Find(int, ReadOnlySpan{char}, int)"/> and <see cref="Keep"/> (FNV-1a).</summary>
    public static int HashOf(ReadOnlySpan<char> lower)
    {
        var hash = FirstHash;
        foreach (var c in lower) hash = HashOn(hash, c);
        return (int)hash;
    }

    /// <summary>The hash of no character, for a reader that hashes a word as it makes it (<see cref="HashOn"/>).</summary>
    public const uint FirstHash = 2166136261u;

    /// <summary><see cref="HashOf"/>'s step: the hash of a word so far, then <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashOn(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The entry <paramref name="owner"/> last kept for <paramref name="lower"/> on this thread, if its set still holds it.</summary>
    public static TextAnalyzer.Entry? Find(int owner, ReadOnlySpan<char> lower, int hash) => Find(owner, lower, hash, out _);

    /// <summary>
    /// <see cref="Find(int, ReadOnlySpan{char}, int)"/>, and whether the word found is a stop word, read from its slot without
    /// reading the entry.
    /// </summary>
    public static TextAnalyzer.Entry? Find(int owner, ReadOnlySpan<char> lower, int hash, out bool stop)
    {
        stop = false;
        if (lower.Length > LongestWord) return null;
        var slots = slotsOfThread ??= new Slot[Ways << SetBits];
        var tag = TagOf(hash, lower.Length);
        ref var newer = ref slots[SetOf(hash) * Ways];
        if (Holds(ref newer, owner, tag, lower))
        {
            stop = (newer.Tag & StopBit) != 0;
            return newer.Entry;
        }
        ref var older = ref Unsafe.Add(ref newer, 1);
        if (!Holds(ref older, owner, tag, lower)) return null;
        // Met again, the older word becomes the newer: the word that goes when another is kept is the one met longer ago.
        (newer, older) = (older, newer);
        stop = (newer.Tag & StopBit) != 0;
        return newer.Entry;
    }

    /// <summary>
    /// Asks the processor to bring the set of <paramref name="hash"/> into its cache ahead of <see cref="Find(int, ReadOnlySpan{char}, int)"/>: a reader that
    /// knows a sentence's words before it looks them up has their sets fetched together, where each look-up waited for its own.
    /// </summary>
    public static unsafe void Prefetch(int hash)
    {
        if (!Sse.IsSupported || slotsOfThread is not { } slots) return;
        // Not pinned: should the collector move the array meanwhile, a prefetch of where it was is only a wasted hint, never
        // a fault. A set is 64 bytes, and arrays are not aligned to cache lines: it may straddle two.
        ref var set = ref slots[SetOf(hash) * Ways];
        Sse.Prefetch0(Unsafe.AsPointer(ref set));
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref set, 1)));
    }

    /// <summary>Keeps <paramref name="entry"/> in its set on this thread, in place of the word met longer ago of the two there.</summary>
    public static void Keep(int owner, TextAnalyzer.Entry entry, int hash)
    {
        var word = entry.Word;
        if (word.Length > LongestWord) return;
        var slots = slotsOfThread ??= new Slot[Ways << SetBits];
        ref var newer = ref slots[SetOf(hash) * Ways];
        Unsafe.Add(ref newer, 1) = newer;
        (newer.Entry, newer.Tag, newer.Owner) = (entry, TagOf(hash, word.Length) | (entry.Stop ? StopBit : 0), owner);
        word.AsSpan(0, Math.Min(word.Length, HeldChars)).CopyTo(newer.Start);
    }

    private static bool Holds(ref Slot slot, int owner, int tag, ReadOnlySpan<char> lower)
    {
        if ((slot.Tag & ~StopBit) != tag || slot.Owner != owner) return false;
        ReadOnlySpan<char> held = slot.Start;
        if (lower.Length <= HeldChars) return lower.SequenceEqual(held[..lower.Length]);
        return lower[..HeldChars].SequenceEqual(held) && slot.Entry.Word.AsSpan(HeldChars).SequenceEqual(lower[HeldChars..]);
    }

    // Fibonacci hashing: FNV-1a's last multiplier is small, and its high bits alone would crowd some slots.
    internal static int SetOf(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - SetBits));

    // Equal tags mean equal lengths: the held characters then compare without reading the length from the word's string.
    private static int TagOf(int hash, int length) => (hash & (StopBit - 1)) | (length << LengthShift);
}
