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

    /// <summary>
    /// The key of <paramref name="name"/>, a name of <paramref name="s"/>, in this source, and how it is shown: a lone word is
    /// the full name it belongs to. A lone word is asked by its key in place: its strings are made only when no full name
    /// of the source holds it.
    /// </summary>
    public (string Key, string Display) Resolve(SentenceReading s, NameSpan name)
    {
        if (name.WordCount > 1) return Learn(s, name, s.Names.KeyOf(name).ToString(), s.TextOf(name).ToString());
        return fullNameOfFolded.TryGetValue(s.Names.KeyOf(name), out var full) && full is not null
            ? (full, displayOf[full]) : (s.Names.KeyOf(name).ToString(), s.TextOf(name).ToString());
    }

    /// <summary>
    /// Learns the full name <paramref name="name"/> of <paramref name="s"/>, whose <paramref name="key"/> and
    /// <paramref name="display"/> were made already (<see cref="Resolve"/> made them), and gives them back: the holders'
    /// reading learns a sentence's full names before it resolves each of its names, and made their strings twice.
    /// </summary>
    public (string Key, string Display) Learn(SentenceReading s, NameSpan name, string key, string display)
    {
        Span<char> buffer = stackalloc char[LongestFolded];
        foreach (var w in s.Names.WordsOf(name))
        {
            var word = s.TextOf(w);
            if (WordFolding.TryFold(word, buffer, out var length))
            {
                var folded = buffer[..length];
                fullNameOfFolded[folded] = fullNameOfFolded.TryGetValue(folded, out var known) && known != key ? null : key;
            }
            else
            {
                var folded = WordFolding.Fold(word);
                fullNameOfWord[folded] = fullNameOfWord.TryGetValue(folded, out var known) && known != key ? null : key;
            }
        }
        displayOf[key] = display;
        return (key, display);
    }
}
