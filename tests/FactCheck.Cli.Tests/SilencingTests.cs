namespace FactCheck.Cli.Tests;

/// <summary>&lt;!-- factcheck-… --&gt; comments in Markdown take claims out of the rules they name.</summary>
public sealed class SilencingTests : IDisposable
{
    private readonly Workspace work = new();

    public SilencingTests() => work.Write("a.md", Workspace.FundA);

    public void Dispose() => work.Dispose();

    private int Findings(string textOfB)
    {
        work.Write("b.md", "---\ndate: 2024-03-12\n---\n\n" + textOfB);
        return Workspace.Rules(work.Json(".")).Length;
    }

    [Fact]
    public void A_claim_in_a_disabled_region_is_left_out_so_its_finding_disappears()
    {
        Assert.Equal(1, Findings("The grid fund holds €25bn, officials said.\n"));
        Assert.Equal(0, Findings("<!-- factcheck-disable -->\n\nThe grid fund holds €25bn, officials said.\n\n<!-- factcheck-enable -->\n"));
        Assert.Equal(0, Findings("<!-- factcheck-disable figure-conflict -->\n\nThe grid fund holds €25bn, officials said.\n"));
        Assert.Equal(0, Findings("<!-- factcheck-disable restatement-mismatch, figure-conflict -->\nThe grid fund holds €25bn, officials said.\n"));
    }

    [Fact]
    public void A_region_ends_at_enable_and_silences_only_the_rules_it_names()
    {
        Assert.Equal(1, Findings("<!-- factcheck-disable -->\n\nSome text.\n\n<!-- factcheck-enable -->\n\nThe grid fund holds €25bn.\n"));
        Assert.Equal(1, Findings("<!-- factcheck-disable restatement-mismatch -->\n\nThe grid fund holds €25bn.\n"));
        Assert.Equal(1, Findings("<!-- factcheck-disable -->\n\n<!-- factcheck-enable figure-conflict -->\n\nThe grid fund holds €25bn.\n"));
    }

    [Fact]
    public void Ignore_next_line_silences_the_line_right_after_the_comment()
    {
        Assert.Equal(0, Findings("<!-- factcheck-ignore-next-line -->\nThe grid fund holds €25bn.\n"));
        Assert.Equal(1, Findings("<!-- factcheck-ignore-next-line -->\n\nThe grid fund holds €25bn.\n"));
    }

    [Fact]
    public void A_side_keeps_its_other_claims_when_one_is_silenced()
    {
        var count = Findings("The grid fund holds €25bn.\n\n<!-- factcheck-ignore-next-line -->\nThe grid fund holds €26bn.\n");

        Assert.Equal(1, count);
    }

    [Fact]
    public void A_comment_inside_a_code_block_silences_nothing()
    {
        Assert.Equal(1, Findings("```markdown\n<!-- factcheck-disable -->\n```\n\nThe grid fund holds €25bn.\n"));
    }

    [Fact]
    public void A_directive_naming_a_rule_that_does_not_exist_is_an_input_error_with_its_line()
    {
        work.Write("b.md", "---\ndate: 2024-03-12\n---\n\n<!-- factcheck-disable figure-conflit -->\n\nThe grid fund holds €25bn.\n");

        var (exit, _, stderr) = work.Run("check", ".");

        Assert.Equal(2, exit);
        var rules = string.Join(", ", FactCheck.Rules.RuleSet.BuiltIn.All.Select(r => r.Id));
        Assert.Equal($"factcheck: b.md:5: factcheck-disable names 'figure-conflit', which is not a rule ({rules})\n", stderr);
    }
}
