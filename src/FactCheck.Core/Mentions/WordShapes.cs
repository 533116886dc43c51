namespace FactCheck.Mentions;

/// <summary>
/// A quick "no" before a set look-up of a word: the lengths of the set's words, by first letter. A run of letters whose
/// first letter starts no word of its length (ignoring case when the set does) is not in the set, and the look-up's hash
/// and compare are skipped: most runs of a sentence are words no lexicon of a kind holds ("the", "said", "le"), and every
/// sentence is scanned so by several kinds. It only says no where the set would; where it says yes the set decides.
/// A set of a thousand words or more, whose first letters and lengths let most runs through, can ask for a second stage
/// (<c>lastLetters</c>): one bit for each of its words' length, first and last character.
/// </summary>
internal sealed class WordShapes
{
    private const int Longest = 63;

    /// <summary>For each ASCII first character, bit n set when a word of n characters starts with it (bit 63: 63 or more).</summary>
    private readonly ulong[] lengthsByFirst = new ulong[128];

    /// <param name="words">The set's words.</param>
    /// <param name="comparer">The set's comparer: <see cref="StringComparer.Ordinal"/> or <see cref="StringComparer.OrdinalIgnoreCase"/>.</param>
    public WordShapes(IEnumerable<string> words, IEqualityComparer<string> comparer)
        : this(words, ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)
            || (ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, EqualityComparer<string>.Default) ? false
                : throw new ArgumentException("Shapes are read for ordinal comparers only.", nameof(comparer))))
    {
    }

    /// <summary>
    /// With <c>lastLetters</c>: bit (length, first, last) set for each of the set's words (32,768 bits). A character is folded
    /// as a case-ignoring look-up compares it: an ASCII letter to its place in the alphabet, case ignored; every other
    /// character, and "i", "s", "k" (which some characters past ASCII equal ignoring case: "ı", "ſ", the Kelvin sign), to 0.
    /// Folding case is sound for an ordinal set too: it only merges more.
    /// </summary>
    private readonly ulong[]? ends;

    /// <param name="words">The set's words.</param>
    /// <param name="ignoreCase">True when the set compares with <see cref="StringComparison.OrdinalIgnoreCase"/>, false for <see cref="StringComparison.Ordinal"/>.</param>
    /// <param name="lastLetters">
    /// True to ask each word's last letter as well: the currency recognizer's vocabulary (about a thousand words) let most
    /// runs through on first letter and length alone, and its case-ignoring look-ups were 0.3–0.5 % of a check's samples.
    /// </param>
    public WordShapes(IEnumerable<string> words, bool ignoreCase, bool lastLetters = false)
    {
        if (lastLetters)
        {
            ends = new ulong[512];
            foreach (var word in words)
                if (word.Length > 0) ends[EndsOf(word) >> 6] |= 1UL << EndsOf(word);
        }
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // Which ASCII characters equal a word's first one is asked of the set's own comparison: ordinal comparisons
        // compare strings of one length character by character.
        Span<char> ascii = stackalloc char[1];
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            var bit = 1UL << Math.Min(word.Length, Longest);
            for (var c = 0; c < lengthsByFirst.Length; c++)
            {
                ascii[0] = (char)c;
                if (MemoryExtensions.Equals(ascii, word.AsSpan(0, 1), comparison)) lengthsByFirst[c] |= bit;
            }
        }
    }

    /// <summary>False when no word of the set is <paramref name="word"/>; true when one may be (a first letter past ASCII is always let through).</summary>
    public bool MayHold(ReadOnlySpan<char> word) =>
        word.IsEmpty || ((word[0] >= lengthsByFirst.Length || (lengthsByFirst[word[0]] & (1UL << Math.Min(word.Length, Longest))) != 0)
            && (ends is null || (ends[EndsOf(word) >> 6] & (1UL << EndsOf(word))) != 0));

    /// <summary>A word's bit in <see cref="ends"/>: its length (31 or more as 31), first and last characters folded.</summary>
    private static int EndsOf(ReadOnlySpan<char> word) => (Math.Min(word.Length, 31) << 10) | (Fold(word[0]) << 5) | Fold(word[^1]);

    private static int Fold(char c)
    {
        var lower = c | 0x20;
        return lower is >= 'a' and <= 'z' and not ('i' or 's' or 'k') ? lower - 'a' + 1 : 0;
    }
}
