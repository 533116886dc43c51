using FactCheck.Comparison;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// A check compares story by story, and keeps of each story only the claims its report may show: the findings, their order
/// and every claim's id must be those of comparing every claim at once.
/// </summary>
public sealed class StoryByStoryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public StoryByStoryTests()
    {
        // Two stories whose figures disagree, the first with a wrong conversion too: rule by rule, story by story, the second
        // story's finding comes between the first story's two.
        folder.Write("a.md", "---\ndate: 2024-03-12\n---\nThe grid ministers of Norway and Sweden agreed a €20bn grid fund in Oslo on Tuesday, after talks that began in 2021.\n\n\"We will build it together,\" said Terje Aasland, Norway's energy minister.\n");
        folder.Write("b.md", "---\ndate: 2024-03-13\n---\nNorway and Sweden set up a grid fund of €25bn in Stockholm, their grid ministers said on Tuesday.\n\nMembers would commit $100bn (£60bn) to the fund.\n");
        folder.Write("c.md", "---\ndate: 2024-05-12\n---\nThe city council of Lyon approved a €300m budget for the new tram line on Monday.\n");
        folder.Write("d.md", "---\ndate: 2024-05-13\n---\nLyon's city council voted a budget of €350m for the new tram line on Monday, officials said.\n");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_findings_come_in_the_order_of_comparing_every_story_at_once()
    {
        var options = new CheckOptions(["."], folder.Root);
        var check = FactChecker.Check(options).Report!;
        var extract = FactChecker.Check(options with { Extract = true }).Report!;
        var stages = CheckStages.Build(options).Stages!;

        var atOnce = stages.Compare([.. extract.Claims.Select(c => c.Value)], new StoryMap(extract.Stories));

        Assert.Equal(["S1", "S2", "S1"], check.Findings.Select(f => f.Finding.Story));
        Assert.Equal(atOnce.Select(Described), check.Findings.Select(f => Described(f.Finding)));
    }

    [Fact]
    public void A_claim_keeps_its_extract_id_when_the_claims_no_report_shows_are_let_go()
    {
        var options = new CheckOptions(["."], folder.Root);
        var check = FactChecker.Check(options).Report!;
        var extract = FactChecker.Check(options with { Extract = true }).Report!.Claims.ToDictionary(c => c.Id);

        Assert.True(check.Claims.Length < extract.Count, "the check lists fewer claims than the extract");
        // A statement listed keeps its speaker once its words, which only comparing reads, are let go.
        Assert.Contains(check.Claims, c => c.Value.Claim.Mention.Kind.Name == "attribution" && c.Display == "Terje Aasland");
        Assert.All(check.Claims, claim =>
        {
            Assert.Equal(claim.Display, extract[claim.Id].Display);
            Assert.Equal(claim.Location, extract[claim.Id].Location);
        });
        Assert.All(check.Findings.SelectMany(f => f.Sides).SelectMany(side => side), claim => Assert.Equal(claim.Display, extract[claim.Id].Display));
    }

    private static string Described(Finding finding) =>
        $"{finding.Rule} {finding.Story}: {string.Join(" | ", finding.Values.Select(v => $"{v.Display} ({string.Join(", ", v.Claims.Select(c => c.SourceId))})"))}";
}
