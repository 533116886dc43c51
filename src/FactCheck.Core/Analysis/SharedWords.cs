using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace FactCheck.Analysis;

/// <summary>
/// The entries of every word read, shared by the threads: what a thread of an analyzer looks up when the word is not among
/// its recent ones (<see cref="RecentWords"/>), 438,000 times in a check of the bench corpus (304,000 found, 134,000 new
/// words). One flat array of slots, each the entry and the hash of its word (<see cref="RecentWords.HashOf"/>), probed
/// from the hash the thread already made: a ConcurrentDictionary hashed the word again and waited on memory for its bucket,
/// its node, its key and then the entry, two per cent of the check's CPU. Found without a lock; added to under one, the
/// array replaced by a larger one when half full.
/// </summary>
internal sealed class SharedWords<TEntry>(int limit) where TEntry : SharedWordEntry
{
    private const int FirstCapacity = 1 << 12;

    private readonly Lock adding = new();
    private Slot[] slots = new Slot[FirstCapacity];
    private int count;

    /// <summary>
    /// A word's entry, its word and its hash; the entry is written last, so a reader that sees it sees the others. The word
    /// is held beside the entry, not only read from it: a probe read the entry, then its word, each waiting on memory (a
    /// third of a look-up's time each, perf annotate, AOT), where now both are asked for at once.
    /// </summary>
    private struct Slot
    {
        public TEntry? Entry;
        public string Word;
        public int Hash;
    }

    /// <summary>The entry of <paramref name="lower"/> (whose <see cref="RecentWords.HashOf"/> is <paramref name="hash"/>), or null.</summary>
    public TEntry? Find(ReadOnlySpan<char> lower, int hash) => Find(Volatile.Read(ref slots), lower, hash);

    /// <summary>
    /// Asks the processor for the slot of <paramref name="hash"/>, ahead of <see cref="Find(ReadOnlySpan{char}, int)"/>: a reader that
    /// knows which of a sentence's words its thread did not meet lately has their slots fetched together (as
    /// <see cref="RecentWords.Prefetch"/>), where each look-up waited for its own.
    /// </summary>
    public unsafe void Prefetch(int hash)
    {
        if (!Sse.IsSupported) return;
        var table = Volatile.Read(ref slots);
        // Not pinned: should the collector move the array meanwhile, the hint is only wasted.
        Sse.Prefetch0(Unsafe.AsPointer(ref table[IndexOf(hash, table.Length)]));
    }

    /// <summary>
    /// Asks the processor for the entry in the slot of <paramref name="hash"/>, once the slot is fetched
    /// (<see cref="Prefetch"/>): a look-up then waits on neither.
    /// </summary>
    public unsafe void PrefetchEntry(int hash)
    {
        if (!Sse.IsSupported) return;
        var table = Volatile.Read(ref slots);
        ref var slot = ref table[IndexOf(hash, table.Length)];
        // The references read as the objects' addresses: a hint, wasted if the collector moves them before they are read.
        if (slot.Hash != hash || Volatile.Read(ref slot.Entry) is null) return;
        Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref slot.Entry));
        Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref slot.Word));
    }

    /// <summary>
    /// Adds <paramref name="entry"/> unless the table holds its word already (another thread was first) or is full, and
    /// returns the entry the word has from now on.
    /// </summary>
    public TEntry Add(TEntry entry, int hash)
    {
        lock (adding)
        {
            var table = slots;
            if (Find(table, entry.Word, hash) is { } known) return known;
            if (count >= limit) return entry;
            if (2 * (count + 1) > table.Length)
            {
                table = Larger(table);
                // Readers of the former array miss what is added from now on: they make the entry and come here for it.
                Volatile.Write(ref slots, table);
            }
            Place(table, entry, hash);
            count++;
            return entry;
        }
    }

    private static TEntry? Find(Slot[] table, ReadOnlySpan<char> lower, int hash)
    {
        var mask = table.Length - 1;
        for (var i = IndexOf(hash, table.Length); ; i = (i + 1) & mask)
        {
            ref var slot = ref table[i];
            var entry = Volatile.Read(ref slot.Entry);
            if (entry is null) return null;
            if (slot.Hash == hash && lower.SequenceEqual(slot.Word)) return entry;
        }
    }

    private static void Place(Slot[] table, TEntry entry, int hash) => Place(table, entry, entry.Word, hash);

    private static void Place(Slot[] table, TEntry entry, string word, int hash)
    {
        var mask = table.Length - 1;
        var i = IndexOf(hash, table.Length);
        while (table[i].Entry is not null) i = (i + 1) & mask;
        (table[i].Hash, table[i].Word) = (hash, word);
        Volatile.Write(ref table[i].Entry, entry);
    }

    /// <summary>
    /// The table twice as large, each slot moved with the word it holds. Read from its entry, the word of every move waited on
    /// memory for the entry (a word moves at each doubling from 4,096 slots), under the lock that the other threads' new words
    /// wait on: 0.37 % of a check's samples (m32-perf), where the moves alone read the old table in order.
    /// </summary>
    private static Slot[] Larger(Slot[] table)
    {
        var larger = new Slot[2 * table.Length];
        foreach (var slot in table)
            if (slot.Entry is { } entry) Place(larger, entry, slot.Word, slot.Hash);
        return larger;
    }

    // Fibonacci hashing, as RecentWords: FNV-1a's low bits alone would crowd some slots.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(int hash, int length) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - System.Numerics.BitOperations.Log2((uint)length)));
}
