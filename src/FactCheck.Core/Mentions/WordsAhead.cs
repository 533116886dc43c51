using System.Collections.Frozen;
using FactCheck.Inputs;

namespace FactCheck.Mentions;

/// <summary>
/// A quick "no" before a regex that reads one of a list's words at a position (anchored there, <c>\G</c>, or from the start
/// of a run of letters): such a match starts with the word's first run of letters, which must be the whole run of letters
/// at the position (a regex of words wants no letter to follow one), and for a word of several runs ("a few", "tens of
/// thousands") the next run of letters after it is the word's second. The quantity reader tries its regexes on every
/// figure and after every "a" and "un" (a scale, a range, a vague or an approximate number, a unit symbol, a time of day),
/// and most find a word no list holds ("people", "of"); a word that starts with no letter ("°C", "%") is tested by that
/// first character. Letters are folded as <see cref="WordsBehind"/> folds them, so that every pair a regex takes as one
/// ignoring case folds alike. The test only says no where the regex must fail; where it says yes the regex decides.
/// </summary>
internal sealed class WordsAhead
{
    private readonly FrozenDictionary<string, FrozenSet<string>?> firstRuns;
    private readonly FrozenDictionary<string, FrozenSet<string>?>.AlternateLookup<ReadOnlySpan<char>> firsts;
    private readonly FrozenSet<char> otherFirsts;
    private readonly WordShapes shapes;
    private readonly bool ignoreCase;
    private readonly int longest, longestSecond;

    /// <param name="words">The list's words as the regex reads them.</param>
    /// <param name="ignoreCase">True when the regex ignores case (under the invariant culture), false when it reads them exactly.</param>
    public WordsAhead(IEnumerable<string> words, bool ignoreCase)
    {
        this.ignoreCase = ignoreCase;
        // Each first run with the second runs of the words it starts; none (null) when one of them is that run alone.
        var byFirst = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var others = new HashSet<char>();
        foreach (var word in words)
        {
            var runs = Runs(word);
            if (runs.Count == 0 || !char.IsLetter(word[0]))
            {
                if (word.Length > 0) others.Add(word[0]);
                continue;
            }
            var second = runs.Count > 1 ? runs[1] : null;
            if (!byFirst.TryGetValue(runs[0], out var seconds)) byFirst[runs[0]] = second is null ? null : [second];
            else if (second is null) byFirst[runs[0]] = null;
            else seconds?.Add(second);
            longest = Math.Max(longest, runs[0].Length);
            longestSecond = Math.Max(longestSecond, second?.Length ?? 0);
        }
        firstRuns = byFirst.ToFrozenDictionary(e => e.Key, e => e.Value?.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        firsts = firstRuns.GetAlternateLookup<ReadOnlySpan<char>>();
        shapes = new WordShapes(byFirst.Keys, ignoreCase);
        otherFirsts = others.ToFrozenSet();
    }

    /// <summary>False when no word of the list can start at <paramref name="at"/>; true when one may.</summary>
    public bool MayStart(string text, int at)
    {
        if (at >= text.Length) return false;
        if (!char.IsLetter(text[at])) return otherFirsts.Contains(text[at]);
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var run = text.AsSpan(at, end - at);
        if (run.Length > longest || !shapes.MayHold(run)) return false;
        Span<char> folded = stackalloc char[longest];
        if (!firsts.TryGetValue(Fold(run, folded), out var seconds)) return false;
        if (seconds is null) return true;
        while (end < text.Length && !char.IsLetter(text[end])) end++;
        var next = end;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var second = text.AsSpan(next, end - next);
        if (second.Length == 0 || second.Length > longestSecond) return false;
        Span<char> secondFolded = stackalloc char[longestSecond];
        return seconds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Fold(second, secondFolded));
    }

    /// <summary>As <see cref="MayStart"/>, for a regex that lets white space stand first (<c>\G[\s\u00A0\u202F]*</c>; the no-break spaces are white space).</summary>
    public bool MayStartAfterSpaces(string text, int at)
    {
        var start = at;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        return MayStart(text, start) || (start > at && MayStart(text, at));
    }

    /// <summary>As <see cref="MayStart"/>, for a regex that lets one white space or hyphen stand first (<c>\G[\s\u00A0\u202F-]?</c>).</summary>
    public bool MayStartAfterSpaceOrHyphen(string text, int at) =>
        MayStart(text, at) || (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == '-') && MayStart(text, at + 1));

    /// <summary>The runs of letters of <paramref name="word"/>, folded.</summary>
    private List<string> Runs(string word)
    {
        var runs = new List<string>();
        for (var i = 0; i < word.Length;)
        {
            if (!char.IsLetter(word[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < word.Length && char.IsLetter(word[i])) i++;
            var folded = new char[i - start];
            runs.Add(new string(Fold(word.AsSpan(start, i - start), folded)));
        }
        return runs;
    }

    /// <summary>
    /// <paramref name="run"/> as it is compared: itself when case counts, else each letter folded into <paramref name="into"/>
    /// as <see cref="WordsBehind"/> folds it (<see cref="Casing.Fold"/>).
    /// </summary>
    private ReadOnlySpan<char> Fold(ReadOnlySpan<char> run, Span<char> into)
    {
        if (!ignoreCase) return run;
        for (var i = 0; i < run.Length; i++) into[i] = Casing.Fold(run[i]);
        return into[..run.Length];
    }
}
