using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>The money a prize carries, named by a noun ("une dotation de", "prize amount", "cash prize"), is one measure in every source.</summary>
public sealed class PrizeMoneyTests
{
    [Fact]
    public void A_dotation_is_the_money_a_prize_carries()
    {
        const string opening = "Le romancier Paul Verlac a reçu jeudi le prix Arvel, remis à Lyon. ";
        var findings = Shown(("a.md", opening + "Le prix Arvel est assorti d'une dotation de 30 000 euros.", "fr"),
            ("b.md", opening + "Le prix Arvel est doté de 50 000 euros.", "fr"));

        Assert.Contains("€50,000", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prize_amount_is_its_prize_money()
    {
        const string opening = "Novelist Paul Verlac received the Arvel prize in Leeds on Thursday. ";
        var findings = Shown(("a.md", opening + "The Arvel prize amount is 30,000 pounds.", "en"),
            ("b.md", opening + "The Arvel prize carries prize money of 50,000 pounds.", "en"));

        Assert.Contains("£50,000", Assert.Single(findings).Message, StringComparison.Ordinal);
    }
}
