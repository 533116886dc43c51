using FactCheck.Kinds.Money;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary><see cref="WordShapes"/> with last letters says no only where a case-ignoring look-up would.</summary>
public sealed class WordShapesLastLetterTests
{
    /// <summary>Every character equal to a letter's first or last character ignoring case, on all 65,536 UTF-16 characters.</summary>
    [Fact]
    public void A_character_equal_to_a_word_s_ignoring_case_is_let_through()
    {
        string[] words = [.. Enumerable.Range('a', 26).Select(c => $"{(char)c}x{(char)c}"), "ıxı", "ſxſ", "\u212Ax\u212A", "éxé"];
        var filter = new WordShapes(words, ignoreCase: true, lastLetters: true);
        var set = words.ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var run = $"{(char)c}x{(char)c}";
            if (set.Contains(run)) Assert.True(filter.MayHold(run), $"U+{c:X4}");
        }
    }

    /// <summary>The recognizer's currency words of both packs, in every case a sentence writes them.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Every_currency_word_is_let_through(string language)
    {
        var vocabulary = RecognizersTextSource.VocabularyOf(LanguagePacks.BuiltIn[language]!);
        var filter = new WordShapes(vocabulary, ignoreCase: true, lastLetters: true);
        Assert.All(vocabulary, w => Assert.True(filter.MayHold(w) && filter.MayHold(w.ToUpperInvariant()) && filter.MayHold(w.ToLowerInvariant())
            && filter.MayHold(string.Concat(w[..1].ToUpperInvariant(), w[1..])), w));
    }

    /// <summary>Most words of a sentence are no currency's, and are not looked up.</summary>
    [Fact]
    public void Most_other_words_are_ruled_out()
    {
        var filter = new WordShapes(RecognizersTextSource.VocabularyOf(LanguagePacks.BuiltIn["en"]!), ignoreCase: true, lastLetters: true);
        string[] others = ["the", "said", "government", "would", "Monday", "people", "from", "which", "their", "about"];
        Assert.True(others.Count(w => !filter.MayHold(w)) >= 5);
    }
}
