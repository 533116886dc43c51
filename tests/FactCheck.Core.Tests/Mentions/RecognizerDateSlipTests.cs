using FactCheck.Languages;
using FactCheck.Kinds.Date;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// Microsoft.Recognizers.Text.DateTime run on every sentence (as the benchmark's naive way does): its known slips never
/// become dates, and what it reads beyond the own rules (a holiday) is placed like any other date.
/// </summary>
public sealed class RecognizerDateSlipTests
{
    private static List<DateMention> Dates(string text, string language) =>
        [.. SentenceSplitter.Default.Split(TestText.Source(text, language)).SelectMany(new DateMentionSource(RecognizerScope.Everywhere).Find).Cast<DateMention>()];

    [Theory]
    [InlineData("Ils se reposent le week-end.", "fr")]
    [InlineData("Cet été sera chaud.", "fr")]
    [InlineData("Il en reste un.", "fr")]
    [InlineData("It may rain in Brussels.", "en")]
    [InlineData("Protesters march on the capital.", "en")]
    [InlineData("The Sunday Times reported the plan.", "en")]
    [InlineData("They rest at the weekend.", "en")]
    public void The_recognizer_slips_known_from_its_tracker_are_refused(string text, string language)
    {
        Assert.Empty(Dates(text, language));
    }

    [Theory]
    [InlineData("Sales were strong at Christmas.", "en", "Christmas")]
    [InlineData("Les ventes ont été fortes à Noël.", "fr", "Noël")]
    public void A_holiday_on_a_fixed_day_is_read_like_the_recognizer_reads_it(string text, string language, string written)
    {
        var own = Assert.Single([.. SentenceSplitter.Default.Split(TestText.Source(text, language)).SelectMany(new DateMentionSource().Find).Cast<DateMention>()]);

        Assert.Equal(written, own.Text);
        Assert.Equal((12, 25), (own.Date.Month, own.Date.Day));
        var recognized = Assert.Single(RecognizersDateTimeSource.Recognize(text, LanguagePacks.BuiltIn[language]!));
        Assert.Equal((own.Date.Month, own.Date.Day, own.Date.Anchor), (recognized.Date.Month, recognized.Date.Day, recognized.Date.Anchor));
    }

    [Fact]
    public void The_own_rules_win_where_both_read_a_date()
    {
        var date = Assert.Single(Dates("Le mois dernier, il a secoué ses alliés.", "fr"));

        // The recognizer's whole model reads only "le mois" (this month); the own rules read "le mois dernier".
        Assert.Equal("Le mois dernier", date.Text);
        Assert.Equal(-1, date.Date.Offset);
    }
}
