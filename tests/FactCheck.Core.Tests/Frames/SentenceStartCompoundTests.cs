using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A hyphenated compound that opens a sentence ("Pre-tax profit 376 mln", "Net-of-tax earnings") is capitalised by its place,
/// not a name: it is no holder, so wire tables of different companies are not joined on it. A real name there keeps its
/// capitals in every part ("Borg-Warner's debt").
/// </summary>
public sealed class SentenceStartCompoundTests
{
    [Theory]
    [InlineData("Pre-tax profit rose to 376 mln stg in the year.")]
    [InlineData("Net-of-tax earnings were 212 mln dlrs.")]
    public void A_lower_case_compound_opening_a_sentence_is_no_holder(string text)
    {
        var claim = Assert.Single(MoneyClaims(Source(text)));

        Assert.Null(claim.Frame.Holder);
    }

    [Fact]
    public void A_capitalised_compound_opening_a_sentence_is_a_name()
    {
        var claim = Assert.Single(MoneyClaims(Source("Borg-Warner's debt rose to 376 mln dlrs.")));

        Assert.Equal("borg warner", claim.Frame.Holder?.Key);
    }
}
