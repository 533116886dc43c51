namespace FactCheck.Inputs;

/// <summary>
/// Invariant lower and upper case, character for character what <see cref="char.ToLowerInvariant"/> and the span and string
/// methods give, read from a table for the alphabets the packs read (Latin, Greek, Cyrillic). The runtime asks ICU, one
/// native call a word or a letter, for any text past ASCII: the accents of French made that 2.7 s of a check of the bench
/// corpus. A text with a character past the table goes to the runtime whole, so surrogate pairs are cased as before.
/// </summary>
internal static class Casing
{
    // Latin, IPA, Greek, Cyrillic and Armenian: 1,328 characters asked of the runtime once, at first use.
    private const int TableSize = 0x0530;
    private static readonly char[] LowerOf = Build(char.ToLowerInvariant);
    private static readonly char[] UpperOf = Build(char.ToUpperInvariant);

    /// <summary><paramref name="c"/> in lower case, as <see cref="char.ToLowerInvariant"/> gives it.</summary>
    public static char ToLower(char c) => c < TableSize ? LowerOf[c] : char.ToLowerInvariant(c);

    /// <summary><paramref name="c"/> in upper case, as <see cref="char.ToUpperInvariant"/> gives it.</summary>
    public static char ToUpper(char c) => c < TableSize ? UpperOf[c] : char.ToUpperInvariant(c);

    /// <summary>
    /// <paramref name="c"/> folded so that every pair of characters a regex ignoring case (culture-invariant) takes as one
    /// folds alike: upper case, then lower ("K", "k" and the Kelvin sign are all "k").
    /// </summary>
    public static char Fold(char c) => ToLower(ToUpper(c));

    /// <summary>
    /// Writes <paramref name="source"/> in lower case into <paramref name="destination"/>, which is at least as long and
    /// does not overlap it (as <see cref="MemoryExtensions.ToLowerInvariant"/>).
    /// </summary>
    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= TableSize)
            {
                source.ToLowerInvariant(destination);
                return;
            }
            destination[i] = LowerOf[c];
        }
    }

    /// <summary><paramref name="text"/> in lower case, as <see cref="string.ToLowerInvariant"/> gives it: the text itself when nothing changes.</summary>
    public static string ToLower(string text)
    {
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= TableSize) return text.ToLowerInvariant();
            if (LowerOf[c] != c) break;
        }
        return i == text.Length ? text : string.Create(text.Length, text, static (span, source) => ToLower(source, span));
    }

    private static char[] Build(Func<char, char> change)
    {
        var table = new char[TableSize];
        for (var c = 0; c < table.Length; c++) table[c] = change((char)c);
        return table;
    }
}
