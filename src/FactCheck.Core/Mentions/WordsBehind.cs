using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Inputs;

namespace FactCheck.Mentions;

/// <summary>
/// A right-to-left regex that reads a word of a list at the end of a window ("more than 5", "fin des années 1990"), with a
/// cheap test run first: such a match ends with the last letters of one of the words, so a window whose last letters (after
/// the white space or hyphens the regex lets follow the word) are no word's last letters cannot match, and the regex is
/// not run. Most figures and dates stand after "the", "of" or a comma, where the regex would walk its whole alternation
/// for nothing. Past the last letters the whole word is tested too: "up to", "close to" and "près de" end in "to" and "de",
/// which stand before most figures. The test only says no where the regex must fail; where it says yes the regex decides.
/// </summary>
internal sealed class WordsBehind
{
    private readonly Regex regex;
    // The folded words (a space for any white space, an apostrophe for ' or ’), by their folded last letters.
    private readonly FrozenDictionary<string, string[]>? ends;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int longest;
    private readonly bool skipsHyphens;

    /// <param name="regex">The right-to-left regex, anchored at the end of what it reads; its last word is one of <paramref name="words"/>.</param>
    /// <param name="words">The list words as the pack writes them (a space for any white space, an apostrophe for ' or ’).</param>
    /// <param name="skipsHyphens">True when the regex lets hyphens as well as white space follow the word.</param>
    public WordsBehind(Regex regex, IEnumerable<string> words, bool skipsHyphens)
    {
        this.regex = regex;
        this.skipsHyphens = skipsHyphens;
        var byEnd = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var end = word.Length;
            while (end > 0 && IsSkipped(word[end - 1])) end--;
            // A word that ends in white space or an apostrophe alone is not read by this test: it never says no.
            var folded = new char[end + 1];
            var length = LastLetters(word.AsSpan(0, end), folded);
            if (length == 0) return;
            var key = new string(folded, 0, length);
            if (!byEnd.TryGetValue(key, out var whole)) byEnd[key] = whole = new HashSet<string>(StringComparer.Ordinal);
            whole.Add(string.Concat(word.AsSpan(0, end).ToArray().Select(c => c is '\'' or '’' ? '\'' : Casing.Fold(c))));
            longest = Math.Max(longest, length);
        }
        ends = byEnd.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        lookup = ends.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The regex's match in <c>text[beginning..(beginning + length)]</c>, or <see cref="System.Text.RegularExpressions.Match.Empty"/>.</summary>
    public Match Match(string text, int beginning, int length) =>
        MayEnd(text.AsSpan(beginning, length)) ? regex.Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The regex's match in <paramref name="text"/>, or <see cref="System.Text.RegularExpressions.Match.Empty"/>.</summary>
    public Match Match(string text) => MayEnd(text) ? regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>True when the regex matches <paramref name="text"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => MayEnd(text) && regex.IsMatch(text);

    /// <summary>False when no word of the list can end <paramref name="window"/> (followed only by what the regex skips).</summary>
    private bool MayEnd(ReadOnlySpan<char> window)
    {
        if (ends is null) return true;
        var end = window.Length;
        while (end > 0 && IsSkipped(window[end - 1])) end--;
        // A run of letters longer than every word is none of them: it is not folded (a run may be as long as the text).
        Span<char> folded = stackalloc char[longest + 1];
        var length = LastLetters(window[..end], folded);
        if (length == 0 || !lookup.TryGetValue(folded[..length], out var whole)) return false;
        foreach (var word in whole)
            if (EndsWith(window[..end], word)) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> ends with the folded <paramref name="word"/> as its regex reads it: a space of the
    /// word is one or more characters of white space, an apostrophe either apostrophe, a letter any case of it.
    /// </summary>
    private static bool EndsWith(ReadOnlySpan<char> text, string word)
    {
        var i = text.Length;
        for (var j = word.Length - 1; j >= 0; j--)
        {
            if (word[j] == ' ')
            {
                var spaceEnd = i;
                while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
                if (i == spaceEnd) return false;
            }
            else if (i == 0 || (word[j] == '\'' ? text[i - 1] is not ('\'' or '’') : Casing.Fold(text[i - 1]) != word[j])) return false;
            else i--;
        }
        return true;
    }

    private bool IsSkipped(char c) => char.IsWhiteSpace(c) || (skipsHyphens && c == '-');

    /// <summary>
    /// Writes into <paramref name="folded"/> the run of letters that ends <paramref name="text"/> (with its apostrophe when
    /// one ends it: "d'"), folded so that every pair of letters the regex takes as one letter ignoring case folds alike, and
    /// returns its length: 0 when <paramref name="text"/> ends in white space or an apostrophe alone, or the run does not fit.
    /// A text that ends in any other character (a dash: "3-" before "4 dollars") ends in that character alone.
    /// </summary>
    private static int LastLetters(ReadOnlySpan<char> text, Span<char> folded)
    {
        var end = text.Length;
        if (end > 0 && !char.IsLetter(text[end - 1]) && !char.IsWhiteSpace(text[end - 1]) && text[end - 1] is not ('\'' or '’'))
        {
            folded[0] = Casing.Fold(text[end - 1]);
            return 1;
        }
        var elided = end > 0 && text[end - 1] is '\'' or '’';
        if (elided) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < folded.Length) start--;
        var length = end - start + (elided ? 1 : 0);
        if (start == end || length > folded.Length || (start > 0 && char.IsLetter(text[start - 1]))) return 0;
        for (var i = start; i < end; i++) folded[i - start] = Casing.Fold(text[i]);
        if (elided) folded[end - start] = '\'';
        return length;
    }
}
