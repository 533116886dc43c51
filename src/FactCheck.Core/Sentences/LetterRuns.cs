namespace FactCheck.Sentences;

/// <summary>
/// The runs of letters of a text, start and end: the words the lexicons look up one set probe at a time, which is much
/// faster than a regex of many alternatives ("l’inflation" holds "l" and "inflation"; "peut-être" holds two runs).
/// </summary>
public static class LetterRuns
{
    /// <summary>The runs of letters of <paramref name="text"/>, in order; <c>foreach</c> it without allocating.</summary>
    public static Enumerator In(string text) => new(text);

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
