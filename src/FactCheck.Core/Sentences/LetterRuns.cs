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
            var i = next;
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            if (i >= text.Length) return false;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            Current = (start, i);
            next = i;
            return true;
        }
    }
}
