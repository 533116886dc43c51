using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactCheck.Analysis;

/// <summary>
/// The words of a text: runs of letters and digits (accents as combining marks included), where an apostrophe or a hyphen
/// between two of them joins them into one word ("l'OTAN", "Lac-Mégantic", "Lagerfeld's", "COVID-19"). Callers split a
/// word at its joiners when they want the parts.
/// </summary>
internal static class WordTokens
{
    // What each character up to U+052F (Latin, IPA, Greek, Cyrillic, Armenian) is, read from a table built from the
    // predicates below at first use: asked of the runtime for every character of every lead, they were a tenth of a profile.
    private const int TableSize = 0x0530;
    private const byte WordBit = 1;
    private const byte ApostropheBit = 2;
    private const byte HyphenBit = 4;
    private const byte JoinerBits = ApostropheBit | HyphenBit;
    private static readonly byte[] Kinds = BuildKinds();

    /// <summary>The words of <paramref name="text"/>, in order; <c>foreach</c> it without allocating.</summary>
    public static Enumerator In(string text) => new(text);

    /// <summary>True for the characters inside a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < TableSize ? (Kinds[c] & WordBit) != 0 : IsWordCharOutsideTable(c);

    /// <summary>True for an apostrophe: straight, typographic (’) or the modifier letter some keyboards give (ʼ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>True for a hyphen, including the Unicode hyphen and the non-breaking one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static bool IsWordCharOutsideTable(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static byte[] BuildKinds()
    {
        var kinds = new byte[TableSize];
        for (var c = (char)0; c < TableSize; c++) kinds[c] = (byte)KindFromPredicates(c);
        return kinds;
    }

    /// <summary>Walks <see cref="In"/>'s words.</summary>
    public struct Enumerator(string text)
    {
        private int next;

        /// <summary>The current word: <c>[Start, End)</c> in the text.</summary>
        public (int Start, int End) Current { get; private set; }

        /// <summary>
        /// True when the current word holds an apostrophe or a hyphen (<see cref="IsApostrophe"/>, <see cref="IsHyphen"/>),
        /// noted as the word is walked: the terms' reader searched every word for one again (0.2 % of a check's samples).
        /// </summary>
        public bool HasJoiner { get; private set; }

        /// <summary>This enumerator, so that <c>foreach</c> works on <see cref="In"/>'s result.</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>
        /// Moves to the next word; false at the end of the text. The table is read from a local: read from its static field,
        /// each character waited for the check that the class is initialised and for the field, a third of the walk's time
        /// (perf annotate, AOT).
        /// </summary>
        public bool MoveNext()
        {
            var chars = text.AsSpan();
            var kinds = Kinds;
            var i = next;
            while (i < chars.Length && !IsWordChar(kinds, chars[i])) i++;
            if (i >= chars.Length) return false;
            var start = i;
            // The kinds of the word's characters together: a joiner inside a word is one ("l'OTAN"), or a letter that is an
            // apostrophe too ("ʼ", the modifier letter).
            var kindsMet = 0;
            while (i < chars.Length)
            {
                var kind = KindOf(kinds, chars[i]);
                if ((kind & WordBit) == 0 && ((kind & JoinerBits) == 0 || i + 1 >= chars.Length || !IsWordChar(kinds, chars[i + 1]))) break;
                kindsMet |= kind;
                i++;
            }
            Current = (start, i);
            HasJoiner = (kindsMet & JoinerBits) != 0;
            next = i;
            return true;
        }

        /// <summary><see cref="WordTokens.IsWordChar(char)"/> with the table at hand.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsWordChar(byte[] kinds, char c) => c < kinds.Length ? (kinds[c] & WordBit) != 0 : IsWordCharOutsideTable(c);

        /// <summary>What <paramref name="c"/> is (its bits), from the table or, past it, from the predicates.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int KindOf(byte[] kinds, char c) => c < kinds.Length ? kinds[c] : KindFromPredicates(c);
    }

    private static int KindFromPredicates(char c) =>
        (IsWordCharOutsideTable(c) ? WordBit : 0) | (IsApostrophe(c) ? ApostropheBit : 0) | (IsHyphen(c) ? HyphenBit : 0);
}
