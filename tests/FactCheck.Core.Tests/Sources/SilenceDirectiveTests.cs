using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>The &lt;!-- factcheck-… --&gt; comments of Markdown are recorded with their rules and line, and say what they silence.</summary>
public sealed class SilenceDirectiveTests
{
    private static SourceDocument Load(string text) => Loaded.Document("a.md", text);

    [Fact]
    public void Directives_are_recorded_with_their_rules_and_line()
    {
        var source = Load("# Title\n\n<!-- factcheck-disable figure-conflict, restatement-mismatch -->\n\nText.\n\nMore <!-- factcheck-enable --> text.\n");

        Assert.Collection(source.Directives,
            d => Assert.Equal((SilenceKind.Disable, 3, "figure-conflict restatement-mismatch"), (d.Kind, d.Line, string.Join(' ', d.Rules))),
            d => Assert.Equal((SilenceKind.Enable, 7, ""), (d.Kind, d.Line, string.Join(' ', d.Rules))));
    }

    [Fact]
    public void A_disabled_region_silences_its_rules_until_enabled()
    {
        var source = Load("Before €1bn.\n\n<!-- factcheck-disable figure-conflict -->\n\nInside €2bn.\n\n<!-- factcheck-enable -->\n\nAfter €3bn.\n");

        Assert.False(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€1bn")));
        Assert.True(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€2bn")));
        Assert.False(source.IsSilenced("restatement-mismatch", Loaded.SpanOf(source, "€2bn")));
        Assert.False(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€3bn")));
    }

    [Fact]
    public void Enable_naming_a_rule_ends_only_that_rules_silence()
    {
        var source = Load("<!-- factcheck-disable -->\n\nOne €1bn.\n\n<!-- factcheck-enable figure-conflict -->\n\nTwo €2bn.\n");

        Assert.True(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€1bn")));
        Assert.False(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€2bn")));
        Assert.True(source.IsSilenced("restatement-mismatch", Loaded.SpanOf(source, "€2bn")));
    }

    [Fact]
    public void Ignore_next_line_silences_the_line_after_the_comment_only()
    {
        var source = Load("<!-- factcheck-ignore-next-line -->\nThe fund holds €1bn,\nand the loan €2bn.\n");

        Assert.True(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€1bn")));
        Assert.False(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€2bn")));
    }

    [Fact]
    public void Ignore_next_line_at_the_end_of_a_line_of_prose_silences_the_next_line()
    {
        var source = Load("The fund holds €1bn. <!-- factcheck-ignore-next-line -->\nThe loan is €2bn.\n");

        Assert.False(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€1bn")));
        Assert.True(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€2bn")));
    }

    [Theory]
    [InlineData("```\n<!-- factcheck-disable -->\n```\n\nThe fund holds €1bn.\n")]
    [InlineData("    <!-- factcheck-disable -->\n\nThe fund holds €1bn.\n")]
    [InlineData("Write `<!-- factcheck-disable -->` to silence.\n\nThe fund holds €1bn.\n")]
    public void A_directive_inside_code_is_code_not_a_directive(string text)
    {
        var source = Load(text);

        Assert.Empty(source.Directives);
        Assert.False(source.IsSilenced("figure-conflict", Loaded.SpanOf(source, "€1bn")));
    }

    [Fact]
    public void Plain_text_has_no_directives()
    {
        var source = Loaded.Document("a.txt", "<!-- factcheck-disable -->\n\nThe fund holds €1bn.\n");

        Assert.Empty(source.Directives);
    }

    [Fact]
    public void A_comment_that_looks_like_a_directive_but_is_none_is_an_error_with_its_line()
    {
        var error = Loaded.Error("a.md", "# Title\n\n<!-- factcheck-disabel -->\n\nThe fund holds €1bn.\n");

        Assert.Equal("a.md:3: 'factcheck-disabel' is not a FactCheck directive (factcheck-disable, factcheck-enable, factcheck-ignore-next-line)", error.ToString());
    }

    [Fact]
    public void Other_comments_are_not_directives()
    {
        var source = Load("<!-- reviewed by the desk -->\n\nThe fund holds €1bn.\n");

        Assert.Empty(source.Directives);
    }
}
