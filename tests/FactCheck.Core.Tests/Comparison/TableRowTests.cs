using FactCheck.Kinds.Quantity;

namespace FactCheck.Core.Tests.Comparison;

/// <summary>Rows of a list or table in one paragraph: a figure that ends a short line counts nothing written on the next line.</summary>
public sealed class TableRowTests
{
    [Fact]
    public void A_figure_ending_a_short_row_does_not_count_the_next_rows_label()
    {
        var rows = TestText.Source("Final count of the referendum\nRegistered voters: 3,400,000\nBallots cast: 2,100,000\n", "en", "a.md");

        Assert.DoesNotContain(TestText.ClaimsOf<FactCheck.Normalization.NormalizedClaim>(rows).Select(c => c.Claim.Mention).OfType<QuantityMention>(),
            m => m.Low == 3_400_000m && m.Measure.Noun is not null);
        Assert.Empty(TestText.Findings(rows, TestText.Source("In the referendum, about 2.1 million ballots were cast.", "en", "b.md"))
            .Where(f => f.Rule == "quantity-conflict"));
    }

    [Fact]
    public void A_figure_at_the_end_of_a_long_wrapped_line_still_counts_the_noun_on_the_next_line()
    {
        var prose = TestText.Source("After a long night of counting in every county of the country, officials said that 3,400,000\nballots were cast in the referendum.", "en", "a.md");

        Assert.Contains(TestText.ClaimsOf<FactCheck.Normalization.NormalizedClaim>(prose).Select(c => c.Claim.Mention).OfType<QuantityMention>(),
            m => m.Low == 3_400_000m && m.Measure.Noun == "ballot");
    }

    [Theory]
    [InlineData("On Friday, 40 constituencies vote to repeal the amendment.", "en")]
    [InlineData("Vendredi, 40 circonscriptions votent pour l'abrogation.", "fr")]
    public void Constituencies_that_vote_are_counted_as_constituencies_not_as_votes(string text, string language)
    {
        Assert.Empty(TestText.Findings(TestText.Source(text, language, "a.md"), TestText.Source("About 2.1 million people voted to repeal the amendment.", "en", "b.md"))
            .Where(f => f.Rule == "quantity-conflict"));
    }
}
