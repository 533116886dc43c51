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
