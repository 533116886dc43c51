using System.Globalization;

namespace FactCheck.Analysis;

/// <summary>
/// The words of a text: runs of letters and digits (accents as combining marks included), where an apostrophe or a hyphen
/// between two of them joins them into one word ("l'OTAN", "Lac-Mégantic", "Lagerfeld's", "COVID-19"). Callers split a
/// word at its joiners when they want the parts.
/// </summary>
internal static class WordTokens
{
    /// <summary>The words of <paramref name="text"/>, in order; <c>foreach</c> it without allocating.</summary>
    public static Enumerator In(string text) => new(text);

    /// <summary>True for the characters inside a word.</summary>
    public static bool IsWordChar(char c) =>
        // ASCII, most of any text, has no combining marks: the Unicode tables are asked of the rest only.
        c < 0x80 ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>True for an apostrophe: straight, typographic (’) or the modifier letter some keyboards give (ʼ).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>True for a hyphen, including the Unicode hyphen and the non-breaking one.</summary>
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>Walks <see cref="In"/>'s words.</summary>
    public struct Enumerator(string text)
    {
        private int next;

        /// <summary>The current word: <c>[Start, End)</c> in the text.</summary>
        public (int Start, int End) Current { get; private set; }

        /// <summary>This enumerator, so that <c>foreach</c> works on <see cref="In"/>'s result.</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>Moves to the next word; false at the end of the text.</summary>
        public bool MoveNext()
        {
            var i = next;
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length) return false;
            var start = i;
            while (i < text.Length)
            {
                if (IsWordChar(text[i])) i++;
                else if ((IsApostrophe(text[i]) || IsHyphen(text[i])) && i + 1 < text.Length && IsWordChar(text[i + 1])) i++;
                else break;
            }
            Current = (start, i);
            next = i;
            return true;
        }
    }
}
