using System.Runtime.CompilerServices;

namespace FactCheck.Mentions;

/// <summary>
/// A second quick "no" before a case-ignoring set look-up of a run of letters, after <see cref="WordShapes"/> (first
/// letter and length), for a set of a thousand words or more, whose first letters and lengths alone let most runs
/// through: one bit for each of its words' length, first and last characters (32,768 bits). A character is folded as
/// the look-up compares it: an ASCII letter to its place in the alphabet, case ignored; every other character, and "i",
/// "s", "k" (which some characters past ASCII equal ignoring case: "ı", "ſ", the Kelvin sign), to 0. It only says no
/// where the set would.
/// </summary>
internal sealed class RunFilter
{
    private readonly ulong[] bits = new ulong[512];

    /// <param name="words">The set's words (compared ordinally, case ignored or not).</param>
    public RunFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
            if (word.Length > 0) bits[Shape(word) >> 6] |= 1UL << Shape(word);
    }

    /// <summary>False when no word of the set is <paramref name="run"/>, case ignored; true when one may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> run) => run.IsEmpty || (bits[Shape(run) >> 6] & (1UL << Shape(run))) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Shape(ReadOnlySpan<char> run) => (Math.Min(run.Length, 31) << 10) | (Fold(run[0]) << 5) | Fold(run[^1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(char c)
    {
        var lower = c | 0x20;
        return lower is >= 'a' and <= 'z' and not ('i' or 's' or 'k') ? lower - 'a' + 1 : 0;
    }
}
