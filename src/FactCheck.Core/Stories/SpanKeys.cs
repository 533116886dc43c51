using System.Numerics;

namespace FactCheck.Stories;

/// <summary>
/// A set of keys held as characters in one buffer, each numbered in the order it was first added: what a thread counts a
/// source's names by, source after source. A table keyed by strings made a string for every name a lead had not named
/// yet, each thrown away with the lead: about 50 MB of the first pass's garbage on the bench corpus (allocation ticks of
/// the JIT build, under <c>StoryProfiler</c> and <c>FeatureCounts</c>). Reused: <see cref="Clear"/> keeps the room, up to
/// a size.
/// </summary>
internal sealed class SpanKeys
{
    // Past this many characters or keys the buffers are let go at the next clear: a huge table's names would hold them.
    private const int RoomKept = 16_384;
    private const int FirstKeys = 64;
    private char[] chars = new char[1024];
    private int used;
    private Key[] keys = new Key[FirstKeys];
    private int count;
    // Each key's number plus one (0: an empty slot), probed from its hash; at most half full.
    private int[] slots = new int[2 * FirstKeys];

    /// <summary>Where a key's characters are in the buffer, and its hash.</summary>
    private readonly record struct Key(int Start, int Length, int Hash);

    /// <summary>How many keys are held.</summary>
    public int Count => count;

    /// <summary>The characters of key <paramref name="number"/>.</summary>
    public ReadOnlySpan<char> this[int number] => chars.AsSpan(keys[number].Start, keys[number].Length);

    /// <summary>Forgets every key.</summary>
    public void Clear()
    {
        if (chars.Length > RoomKept) chars = new char[1024];
        if (keys.Length > RoomKept) (keys, slots) = (new Key[FirstKeys], new int[2 * FirstKeys]);
        else Array.Clear(slots);
        (used, count) = (0, 0);
    }

    /// <summary>The number of <paramref name="key"/>, or -1 when it is not held.</summary>
    public int IndexOf(ReadOnlySpan<char> key) => Find(key, string.GetHashCode(key), out _);

    /// <summary>The number of <paramref name="key"/>, added after the others when it is not held (<paramref name="added"/>).</summary>
    public int Add(ReadOnlySpan<char> key, out bool added)
    {
        var hash = string.GetHashCode(key);
        var number = Find(key, hash, out var slot);
        added = number < 0;
        if (!added) return number;
        if (chars.Length - used < key.Length) Array.Resize(ref chars, Math.Max(2 * chars.Length, used + key.Length));
        key.CopyTo(chars.AsSpan(used));
        if (count == keys.Length) Array.Resize(ref keys, 2 * keys.Length);
        keys[count] = new Key(used, key.Length, hash);
        used += key.Length;
        if (2 * (count + 1) > slots.Length) Rehash();
        else slots[slot] = count + 1;
        return count++;
    }

    /// <summary>
    /// The number of <paramref name="key"/> (its <paramref name="hash"/> given), or -1 with <paramref name="slot"/> the empty
    /// slot where it would go.
    /// </summary>
    private int Find(ReadOnlySpan<char> key, int hash, out int slot)
    {
        var mask = slots.Length - 1;
        for (slot = SlotOf(hash); slots[slot] != 0; slot = (slot + 1) & mask)
            if (keys[slots[slot] - 1] is var held && held.Hash == hash && chars.AsSpan(held.Start, held.Length).SequenceEqual(key)) return slots[slot] - 1;
        return -1;
    }

    /// <summary>Doubles the slots, placing every key (the one being added, number <see cref="count"/>, among them) again.</summary>
    private void Rehash()
    {
        slots = new int[2 * slots.Length];
        var mask = slots.Length - 1;
        for (var number = 0; number <= count; number++)
        {
            var slot = SlotOf(keys[number].Hash);
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = number + 1;
        }
    }

    // Fibonacci hashing over the slots' power of two.
    private int SlotOf(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - BitOperations.Log2((uint)slots.Length)));
}
