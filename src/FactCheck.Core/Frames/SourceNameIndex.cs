using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// One identity per name within a source: once a source has written "Karl Lagerfeld", its later "Lagerfeld" is Karl
/// Lagerfeld, as a reader takes it; a word two of its full names share ("Dick McDonald", "Mac McDonald") names neither.
/// Filled in the order the source is read.
/// </summary>
internal sealed class SourceNameIndex
{
    /// <summary>Past this many names a thread's index is not kept: it would hold on to a huge source's tables.</summary>
    private const int MostKept = 4096;

    // One index per thread, emptied for each source: three dictionaries a source were 10 MB over the bench corpus.
    [ThreadStatic]
    private static SourceNameIndex? kept;

    private readonly Dictionary<string, string?> fullNameOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> displayOf = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="fullNameOfWord"/> asked by a word folded on the stack: a word is made a string only the first time the
    /// source names it. A table of each word's folded string, filled with a new string for every name word of every source
    /// (and two while it was lowered, then folded), was 0.3 % of a check's samples, most of it in the collections it made
    /// (perf of 96a7342, AOT, bench corpus).
    /// </summary>
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> fullNameOfFolded;

    /// <summary>The longest word folded on the stack; a longer one is folded as a string.</summary>
    private const int LongestFolded = 64;

    private SourceNameIndex() => fullNameOfFolded = fullNameOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An empty index for the source the thread reads now; the one it had for the last source, when small enough.</summary>
    public static SourceNameIndex ForSource()
    {
        var index = kept is { } last && last.displayOf.Count <= MostKept && last.fullNameOfWord.Count <= MostKept ? last : new SourceNameIndex();
        index.fullNameOfWord.Clear();
        index.displayOf.Clear();
        kept = index;
        return index;
    }

    /// <summary>The key of <paramref name="name"/> in this source, and how it is shown: a lone word is the full name it belongs to.</summary>
    public (string Key, string Display) Resolve(EntityName name)
    {
        if (name.Words.Length > 1)
        {
            Span<char> buffer = stackalloc char[LongestFolded];
            foreach (var word in name.Words)
            {
                if (WordFolding.TryFold(word, buffer, out var length))
                {
                    var folded = buffer[..length];
                    fullNameOfFolded[folded] = fullNameOfFolded.TryGetValue(folded, out var known) && known != name.Key ? null : name.Key;
                }
                else
                {
                    var folded = TextAnalyzer.Fold(word);
                    fullNameOfWord[folded] = fullNameOfWord.TryGetValue(folded, out var known) && known != name.Key ? null : name.Key;
                }
            }
            displayOf[name.Key] = name.Text;
            return (name.Key, name.Text);
        }
        return fullNameOfWord.GetValueOrDefault(name.Key) is { } full ? (full, displayOf[full]) : (name.Key, name.Text);
    }
}
