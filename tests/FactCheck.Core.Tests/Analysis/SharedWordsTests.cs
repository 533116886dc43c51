using FactCheck.Analysis;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>
/// The analyzer's table of every word read: a word added is found by its characters from any thread, through the table's
/// growth; a word added twice keeps its first entry; past its limit nothing more is kept.
/// </summary>
public sealed class SharedWordsTests
{
    [Fact]
    public void Words_added_are_found_after_the_table_grows_and_others_are_not()
    {
        var table = new SharedWords<TextAnalyzer.Entry>(100_000);
        var entries = Enumerable.Range(0, 20_000).Select(n => Entry("w" + n)).ToList();

        foreach (var entry in entries) Assert.Same(entry, table.Add(entry, RecentWords.HashOf(entry.Word)));

        Assert.All(entries, e => Assert.Same(e, table.Find(e.Word, RecentWords.HashOf(e.Word))));
        Assert.Null(table.Find("w20000", RecentWords.HashOf("w20000")));
    }

    [Fact]
    public void A_word_added_from_several_threads_has_one_entry()
    {
        var table = new SharedWords<TextAnalyzer.Entry>(100_000);
        var words = Enumerable.Range(0, 5_000).Select(n => "mot" + n).ToArray();

        var answers = Enumerable.Range(0, 4).AsParallel().Select(_ => words.Select(w => table.Add(Entry(w), RecentWords.HashOf(w))).ToArray()).ToArray();

        for (var w = 0; w < words.Length; w++)
        {
            Assert.All(answers, a => Assert.Same(answers[0][w], a[w]));
            Assert.Same(answers[0][w], table.Find(words[w], RecentWords.HashOf(words[w])));
        }
    }

    [Fact]
    public void Past_its_limit_a_word_is_answered_but_not_kept()
    {
        var table = new SharedWords<TextAnalyzer.Entry>(2);
        foreach (var word in new[] { "un", "deux", "trois" }) table.Add(Entry(word), RecentWords.HashOf(word));

        Assert.NotNull(table.Find("deux", RecentWords.HashOf("deux")));
        Assert.Null(table.Find("trois", RecentWords.HashOf("trois")));
    }

    private static TextAnalyzer.Entry Entry(string word) => new(word, word, false, false, false);
}
