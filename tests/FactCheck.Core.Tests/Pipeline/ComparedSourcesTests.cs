using FactCheck.Comparison;
using FactCheck.Core.Tests.Reporting;
using FactCheck.Core.Tests.Sources;
using FactCheck.Core.Tests.Store;
using FactCheck.Kinds.Money;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Rules;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// A check reads the claims of the sources that can be compared: those that share a story, drafts, and a source where a rule
/// looks within one source (a figure and its conversion in brackets). A reference alone in its story is only profiled.
/// </summary>
public sealed class ComparedSourcesTests : IDisposable
{
    internal const string Fund = "---\ndate: 2024-03-12\n---\nThe grid ministers of Norway and Sweden agreed a €20bn grid fund in Oslo.\n";
    internal const string FundAgain = "---\ndate: 2024-03-13\n---\nNorway and Sweden set up a grid fund of €25bn in Oslo, their grid ministers said.\n";
    private const string Football = "---\ndate: 2024-03-12\n---\nThe striker scored 14 goals for the club this season.\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Report Check(params string[] paths)
    {
        var result = FactChecker.Check(new CheckOptions([.. paths], folder.Root));
        Assert.Null(result.Error);
        return result.Report!;
    }

    [Fact]
    public void A_reference_alone_in_its_story_is_not_read_for_claims_and_the_report_says_so()
    {
        folder.Write("a.md", Fund);
        folder.Write("b.md", FundAgain);
        folder.Write("c.md", Football);

        var report = Check(".");

        Assert.Equal(2, report.Stories.Length);
        Assert.Single(report.Findings); // €20bn against €25bn
        Assert.DoesNotContain(report.Claims, c => c.Value.SourceId == "c.md");
        Assert.Contains(report.Claims, c => c.Value.SourceId == "a.md");
        Assert.Equal(1, report.AloneReferences);
        Assert.Contains("; 1 source alone in its story, with nothing to compare it with.", Written.As(new TextReportWriter(useColor: false), report), StringComparison.Ordinal);
    }

    [Fact]
    public void An_extract_reads_every_source()
    {
        folder.Write("c.md", Football);

        var result = FactChecker.Check(new CheckOptions(["."], folder.Root) { Extract = true });

        Assert.Contains(result.Report!.Claims, c => c.Value.SourceId == "c.md" && c.Display == "14 goals");
        Assert.Equal(0, result.Report.AloneReferences);
    }

    [Fact]
    public void A_wrong_conversion_in_a_source_alone_is_still_found()
    {
        folder.Write("alone.md", Written.WrongConversion);

        var report = Check("alone.md");

        Assert.Equal("restatement-mismatch", Assert.Single(report.Findings).Finding.Rule);
    }

    [Fact]
    public void A_draft_alone_is_read_for_the_values_it_contradicts_itself_with()
    {
        folder.Write("draft.md", "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn grid fund.\n\nLater the €25bn grid fund was signed.\n");
        folder.Write("ref/c.md", Football);

        var result = FactChecker.Check(new CheckOptions(["draft.md"], folder.Root) { Against = ["ref"] });

        Assert.Contains(result.Report!.Claims, c => c.Value.SourceId == "draft.md");
    }

    [Fact]
    public void Every_kind_of_source_read_for_claims_gives_the_same_report_on_one_thread_or_four()
    {
        // Each kind of source a check reads for claims: a draft, a source alone with a wrong conversion (both compared
        // whatever their story), a pair of references in one story; and one alone, only profiled.
        folder.Write("draft.md", "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn grid fund.\n\nLater the €25bn grid fund was signed.\n");
        folder.Write("ref/a.md", Fund);
        folder.Write("ref/b.md", FundAgain);
        folder.Write("ref/alone.md", Written.WrongConversion);
        folder.Write("ref/c.md", Football);
        string Json(int parallelism) => StoredTexts.Json(FactChecker.Check(new CheckOptions(["draft.md"], folder.Root) { Against = ["ref"], Parallelism = parallelism }));

        var one = Json(1);

        Assert.Equal(one, Json(4));
        Assert.Contains("\"restatement-mismatch\"", one, StringComparison.Ordinal);
        Assert.Contains("\"ref/a.md\"", one, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Members would commit $100bn (£60bn) to the fund.", true)]
    [InlineData("Members would commit $100bn (2.1% of their output) to the fund.", false)]
    [InlineData("Members would commit $100bn to the fund (set up in 1987).", false)]
    [InlineData("Members would commit $100bn (up from £60bn) to the fund.", false)]
    [InlineData("LONDON (Reuters) - Members would commit $100bn to the fund.", false)]
    [InlineData("Members (and their allies) would commit $100bn to the fund (see below", false)]
    public void A_source_alone_is_read_for_claims_only_where_a_bracket_converts_an_amount(string sentence, bool mayFind)
    {
        var rule = new RestatementCheck(RuleSet.BuiltIn.Conflict("restatement-mismatch"), ExchangeRates.Default);
        var read = FactCheck.Sentences.SentenceSplitter.Default.Split(TestText.Dated("a.md", sentence, "en", "2024-04-02"));

        Assert.Equal(mayFind, read.Any(rule.MayFindAlone));
        Assert.False(((IComparisonRule)new FigureConflictCheck(RuleSet.BuiltIn.Conflict("figure-conflict"))).MayFindAlone(read[0]));
    }
}
