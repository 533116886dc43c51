using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// Figures more than ten thousand times apart are two figures, not one written two ways (a price per share and a deal's
/// total); a slip of scale, millions for billions, is a thousand times and still disagrees.
/// </summary>
public sealed class FarApartFigureTests
{
    private static Finding[] Shown(string a, string b) =>
        [.. Findings(Dated("a.md", a, "en", "2024-03-01"), Dated("b.md", b, "en", "2024-03-01")).Where(f => f.Severity >= Severity.Warning)];

    [Fact]
    public void A_bid_per_share_and_a_deals_total_do_not_disagree() =>
        Assert.Empty(Shown(
            "Analysts have said Norvik Energy may raise its offer for Halden Oil by several dlrs per share, but the company said it would not raise the 48 dlr bid.",
            "Norvik Energy ended up paying 3.9 billion dlrs for Halden Oil, well above its original bid of about 3.4 billion dlrs."));

    [Fact]
    public void Millions_written_for_billions_still_disagree() =>
        Assert.Single(Shown("Norvik Energy agreed to pay 3.9 billion dlrs for Halden Oil.", "Norvik Energy agreed to pay 3.9 million dlrs for Halden Oil."));
}
