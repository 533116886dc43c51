using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// What the analyzer said of the words a thread framed lately, in a small table of the thread's own in front of the
/// analyzer's cache: frames ask for every word of every sentence that holds a claim, and a few thousand words ("the",
/// "said", "de") are most of them, while the analyzer's cache is one concurrent table for all threads and every word of
/// the run, slower to probe than one slot of an array. A slot holds the word as written (its characters copied into the
/// table, no string made) and the analyzer's answer for it; another word that falls on the slot takes it.
/// </summary>
internal sealed class RecentFacts
{
    private const int Slots = 4096; // a power of two
    private const int LongestWord = 40;

    [ThreadStatic]
    private static List<RecentFacts>? tables;

    private readonly TextAnalyzer analyzer;
    private readonly char[] written = new char[Slots * LongestWord];
    private readonly int[] lengths = new int[Slots];
    private readonly TextAnalyzer.Entry?[] facts = new TextAnalyzer.Entry?[Slots];

    private RecentFacts(TextAnalyzer analyzer) => this.analyzer = analyzer;

    /// <summary>
    /// <paramref name="analyzer"/>'s facts of <paramref name="word"/> (<see cref="TextAnalyzer.Facts"/>), for a word of at
    /// most 40 characters.
    /// </summary>
    public static TextAnalyzer.Entry Of(TextAnalyzer analyzer, ReadOnlySpan<char> word)
    {
        var table = For(analyzer);
        if (word.Length > LongestWord) return analyzer.Facts(word)!;
        var slot = string.GetHashCode(word) & (Slots - 1);
        var kept = table.written.AsSpan(slot * LongestWord, table.lengths[slot]);
        if (table.facts[slot] is { } known && kept.SequenceEqual(word)) return known;
        var found = analyzer.Facts(word)!;
        word.CopyTo(table.written.AsSpan(slot * LongestWord));
        (table.lengths[slot], table.facts[slot]) = (word.Length, found);
        return found;
    }

    /// <summary>The thread's table for <paramref name="analyzer"/> (one a language).</summary>
    private static RecentFacts For(TextAnalyzer analyzer)
    {
        var all = tables ??= [];
        foreach (var table in all)
            if (ReferenceEquals(table.analyzer, analyzer)) return table;
        var made = new RecentFacts(analyzer);
        all.Add(made);
        return made;
    }
}
