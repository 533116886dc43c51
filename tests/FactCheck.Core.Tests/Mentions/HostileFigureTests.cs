using FactCheck.Configuration;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Quantity;
using FactCheck.Core.Tests.Sources;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The crash classes a fuzzing run found, each read at its root: digits of other scripts, dates that cannot exist, numbers
/// beyond decimal's range, a NUL in Markdown, a recognizer that throws on an odd duration, an empty glob class.
/// </summary>
public sealed class HostileFigureTests
{
    [Theory]
    [InlineData("Le sommet a eu lieu le ٣١ mars ٢٠٢٤ à Oslo.", "fr")]
    [InlineData("The summit opened on ३१ March २०२४ in Oslo.", "en")]
    [InlineData("The summit opened on ๓๑/๐๓/๒๕๖๗ in Oslo.", "en")]
    [InlineData("The fund holds ５ billion euros since ２０２４-０３-１２.", "en")]
    [InlineData("The fund holds 𝟓 billion euros.", "en")]
    [InlineData("The fund opened in March ٠ 2024.", "en")]
    public void Digits_of_other_scripts_are_read_or_left_never_thrown_on(string text, string language)
    {
        var claims = TestText.Claims(TestText.Source(text, language));

        Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.Display)));
    }

    [Theory]
    [InlineData("The summit will open on 31 February 2024.")]
    [InlineData("The summit opened on 0000-01-01 and closed on 10000-01-01.")]
    [InlineData("The fund will last 99999999999 weeks from now.")]
    [InlineData("Le fonds durera dans 99999999 jours.")]
    public void A_date_that_cannot_exist_is_no_date(string text)
    {
        var dates = TestText.ClaimsOf<DateClaim>(TestText.Source(text, text.StartsWith("Le", StringComparison.Ordinal) ? "fr" : "en"));

        Assert.DoesNotContain(dates, d => d.Display.Contains("0000", StringComparison.Ordinal) || d.Display.Contains("10000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The fund holds ¥79228162514264337593543950336.")]
    [InlineData("The fund holds £9,999,999,999,999,999,999,999,999,999bn.")]
    [InlineData("The fund holds 999999999999999999999999999 trillion dollars.")]
    [InlineData("The alliance has 79228162514264337593543950336 members.")]
    public void A_figure_beyond_decimal_range_is_too_large_to_compare_not_a_crash(string text)
    {
        var claims = TestText.Claims(TestText.Source(text));

        Assert.DoesNotContain(claims, c => c is MoneyClaim or QuantityClaim);
    }

    [Fact]
    public void A_nul_in_markdown_keeps_every_span_inside_the_file()
    {
        var document = Loaded.Document("a.md", "The fund \0holds €5bn \0and more.\n");

        var claims = TestText.Claims(document);

        Assert.All(claims, c => Assert.InRange(c.Claim.Mention.Span.End, 0, document.Text.Length));
        Assert.Contains(claims, c => c.Claim.Mention.Text == "€5bn");
    }

    [Fact]
    public void A_lone_surrogate_in_a_callers_text_is_no_character_and_no_crash()
    {
        var document = TestText.Source("\uD800 said Ingrid Dahl\uDC00, the fund holds €5bn. « Nous ne céderons pas », a déclaré Lars\uD800 Berg.", "fr");

        var claims = TestText.Claims(document);

        Assert.DoesNotContain(document.Text, char.IsSurrogate);
        Assert.Contains(claims, c => c.Claim.Mention.Text == "€5bn");
    }

    [Theory]
    [InlineData("[!]")]
    [InlineData("[z-a].md")]
    public void A_glob_whose_class_matches_nothing_is_a_mistake_not_a_crash(string pattern)
    {
        var (glob, problem) = Glob.Parse(pattern);

        Assert.Null(glob);
        Assert.Contains("character class", problem, StringComparison.Ordinal);
    }
}
