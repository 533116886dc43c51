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

    private readonly Dictionary<string, HashSet<string>> bySource = new(StringComparer.Ordinal);

    /// <summary>The folded words of <paramref name="source"/>'s text.</summary>
    public HashSet<string> Of(SourceDocument source)
    {
        if (!bySource.TryGetValue(source.Id, out var words))
            bySource[source.Id] = words = Split(source.Text).ToHashSet(StringComparer.Ordinal);
        return words;
    }

    /// <summary>True when every word of <paramref name="name"/> is a word of <paramref name="source"/>.</summary>
    public bool Writes(SourceDocument source, string name) => Split(name).All(Of(source).Contains);

    private static string[] Split(string text) => TextAnalyzer.Fold(text).Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
}
