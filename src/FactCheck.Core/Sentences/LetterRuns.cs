using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactCheck.Sentences;

/// <summary>
/// The runs of letters of a text, start and end: the words the lexicons look up one set probe at a time, which is much
/// faster than a regex of many alternatives ("l’inflation" holds "l" and "inflation"; "peut-être" holds two runs).
/// </summary>
public static class LetterRuns
{
    /// <summary>The runs of letters of <paramref name="text"/>, in order; <c>foreach</c> it without allocating.</summary>
    public static Enumerator In(string text) => new(text);

    /// <summary>True when a run of letters of <paramref name="text"/> is one of <paramref name="words"/>: a word scan with one set look-up a word.</summary>
    public static bool AnyIn(string text, System.Collections.Frozen.FrozenSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in In(text))
            if (lookup.Contains(text.AsSpan(start, end - start))) return true;
        return false;
    }

    /// <summary>
    /// The run of letters that ends just before <paramref name="at"/>, past white space only ("du" before " 26 mai"), or an
    /// empty run at <paramref name="at"/> when another character stands between.
    /// </summary>
    public static (int Start, int End) Before(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start == end ? (at, at) : (start, end);
    }

    /// <summary>The run of letters that starts at <paramref name="at"/>, past white space only ("dernier" after "26 mai "), possibly empty.</summary>
    public static (int Start, int End) After(string text, int at)
    {
        var start = at;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return (start, end);
    }

    /// <summary>Walks <see cref="In"/>'s runs.</summary>
    public struct Enumerator(string text)
    {
        private int next;

        /// <summary>The current run: <c>[Start, End)</c> in the text.</summary>
        public (int Start, int End) Current { get; private set; }

        /// <summary>This enumerator, so that <c>foreach</c> works on <see cref="In"/>'s result.</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>Moves to the next run of letters; false at the end of the text.</summary>
        public bool MoveNext()
        {
            // Read through a span held in a local, so that the loops carry no bounds checks and no reads of the text field:
            // every kind walks every sentence's runs so (1.4 % of the corpus check's samples were this method's own).
            var span = text.AsSpan();
            var i = next;
            while ((uint)i < (uint)span.Length && !IsLetter(span[i])) i++;
            if ((uint)i >= (uint)span.Length) return false;
            var start = i++;
            while ((uint)i < (uint)span.Length && IsLetter(span[i])) i++;
            Current = (start, i);
            next = i;
            return true;
        }
    }

    /// <summary>
    /// Writes the runs of <see cref="In"/> into <paramref name="runs"/> (grown by doubling as needed) and returns how many.
    /// The sentence's letters are found 64 characters at a time, as one bit each (8 characters a vector compare, the few
    /// past ASCII asked of <see cref="char.IsLetter(char)"/>), and the runs read from the bits' edges: the
    /// kinds' shared runs (<c>SentenceRuns</c>) were one character a loop step, 1 % of the corpus check's samples.
    /// </summary>
    internal static int Fill(string text, ref (int Start, int End)[] runs)
    {
        var count = 0;
        var runStart = -1;
        for (var chunk = 0; chunk < text.Length; chunk += 64)
        {
            var letters = LettersOf(text, chunk);
            var at = 0;
            while (true)
            {
                if (runStart < 0)
                {
                    var ahead = at < 64 ? letters >> at : 0;
                    if (ahead == 0) break;
                    at += BitOperations.TrailingZeroCount(ahead);
                    runStart = chunk + at;
                }
                // Past the text's end the bits are 0: a run that reaches it ends there, unless the text ends with the chunk.
                var others = at < 64 ? ~letters >> at : 0;
                if (others == 0) break;
                at += BitOperations.TrailingZeroCount(others);
                if (count == runs.Length) Array.Resize(ref runs, 2 * runs.Length);
                runs[count++] = (runStart, chunk + at);
                runStart = -1;
            }
        }
        if (runStart >= 0)
        {
            if (count == runs.Length) Array.Resize(ref runs, 2 * runs.Length);
            runs[count++] = (runStart, text.Length);
        }
        return count;
    }

    /// <summary>Bit i set when <c>text[chunk + i]</c> is a letter, for the (up to) 64 characters from <paramref name="chunk"/>.</summary>
    private static ulong LettersOf(string text, int chunk)
    {
        var length = Math.Min(64, text.Length - chunk);
        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), chunk));
        var letters = 0UL;
        var i = 0;
        // An ASCII letter is one whose lower case is 'a' to 'z'; a character past ASCII fails that test and is asked alone.
        // Vector128, not Vector256 too: the published binary targets x86-64-v2, where a wider vector is not accelerated.
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref first, (nuint)i);
                var bits = (ulong)Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).ExtractMostSignificantBits();
                var past = (ulong)Vector128.GreaterThan(chars, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits();
                letters |= (past == 0 ? bits : bits | NonAsciiLetters(ref first, i, past)) << i;
            }
        }
        for (; i < length; i++)
            if (IsLetter((char)Unsafe.Add(ref first, i))) letters |= 1UL << i;
        return letters;
    }

    /// <summary>Bit j set when the character at <c>from + j</c>, one of <paramref name="past"/>'s (past ASCII), is a letter.</summary>
    private static ulong NonAsciiLetters(ref ushort first, int from, ulong past)
    {
        var letters = 0UL;
        for (; past != 0; past &= past - 1)
        {
            var j = BitOperations.TrailingZeroCount(past);
            if (char.IsLetter((char)Unsafe.Add(ref first, from + j))) letters |= 1UL << j;
        }
        return letters;
    }

    /// <summary><see cref="char.IsLetter(char)"/>, ASCII tested by arithmetic (most of the characters of news), the rest asked of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
}
