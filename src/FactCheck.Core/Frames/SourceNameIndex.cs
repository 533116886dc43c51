using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// One identity per name within a source: once a source has written "Karl Lagerfeld", its later "Lagerfeld" is Karl
/// Lagerfeld, as a reader takes it; a word two of its full names share ("Dick McDonald", "Mac McDonald") names neither.
/// Filled in the order the source is read.
/// </summary>
internal sealed class SourceNameIndex
{
    private readonly Dictionary<string, string?> fullNameOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> displayOf = new(StringComparer.Ordinal);

    // A source names the same people again and again, in every claim's sentence: each word is folded once.
    private readonly Dictionary<string, string> foldedOf = new(StringComparer.Ordinal);

    /// <summary>The key of <paramref name="name"/> in this source, and how it is shown: a lone word is the full name it belongs to.</summary>
    public (string Key, string Display) Resolve(EntityName name)
    {
        if (name.Words.Length > 1)
        {
            foreach (var word in name.Words)
            {
                if (!foldedOf.TryGetValue(word, out var folded)) foldedOf[word] = folded = TextAnalyzer.Fold(word);
                fullNameOfWord[folded] = fullNameOfWord.TryGetValue(folded, out var known) && known != name.Key ? null : name.Key;
            }
            displayOf[name.Key] = name.Text;
            return (name.Key, name.Text);
        }
        return fullNameOfWord.GetValueOrDefault(name.Key) is { } full ? (full, displayOf[full]) : (name.Key, name.Text);
    }
}
