using System.Text;
using FactCheck.Pipeline;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// A story where one source restates one holder's amount tens of thousands of times (a file of repeated paragraphs) is
/// aligned in parts of bounded size: every pair of a block that large would be billions, an array beyond the runtime's range.
/// </summary>
public sealed class LargeBlockTests
{
    [Fact]
    public void One_revenue_restated_fifty_thousand_times_is_aligned_in_bounded_parts()
    {
        var repeated = new StringBuilder();
        for (var i = 0; i < 50_000; i++) repeated.Append("VorguNet, the Estonian grid operator, reported revenue of €20bn.\n\n");
        var big = TestText.Dated("big.md", repeated.ToString(), "en", "2024-03-12");
        var other = TestText.Dated("other.md", "VorguNet, the Estonian grid operator, reported revenue of €25bn.\n", "en", "2024-03-12");

        var (claims, stories) = CheckStages.Default.Read([big, other], StoryMode.One);
        var findings = CheckStages.Default.Compare(claims, stories);

        // The other source's figure meets the big one's first claims, and disagrees with them.
        Assert.Equal(50_001, claims.OfType<FactCheck.Kinds.Money.MoneyClaim>().Count());
        Assert.Contains(findings, f => f.Rule == "figure-conflict" && f.Values.Any(v => v.Claims.Any(c => c.SourceId == "other.md")));
    }
}
