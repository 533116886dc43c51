using FactCheck.Analysis;
using FactCheck.Sources;

namespace FactCheck.Alignment;

/// <summary>
/// The folded words of a story's sources ("Nouvelle-Calédonie" gives "nouvelle" and "caledonie"), each source read once
/// for every rule of the story that asks whether a source writes a name (<see cref="StoryEntity"/>, <see cref="StorySides"/>).
/// One per story: a story is aligned on one thread.
/// </summary>
internal sealed class SourceWords
{
    /// <summary>What separates the words of a source's folded text.</summary>
    private static readonly char[] WordBreaks = [' ', '\n', '\r', '\t', '-', '\'', '.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '«', '»', '“', '”', '/'];

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(WordBreaks);

    private readonly Dictionary<string, HashSet<string>> bySource = new(StringComparer.Ordinal);

    /// <summary>The folded words of <paramref name="source"/>'s text.</summary>
    public HashSet<string> Of(SourceDocument source)
    {
        if (!bySource.TryGetValue(source.Id, out var words))
            bySource[source.Id] = words = Distinct(TextAnalyzer.Fold(source.WholeText));
        return words;
    }

    /// <summary>
    /// The words of a folded text, as <see cref="Split"/> cuts them: each looked up as a slice of the text and made a string
    /// only the first time. A source writes most of its words many times; splitting the whole text into strings and an
    /// array of them was 31 MB over the bench corpus.
    /// </summary>
    private static HashSet<string> Distinct(string folded)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new WordSpans(folded)) lookup.Add(word);
        return words;
    }

    /// <summary>
    /// Adds one to <paramref name="counts"/> for each of <paramref name="candidates"/> that <paramref name="source"/> writes.
    /// The source's words are looked up among the candidates as slices of its folded text, not made a set of their own
    /// (unless a side's name asked for it first): a story's entity reads every source of the story for a few holder
    /// words, and the sets of all their words were 26 MB of the bench corpus's alignment.
    /// </summary>
    public void Count(SourceDocument source, HashSet<string> candidates, Dictionary<string, int> counts)
    {
        if (bySource.TryGetValue(source.Id, out var words))
        {
            foreach (var word in candidates)
                if (words.Contains(word)) counts[word] = counts.GetValueOrDefault(word) + 1;
            return;
        }
        var lookup = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        written.Clear();
        foreach (var word in new WordSpans(TextAnalyzer.Fold(source.WholeText)))
            if (lookup.TryGetValue(word, out var candidate)) written.Add(candidate);
        foreach (var word in written) counts[word] = counts.GetValueOrDefault(word) + 1;
    }

    /// <summary>The candidates <see cref="Count"/> found in one source, each once.</summary>
    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    /// <summary>The words of a folded text: the runs between <see cref="WordBreaks"/>, as slices of it.</summary>
    private ref struct WordSpans(string folded)
    {
        private ReadOnlySpan<char> rest = folded;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordSpans GetEnumerator() => this;

        public bool MoveNext()
        {
            while (rest.Length > 0)
            {
                var end = rest.IndexOfAny(Breaks);
                if (end < 0) end = rest.Length;
                Current = rest[..end];
                rest = rest[Math.Min(end + 1, rest.Length)..];
                if (end > 0) return true;
            }
            return false;
        }
    }

    /// <summary>True when every word of <paramref name="name"/> is a word of <paramref name="source"/>.</summary>
    public bool Writes(SourceDocument source, string name) => Split(name).All(Of(source).Contains);

    private static string[] Split(string text) => TextAnalyzer.Fold(text).Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
}
