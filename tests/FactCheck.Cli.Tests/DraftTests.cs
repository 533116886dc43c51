namespace FactCheck.Cli.Tests;

/// <summary><c>check drafts/ --against sources/</c>: only what concerns the drafts is reported.</summary>
public sealed class DraftTests : IDisposable
{
    private readonly Workspace work = new();

    public DraftTests()
    {
        // The references disagree with each other on the loan; that is not the draft's business.
        work.Write("sources/a.md", "---\ndate: 2024-03-12\n---\n\nMinisters agreed a €20bn grid fund. The loan is €1bn.\n");
        work.Write("sources/b.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund holds €20bn. The loan is €2bn.\n");
    }

    public void Dispose() => work.Dispose();

    [Fact]
    public void A_draft_that_disagrees_with_the_references_is_reported_and_their_own_disagreements_are_not()
    {
        work.Write("drafts/d.md", "---\ndate: 2024-03-12\n---\n\nOur story: the grid fund holds €25bn.\n");

        var report = work.Json("drafts", "--against", "sources");

        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("fund", finding.GetProperty("subject").GetString());
        Assert.Equal("draft", report.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "drafts/d.md").GetProperty("role").GetString());
    }

    [Fact]
    public void Without_against_every_disagreement_is_reported()
    {
        work.Write("drafts/d.md", "---\ndate: 2024-03-12\n---\n\nOur story: the grid fund holds €25bn.\n");

        var report = work.Json("drafts", "sources");

        Assert.Equal(2, Workspace.Rules(report).Length);
    }

    [Fact]
    public void A_draft_that_agrees_with_the_references_passes()
    {
        work.Write("drafts/d.md", "---\ndate: 2024-03-12\n---\n\nOur story: the grid fund holds €20bn.\n");

        var (exit, stdout, _) = work.Run("check", "drafts", "--against", "sources");

        Assert.Equal(0, exit);
        Assert.Contains("0 finding(s)", stdout, StringComparison.Ordinal);
        // The references' own disagreement is shown apart, as context, and does not fail the check.
        Assert.StartsWith("Context: the references disagree among themselves", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_contradicting_itself_is_reported_though_one_reference_doing_so_is_not()
    {
        work.Write("drafts/d.md", "---\ndate: 2024-03-12\n---\n\nThe deal is worth €3bn.\n\nLater on, we say the deal is worth €5bn.\n");
        work.Write("sources/c.md", "---\ndate: 2024-03-12\n---\n\nThe budget was €3bn. Then the budget was €5bn.\n");

        var report = work.Json("drafts", "--against", "sources");

        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("deal", finding.GetProperty("subject").GetString());
        Assert.All(finding.GetProperty("values").EnumerateArray(),
            v => Assert.StartsWith("drafts/d.md#", v.GetProperty("claims")[0].GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_inside_an_against_folder_stays_a_draft()
    {
        work.Write("sources/drafts/d.md", "---\ndate: 2024-03-12\n---\n\nOur story: the grid fund holds €25bn.\n");

        var report = work.Json("sources/drafts", "--against", "sources");

        Assert.Equal("fund", Assert.Single(report.GetProperty("findings").EnumerateArray()).GetProperty("subject").GetString());
    }

    [Fact]
    public void A_glob_of_the_configuration_can_make_sources_drafts()
    {
        work.Write("factcheck.yml", "sources:\n  - glob: \"drafts/**\"\n    role: draft\n");
        work.Write("drafts/d.md", "---\ndate: 2024-03-12\n---\n\nOur story: the grid fund holds €25bn.\n");

        var report = work.Json(".");

        Assert.Equal("fund", Assert.Single(report.GetProperty("findings").EnumerateArray()).GetProperty("subject").GetString());
    }

    [Fact]
    public void Front_matter_can_make_a_source_a_draft()
    {
        work.Write("sources/d.md", "---\ndate: 2024-03-12\nrole: draft\n---\n\nOur story: the grid fund holds €25bn.\n");

        var report = work.Json("sources");

        Assert.Equal("fund", Assert.Single(report.GetProperty("findings").EnumerateArray()).GetProperty("subject").GetString());
    }
}
