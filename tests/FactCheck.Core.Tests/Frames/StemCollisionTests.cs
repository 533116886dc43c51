using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A concept word whose Snowball stem other words of another meaning share ("reporter" and "report", "économiste" and
/// "économique") is matched as written, with its plurals: the other words name no measure.
/// </summary>
public sealed class StemCollisionTests
{
    private static string? MeasureOf(string text, string figure, string language) =>
        FrameAt(text, figure, language).Measure?.Key;

    [Theory]
    [InlineData("The report said 40% of the crop was lost.", "40%", "en")]
    [InlineData("La croissance économique atteindra 2 %.", "2 %", "fr")]
    public void A_word_sharing_a_concept_words_stem_names_no_measure(string text, string figure, string language) =>
        Assert.Null(MeasureOf(text, figure, language));

    [Theory]
    [InlineData("Its ratings rose to 12% last week.", "12%", "en", "viewers")]
    [InlineData("Les économistes tablent sur 2 % de croissance.", "2 %", "fr", "experts")]
    [InlineData("Le loyer atteint 900 euros par mois.", "900 euros", "fr", "rent")]
    public void The_concept_word_and_its_plural_still_name_it(string text, string figure, string language, string measure) =>
        Assert.Equal(measure, MeasureOf(text, figure, language));
}
