using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// Figures more than ten thousand times apart are two figures, not one written two ways (a price per share and a deal's
/// total); a slip of scale, millions for billions, is a thousand times and still disagrees.
/// </summary>
public sealed class FarApartFigureTests
{
    [Fact]
    public void A_bid_per_share_and_a_deals_total_do_not_disagree() =>
        Assert.Empty(Shown(("a.md",
            "Analysts have said Norvik Energy may raise its offer for Halden Oil by several dlrs per share, but the company said it would not raise the 48 dlr bid.", "en"),
            ("b.md", "Norvik Energy ended up paying 3.9 billion dlrs for Halden Oil, well above its original bid of about 3.4 billion dlrs.", "en")));

    [Fact]
    public void Millions_written_for_billions_still_disagree() =>
        Assert.Single(Shown(("a.md", "Norvik Energy agreed to pay 3.9 billion dlrs for Halden Oil.", "en"),
            ("b.md", "Norvik Energy agreed to pay 3.9 million dlrs for Halden Oil.", "en")));
}
