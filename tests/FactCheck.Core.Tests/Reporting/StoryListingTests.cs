using System.Collections.Immutable;
using System.Text.Json;
using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>Every report says which sources were compared with which: its stories, their labels and their sources.</summary>
public sealed class StoryListingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Report Checked()
    {
        folder.Write("news/a.md", Written.TwentyBillion);
        folder.Write("news/b.md", Written.TwentyFiveBillion);
        return Written.Check(folder.Root, "news");
    }

    [Fact]
    public void The_text_report_lists_each_story_of_several_sources_with_its_sources()
    {
        var text = Written.As(new TextReportWriter(useColor: false), Checked());

        Assert.Contains("Stories: 1 of several sources.", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  S1  .+ — 2 sources: news/a\.md, news/b\.md\n", text);
    }

    [Fact]
    public void The_markdown_report_has_a_table_of_stories_with_links_to_the_sources()
    {
        var markdown = Written.As(new MarkdownReportWriter(id => "../" + id), Checked());

        Assert.Contains("## Stories", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\| S1 \| .+ \| \[news/a\.md\]\(\.\./news/a\.md\), \[news/b\.md\]\(\.\./news/b\.md\) \|", markdown);
    }

    [Fact]
    public void The_sarif_report_lists_the_stories_and_gives_each_result_its_story()
    {
        using var sarif = JsonDocument.Parse(Written.As(new SarifReportWriter(), Checked()));
        var run = sarif.RootElement.GetProperty("runs")[0];

        var story = Assert.Single(run.GetProperty("properties").GetProperty("stories").EnumerateArray());
        Assert.Equal(["news/a.md", "news/b.md"], story.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal("S1", r.GetProperty("properties").GetProperty("story").GetString()));
    }

    [Fact]
    public void A_long_list_of_stories_is_cut_and_says_how_many_are_left_out()
    {
        var many = Enumerable.Range(1, 25).Select(i => new Story($"S{i}", $"story {i}", [$"{i}/a.md", $"{i}/b.md"]))
            .Append(new Story("S26", "alone", ["alone.md"])).ToImmutableArray();

        var text = Written.As(new TextReportWriter(useColor: false), Checked() with { Stories = many });

        Assert.Contains("Stories: 25 of several sources (and 1 of one source each, compared with nothing).", text, StringComparison.Ordinal);
        Assert.Contains("  S20  story 20", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  S21  story 21", text, StringComparison.Ordinal);
        Assert.Contains("… and 5 more stories of several sources", text, StringComparison.Ordinal);
    }
}
