using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// <see cref="WordsAhead"/> spares regex runs: it may say yes where the regex then fails, but a no where the regex would
/// match would drop a scale, a range or a unit without a sound.
/// </summary>
public sealed class WordsAheadTests
{
    [Theory]
    [InlineData("12 people", 3, false)]
    [InlineData("dozen", 0, false)]
    [InlineData("Tens of thousands", 0, true)]
    [InlineData("a  few hundred", 0, true)]
    [InlineData("a new plan", 0, false)]
    public void A_word_no_list_starts_with_is_refused_and_a_phrase_is_read_to_its_second_word(string text, int at, bool may) =>
        Assert.Equal(may, new WordsAhead(["dozens", "tens of thousands", "a few"], ignoreCase: true).MayStart(text, at));

    [Theory]
    [InlineData("\u212Am", true)] // the Kelvin sign is "k" to a regex that ignores case; ordinal comparison alone tells them apart
    [InlineData("KM", true)]
    [InlineData("kg", false)]
    public void Letters_the_regex_takes_as_one_ignoring_case_pass(string text, bool may) =>
        Assert.Equal(may, new WordsAhead(["km"], ignoreCase: true).MayStart(text, 0));

    [Theory]
    [InlineData("km", true)]
    [InlineData("KM", false)]
    [InlineData("°C", true)]
    [InlineData("sq km", true)]
    [InlineData("sq ft", false)]
    public void Exact_words_keep_their_case_and_their_first_character(string text, bool may) =>
        Assert.Equal(may, new WordsAhead(["km", "°C", "sq km"], ignoreCase: false).MayStart(text, 0));

    [Fact]
    public void A_shipped_scale_or_vague_number_passes_in_capitals_too()
    {
        foreach (var pack in LanguagePacks.BuiltIn.All)
        {
            var words = pack.Words("spelled-scales").Concat(pack.Words("vague-numbers")).Concat(pack.Words("several-words")).ToList();
            var ahead = new WordsAhead(words, ignoreCase: true);
            var regex = new Regex($@"\G[\s\u00A0\u202F-]?{LanguagePack.AlternationOf(words)}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            foreach (var word in words)
                foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                {
                    var text = "12 " + written + " people";
                    Assert.True(regex.IsMatch(text, 2), $"{pack.Code}: '{written}'");
                    Assert.True(ahead.MayStartAfterSpaceOrHyphen(text, 2), $"{pack.Code}: '{written}'");
                }
        }
    }
}
