using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// A running tally (deaths, cases, arrests) rises while news reports it: a later source's higher toll is the toll a day on,
/// not a disagreement; a lower one still is, and so are two tolls of one day, or figures that do not only rise.
/// </summary>
public sealed class RunningTallyTests
{
    private static Finding[] Shown(string earlier, string later, string language, string laterDate = "2024-05-02") =>
        [.. Findings(Dated("a.md", earlier, language, "2024-05-01"), Dated("b.md", later, language, laterDate)).Where(f => f.Severity >= Severity.Warning)];

    [Theory]
    [InlineData("The floods in the Varden valley killed 40 people, officials said.",
        "The floods in the Varden valley killed 52 people, officials said.", "en")]
    [InlineData("Les inondations dans la vallée de la Varden ont fait 40 morts, selon les autorités.",
        "Les inondations dans la vallée de la Varden ont fait au moins 52 morts, selon les autorités.", "fr")]
    [InlineData("Police arrested 12 people after the riots in Harlow, officials said.",
        "Police arrested 19 people after the riots in Harlow, officials said.", "en")]
    public void A_later_higher_toll_is_the_same_toll_days_on(string earlier, string later, string language)
    {
        Assert.Empty(Shown(earlier, later, language));
        Assert.Empty(Shown(earlier, later, language, laterDate: "2024-05-03"));
    }

    [Theory]
    [InlineData("The floods in the Varden valley killed 52 people, officials said.",
        "The floods in the Varden valley killed 40 people, officials said.", "en")]
    [InlineData("Les inondations dans la vallée de la Varden ont fait 52 morts, selon les autorités.",
        "Les inondations dans la vallée de la Varden ont fait 40 morts, selon les autorités.", "fr")]
    public void A_later_lower_toll_disagrees(string earlier, string later, string language) =>
        Assert.Single(Shown(earlier, later, language));

    [Fact]
    public void Two_tolls_of_one_day_disagree() =>
        Assert.Single(Shown("The floods in the Varden valley killed 40 people, officials said.",
            "The floods in the Varden valley killed 52 people, officials said.", "en", laterDate: "2024-05-01"));

    [Fact]
    public void A_count_that_is_no_tally_disagrees_the_next_day() =>
        Assert.Single(Shown("The ferry to Orskar carried 240 passengers when it sank, the coastguard said.",
            "The ferry to Orskar carried 310 passengers when it sank, the coastguard said.", "en"));
}
