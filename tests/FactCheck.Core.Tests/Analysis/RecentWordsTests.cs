using FactCheck.Analysis;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>
/// The words a thread met last are answered from its own small table: a word of one language never answers for another,
/// and a word that takes the slot of another never answers for it.
/// </summary>
public sealed class RecentWordsTests
{
    [Fact]
    public void One_word_read_in_two_languages_on_one_thread_keeps_each_language_s_answer()
    {
        var (english, french) = (TextAnalyzer.For(LanguagePacks.BuiltIn["en"]!), TextAnalyzer.For(LanguagePacks.BuiltIn["fr"]!));

        var answers = Enumerable.Range(0, 3).Select(_ => (English: english.IsStopWord("les"), French: french.IsStopWord("les"))).ToList();

        Assert.All(answers, a => Assert.Equal((false, true), a));
    }

    [Fact]
    public void A_word_that_takes_another_s_slot_answers_for_itself_only()
    {
        const int owner = -1;
        var (first, second) = TwoWordsOfOneSlot();
        var (firstEntry, secondEntry) = (Entry(first), Entry(second));

        RecentWords.Keep(owner, firstEntry, RecentWords.HashOf(first));
        var firstFound = RecentWords.Find(owner, first, RecentWords.HashOf(first));
        RecentWords.Keep(owner, secondEntry, RecentWords.HashOf(second));

        Assert.Same(firstEntry, firstFound);
        Assert.Null(RecentWords.Find(owner, first, RecentWords.HashOf(first)));
        Assert.Same(secondEntry, RecentWords.Find(owner, second, RecentWords.HashOf(second)));
        Assert.Null(RecentWords.Find(owner - 1, second, RecentWords.HashOf(second)));
    }

    private static TextAnalyzer.Entry Entry(string word) => new(word, word, false, false, false);

    /// <summary>Two words whose hashes pick the same slot of the table, found by trying words until two meet.</summary>
    private static (string, string) TwoWordsOfOneSlot()
    {
        var bySlot = new Dictionary<int, string>();
        for (var n = 0; ; n++)
        {
            var word = "w" + n;
            var slot = RecentWords.SlotOf(RecentWords.HashOf(word));
            if (bySlot.TryGetValue(slot, out var other)) return (other, word);
            bySlot[slot] = word;
        }
    }
}
