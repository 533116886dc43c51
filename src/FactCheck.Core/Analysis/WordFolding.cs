using System.Globalization;
using System.Text;
using FactCheck.Inputs;

namespace FactCheck.Analysis;

/// <summary>
/// Lower case without accents ("Mégantic" → "megantic", "Œuvre" → "oeuvre"): the form words and names are matched in, so
/// that a name written with or without its accents, or in capitals, is one name.
/// </summary>
internal static class WordFolding
{
    /// <summary>
    /// Latin letters up to here (Latin-1, Extended-A and -B) are folded one by one from a table: each such character folds
    /// on its own, its marks dropped, into letters no later character composes with, so a text of them folds as the whole
    /// text would. Decomposing, filtering and composing again took four copies of the text; French is mostly such letters.
    /// </summary>
    private const int TableSize = 0x0250;

    /// <summary>Each character's folded form, read once with <see cref="Slow"/>: the character itself when it is unchanged.</summary>
    private static readonly string[] Folded = BuildTable();

    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text) => Fold(text.ToString());

    /// <summary>The folded form of <paramref name="text"/>; the text itself when it is already folded.</summary>
    public static string Fold(string text)
    {
        var lower = Casing.ToLower(text);
        if (Ascii.IsValid(lower)) return lower;
        return ByTable(lower) ?? Slow(lower);
    }

    /// <summary>
    /// Writes the folded form of <paramref name="text"/> into <paramref name="destination"/> without making a string, as
    /// <see cref="Fold(string)"/> gives it: false, with nothing to rely on written, when a character is past the table (the
    /// caller folds the text as a string then) or the destination is too short. What a look-up of a folded word needs, most
    /// of which find a key already made.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in text)
        {
            // Lower case first, as Fold does: what the table then folds is the lower-case character.
            var lower = c < TableSize ? Casing.ToLower(c) : c;
            string folded;
            if (lower < TableSize) folded = Folded[lower];
            else if (lower is '’' or 'ʼ') folded = "'";
            else return false;
            if (!folded.TryCopyTo(destination[written..])) return false;
            written += folded.Length;
        }
        return true;
    }

    /// <summary>The folded form of a lower-case <paramref name="lower"/> read from the table, or null when a character is past it.</summary>
    private static string? ByTable(string lower)
    {
        var length = 0;
        foreach (var c in lower)
        {
            if (!InTable(c)) return null;
            length += c < TableSize ? Folded[c].Length : 1;
        }
        return string.Create(length, lower, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (c >= TableSize)
                {
                    span[at++] = '\''; // the typographic apostrophes
                    continue;
                }
                var folded = Folded[c];
                folded.CopyTo(span[at..]);
                at += folded.Length;
            }
        });
    }

    private static bool InTable(char c) => c < TableSize || c is '’' or 'ʼ';

    /// <summary>Decomposed, without its marks, composed again: what every text past the table is folded by (and the table's tests compare with).</summary>
    internal static string Slow(string lower)
    {
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ': plain.Append("oe"); break;
                case 'æ': plain.Append("ae"); break;
                case 'ß': plain.Append("ss"); break;
                case '’' or 'ʼ': plain.Append('\''); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)) plain.Append(c);
                    break;
            }
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var text = ((char)c).ToString();
            table[c] = char.IsSurrogate((char)c) ? text : Slow(text);
        }
        return table;
    }
}
