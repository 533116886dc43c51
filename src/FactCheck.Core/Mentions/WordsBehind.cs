using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FactCheck.Mentions;

/// <summary>
/// A right-to-left regex that reads a word of a list at the end of a window ("more than 5", "fin des années 1990"), with a
/// cheap test run first: such a match ends with the last letters of one of the words, so a window whose last letters (after
/// the white space or hyphens the regex lets follow the word) are no word's last letters cannot match, and the regex is
/// not run. Most figures and dates stand after "the", "of" or a comma, where the regex would walk its whole alternation
/// for nothing. The test only says no where the regex must fail; where it says yes the regex decides.
/// </summary>
internal sealed class WordsBehind
{
    private readonly Regex regex;
    private readonly FrozenSet<string>? ends;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int longest;
    private readonly bool skipsHyphens;

    /// <param name="regex">The right-to-left regex, anchored at the end of what it reads; its last word is one of <paramref name="words"/>.</param>
    /// <param name="words">The list words as the pack writes them (a space for any white space, an apostrophe for ' or ’).</param>
    /// <param name="skipsHyphens">True when the regex lets hyphens as well as white space follow the word.</param>
    public WordsBehind(Regex regex, IEnumerable<string> words, bool skipsHyphens)
    {
        this.regex = regex;
        this.skipsHyphens = skipsHyphens;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var end = word.Length;
            while (end > 0 && IsSkipped(word[end - 1])) end--;
            // A word that ends in anything but a letter or an apostrophe is not read by this test: it never says no.
            var folded = new char[end + 1];
            var length = LastLetters(word.AsSpan(0, end), folded);
            if (length == 0) return;
            set.Add(new string(folded, 0, length));
            longest = Math.Max(longest, length);
        }
        ends = set.ToFrozenSet(StringComparer.Ordinal);
        lookup = ends.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The regex's match in <c>text[beginning..(beginning + length)]</c>, or <see cref="System.Text.RegularExpressions.Match.Empty"/>.</summary>
    public Match Match(string text, int beginning, int length) =>
        MayEnd(text.AsSpan(beginning, length)) ? regex.Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The regex's match in <paramref name="text"/>, or <see cref="System.Text.RegularExpressions.Match.Empty"/>.</summary>
    public Match Match(string text) => MayEnd(text) ? regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False when no word of the list can end <paramref name="window"/> (followed only by what the regex skips).</summary>
    private bool MayEnd(ReadOnlySpan<char> window)
    {
        if (ends is null) return true;
        var end = window.Length;
        while (end > 0 && IsSkipped(window[end - 1])) end--;
        // A run of letters longer than every word is none of them: it is not folded (a run may be as long as the text).
        Span<char> folded = stackalloc char[longest + 1];
        var length = LastLetters(window[..end], folded);
        return length > 0 && lookup.Contains(folded[..length]);
    }

    private bool IsSkipped(char c) => char.IsWhiteSpace(c) || (skipsHyphens && c == '-');

    /// <summary>
    /// Writes into <paramref name="folded"/> the run of letters that ends <paramref name="text"/> (with its apostrophe when
    /// one ends it: "d'"), folded so that every pair of letters the regex takes as one letter ignoring case folds alike, and
    /// returns its length: 0 when <paramref name="text"/> ends in anything else or the run does not fit.
    /// </summary>
    private static int LastLetters(ReadOnlySpan<char> text, Span<char> folded)
    {
        var end = text.Length;
        var elided = end > 0 && text[end - 1] is '\'' or '’';
        if (elided) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < folded.Length) start--;
        var length = end - start + (elided ? 1 : 0);
        if (start == end || length > folded.Length || (start > 0 && char.IsLetter(text[start - 1]))) return 0;
        for (var i = start; i < end; i++) folded[i - start] = char.ToLowerInvariant(char.ToUpperInvariant(text[i]));
        if (elided) folded[end - start] = '\'';
        return length;
    }
}
