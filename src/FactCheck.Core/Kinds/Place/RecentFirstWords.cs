using System.Runtime.CompilerServices;

namespace FactCheck.Kinds.Place;

/// <summary>
/// What the gazetteer last answered on this thread for the words that may open a place's name (<see cref="GazetteerSnapshot.LongestFrom"/>),
/// one slot a hash of the folded word: the capitalized words of leads repeat ("The", "He", "Reuters", "U.S."), and each
/// asked the snapshot's table, a few megabytes read where they lie, whose buckets and records the processor waited for
/// (<c>GazetteerSnapshot.Probe</c> 1.1 % of a check of the bench corpus, most of it on the loads). A slot holds the word's
/// characters itself, so a word found is compared with the slot alone; a longer word is always asked of the table.
/// </summary>
internal static class RecentFirstWords
{
    // 4,096 slots of 32 bytes: 128 KB a thread, which stays in the processor's cache.
    private const int SlotBits = 12;
    private const int HeldChars = 8;

    [ThreadStatic]
    private static Slot[]? slotsOfThread;

    private static int owners;

    /// <summary>A number for a table whose answers are kept, told apart from every other's.</summary>
    public static int NewOwner() => Interlocked.Increment(ref owners);

    /// <summary>True, with its answer, when this thread kept <paramref name="word"/>'s answer from <paramref name="owner"/>.</summary>
    public static bool TryFind(int owner, ReadOnlySpan<char> word, out int longest)
    {
        longest = 0;
        if (word.Length is 0 or > HeldChars) return false;
        var slots = slotsOfThread ??= new Slot[1 << SlotBits];
        var hash = HashOf(word);
        ref var slot = ref slots[hash & ((1 << SlotBits) - 1)];
        if (slot.Owner != owner || slot.Hash != hash || slot.Length != word.Length
            || !word.SequenceEqual(((ReadOnlySpan<char>)slot.Chars)[..word.Length])) return false;
        longest = slot.Longest;
        return true;
    }

    /// <summary>Keeps <paramref name="owner"/>'s answer <paramref name="longest"/> for <paramref name="word"/> on this thread.</summary>
    public static void Keep(int owner, ReadOnlySpan<char> word, int longest)
    {
        if (word.Length is 0 or > HeldChars) return;
        var slots = slotsOfThread ??= new Slot[1 << SlotBits];
        var hash = HashOf(word);
        ref var slot = ref slots[hash & ((1 << SlotBits) - 1)];
        (slot.Owner, slot.Hash, slot.Length, slot.Longest) = (owner, hash, word.Length, longest);
        word.CopyTo(slot.Chars);
    }

    // FNV-1a over the characters, its high bits folded down: the slot is taken from the low bits.
    private static int HashOf(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    private struct Slot
    {
        public int Owner;
        public int Hash;
        public int Length;
        public int Longest;
        public HeldCharacters Chars;
    }

    [InlineArray(HeldChars)]
    private struct HeldCharacters
    {
        private char first;
    }
}
