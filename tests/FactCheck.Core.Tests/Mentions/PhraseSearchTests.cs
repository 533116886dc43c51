using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// PhraseSearch says no before a regex of phrases reads a whole sentence: it may say yes where no phrase stands, never no
/// where the regex, ignoring case, would find one.
/// </summary>
public sealed class PhraseSearchTests
{
    [Theory]
    [InlineData("They sold the restaurant THE FOLLOWING YEAR.", true)]
    [InlineData("They sold it the year after.", false)]
    [InlineData("Following the sale, they left.", true)] // a yes that the regex then refuses
    public void A_sentence_without_any_phrase_s_plain_word_holds_none(string text, bool mayHold)
    {
        Assert.Equal(mayHold, new PhraseSearch(["the following year", "a year later"]).MayHold(text));
    }

    [Fact]
    public void A_k_written_as_the_Kelvin_sign_is_still_found_as_the_regex_finds_it()
    {
        // The regex ignoring case reads U+212A as k; the ordinal search would not, so no run of plain letters holds a k.
        var search = new PhraseSearch(["weekend"]);
        Assert.Matches(new System.Text.RegularExpressions.Regex("weekend", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "a wee\u212Aend away");
        Assert.True(search.MayHold("a wee\u212Aend away"));
    }

    [Fact]
    public void No_phrase_is_never_found_and_a_phrase_without_plain_letters_always_may_be()
    {
        Assert.False(new PhraseSearch([]).MayHold("the following year"));
        Assert.True(new PhraseSearch(["€€"]).MayHold("no symbol here"));
    }
}
