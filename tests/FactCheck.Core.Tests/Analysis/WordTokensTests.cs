using System.Buffers;
using System.Globalization;
using FactCheck.Analysis;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>The words of a text are runs of letters, digits and combining marks, joined by an apostrophe or a hyphen between two of them.</summary>
public sealed class WordTokensTests
{
    private static readonly SearchValues<char> Joiners = SearchValues.Create("'’ʼ-‐‑");

    [Fact]
    public void Every_character_is_a_word_character_exactly_when_it_is_a_letter_a_digit_or_a_combining_mark()
    {
        var wrong = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => WordTokens.IsWordChar(c) != (char.IsLetterOrDigit(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            .Select(c => $"U+{(int)c:X4}").ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("l'OTAN et Lac-Mégantic", "l'OTAN|et|Lac-Mégantic")]
    [InlineData("Lagerfeld’s COVID‑19 ‐ Δέλτα", "Lagerfeld’s|COVID‑19|Δέλτα")]
    [InlineData("a - b ' c' -d e-", "a|b|c|d|e")]
    [InlineData("cafe\u0301 naïve", "cafe\u0301|naïve")]
    public void Words_are_joined_by_an_apostrophe_or_a_hyphen_between_two_of_their_characters(string text, string words)
    {
        var read = new List<string>();
        foreach (var (start, end) in WordTokens.In(text)) read.Add(text[start..end]);

        Assert.Equal(words, string.Join('|', read));
    }

    [Fact]
    public void A_word_holds_a_joiner_exactly_when_one_of_its_characters_is_an_apostrophe_or_a_hyphen()
    {
        // Letters, joiners of every kind (the modifier letter apostrophe is a letter too), spaces, a letter past the table.
        const string Alphabet = "aZé1 '’ʼ-‐‑.,λ中\u0301";
        var random = new Random(22);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var words = WordTokens.In(text);
            while (words.MoveNext())
            {
                var (start, end) = words.Current;
                var searched = text.AsSpan(start, end - start).ContainsAny(Joiners);
                Assert.True(searched == words.HasJoiner, $"\"{text}\" [{start}, {end})");
            }
        }
    }
}
