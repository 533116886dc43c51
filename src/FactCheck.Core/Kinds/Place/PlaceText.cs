using System.Collections.Frozen;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Kinds.Place;

/// <summary>
/// How place names are cut into words and folded into lookup keys, the same way for the gazetteer's names and for the text:
/// lower case, no diacritics ("Kyïv" = "kyiv", "Rzeszów" = "rzeszow"), typographic apostrophes as ASCII, and a French
/// elision as a word of its own ("d'Ivoire" = "d'" + "ivoire"), so that "Côte d’Ivoire" finds "Côte d'Ivoire".
/// </summary>
internal static class PlaceText
{
    // Latin letters with diacritics, folded once: "é" -> 'e'. Letters outside the table are only lower-cased.
    private static readonly char[] Folded = BuildFoldTable();

    /// <summary>The capital letters of the Latin scripts, where a place name may start.</summary>
    public static readonly System.Buffers.SearchValues<char> Capitals =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x250).Select(c => (char)c).Where(char.IsUpper)]);

    /// <summary>True for a character that can stand inside a word: a letter or digit.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>True for an apostrophe, straight or typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>
    /// The end of the word that starts at <paramref name="start"/>: letters and digits, with hyphens and apostrophes inside
    /// ("Saint-Pétersbourg", "Xi'an") and the periods of an initialism ("U.S.", "D.C."). A French elision stops the word
    /// after its apostrophe ("l'", "d'", "qu'").
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (IsApostrophe(c) && IsWordChar(next))
            {
                if (IsElision(text[start..i])) return i + 1;
                i++;
                continue;
            }
            if (c == '-' && char.IsLetter(next)) { i++; continue; }
            // "U.S.", "D.C.": a period after a single capital that follows a period or starts the word.
            if (c == '.' && i - start >= 1 && char.IsUpper(text[i - 1]) && (i - start == 1 || text[i - 2] == '.')) { i++; continue; }
            break;
        }
        return i;
    }

    /// <summary>
    /// The words written with an apostrophe before a vowel ("l", "d", "qu", "jusqu"), of every shipped language (the packs'
    /// <c>elisions</c>): a place's names are written in every language, and the gazetteer and the text must cut them alike.
    /// </summary>
    private static readonly FrozenSet<string> Elisions =
        LanguagePacks.BuiltIn.All.SelectMany(p => p.Words("elisions")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for an elided word ("l", "d", "qu").</summary>
    public static bool IsElision(ReadOnlySpan<char> word) => Elisions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Appends the folded form of <paramref name="word"/> to <paramref name="key"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void AppendFolded(ReadOnlySpan<char> word, Span<char> key, ref int length)
    {
        foreach (var c in word)
        {
            if (length == key.Length) return;
            key[length++] = Fold(c);
        }
    }

    // Inlined into AppendFolded's loop: a call for each character of every capitalized word was a tenth of the kind's
    // instructions (cachegrind, a check of a 595-file slice).
    /// <summary>One character folded: lower case, no diacritic, apostrophes as '.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) =>
        c < Folded.Length ? Folded[c] : IsApostrophe(c) ? '\'' : Casing.ToLower(c);

    /// <summary>The lookup key of a name as the gazetteer writes it: its words folded and joined by single spaces.</summary>
    public static string Key(string name)
    {
        Span<char> buffer = stackalloc char[256];
        return new string(buffer[..Key(name, buffer)]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="buffer"/> (cut at its length) and returns its length.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int Key(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var length = 0;
        var i = 0;
        while (i < name.Length)
        {
            if (!IsWordChar(name[i])) { i++; continue; }
            var end = WordEnd(name, i);
            if (length > 0 && length < buffer.Length) buffer[length++] = ' ';
            AppendFolded(name[i..end], buffer, ref length);
            i = end;
        }
        return length;
    }

    /// <summary>How many words a key made by <see cref="Key(string)"/> has.</summary>
    public static int WordCount(string key) => key.AsSpan().Count(' ') + 1;

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            var decomposed = lower.ToString().Normalize(System.Text.NormalizationForm.FormD);
            table[c] = decomposed.Length > 0 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) ? decomposed[0] : lower;
        }
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ı'] = 'i';
        table['\''] = '\'';
        return table;
    }
}
