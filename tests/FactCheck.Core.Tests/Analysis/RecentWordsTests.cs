using FactCheck.Analysis;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>
/// The words a thread met last are answered from its own small table: a word of one language never answers for another,
/// and a word that takes the place of another in its set never answers for it.
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
    public void A_set_keeps_the_two_words_met_last_and_answers_for_them_only()
    {
        const int owner = -1;
        var (first, second, third) = ThreeWordsOfOneSet();
        var (firstEntry, secondEntry, thirdEntry) = (Entry(first), Entry(second), Entry(third));

        RecentWords.Keep(owner, firstEntry, RecentWords.HashOf(first));
        RecentWords.Keep(owner, secondEntry, RecentWords.HashOf(second));
        // Met again, the first word is the newer of the two: the third word takes the second's place.
        var firstFound = RecentWords.Find(owner, first, RecentWords.HashOf(first));
        RecentWords.Keep(owner, thirdEntry, RecentWords.HashOf(third));

        Assert.Same(firstEntry, firstFound);
        Assert.Same(firstEntry, RecentWords.Find(owner, first, RecentWords.HashOf(first)));
        Assert.Null(RecentWords.Find(owner, second, RecentWords.HashOf(second)));
        Assert.Same(thirdEntry, RecentWords.Find(owner, third, RecentWords.HashOf(third)));
        Assert.Null(RecentWords.Find(owner - 1, third, RecentWords.HashOf(third)));
    }

    private static TextAnalyzer.Entry Entry(string word) => new(word, word, false, false, false);

    /// <summary>Three words whose hashes pick the same set of the table, found by trying words until three meet.</summary>
    private static (string, string, string) ThreeWordsOfOneSet()
    {
        var bySet = new Dictionary<int, List<string>>();
        for (var n = 0; ; n++)
        {
            var word = "w" + n;
            var set = RecentWords.SetOf(RecentWords.HashOf(word));
            if (!bySet.TryGetValue(set, out var words)) bySet[set] = words = [];
            words.Add(word);
            if (words.Count == 3) return (words[0], words[1], words[2]);
        }
    }
}
