namespace FactCheck.Core.Tests.Comparison;

/// <summary>
/// A sentence that gives two disagreeing values of what alignment took for one fact tells two facts apart (a figure and
/// the one it fell from, this month and the last, a range's ends): none of its figures is a side of a disagreement between sources.
/// </summary>
public sealed class TwoFactSentenceTests
{
    [Fact]
    public void Two_figures_of_one_sentence_are_no_sides_against_another_source()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The company's sales fell to 214 mln dlrs from 228 mln dlrs.", "en", "2024-03-12"),
            TestText.Dated("b.md", "The company's sales were 300 mln dlrs.", "en", "2024-03-12"));

        Assert.Empty(findings);
    }

    [Fact]
    public void The_other_sources_still_disagree_without_that_sentence()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The company's sales were 300 mln dlrs.", "en", "2024-03-12"),
            TestText.Dated("b.md", "The company's sales were 350 mln dlrs.", "en", "2024-03-12"),
            TestText.Dated("c.md", "The company's sales fell to 214 mln dlrs from 228 mln dlrs.", "en", "2024-03-12"));

        var finding = Assert.Single(findings);
        Assert.Equal(["$300m", "$350m"], finding.Values.Select(v => v.Display));
        Assert.DoesNotContain(finding.Values.SelectMany(v => v.Claims), c => c.SourceId == "c.md");
        Assert.DoesNotContain("$214m", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_gives_two_values_in_two_sentences_is_still_compared()
    {
        // A writer who copies two sources may well contradict himself a paragraph apart: that slip is worth an editor's look.
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The fund holds €20bn. Its board met in Oslo.\n\nBy March the fund held €30bn.", "en", "2024-03-12"),
            TestText.Dated("b.md", "The fund holds €20bn.", "en", "2024-03-12"));

        Assert.Equal(["€20bn", "€30bn"], Assert.Single(findings).Values.Select(v => v.Display));
    }
}
