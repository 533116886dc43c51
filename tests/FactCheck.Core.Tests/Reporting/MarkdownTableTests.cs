using System.Text.RegularExpressions;
using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>The Markdown report's tables stay tables whatever the sentences hold, and its links lead to the line.</summary>
public sealed partial class MarkdownTableTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Cells of a table row: split at every '|' that no backslash escapes.</summary>
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [Fact]
    public void Pipes_stars_dollars_and_line_breaks_in_a_sentence_stay_inside_one_cell()
    {
        folder.Write("a.txt", "The fund | a pipe, *stars*, [brackets] and <b>tags</b> is worth $21.6bn\nin all, said `Dahl`.\n");
        folder.Write("b.md", Written.TwentyFiveBillion);

        var markdown = Written.As(new MarkdownReportWriter(), Written.Check(folder.Root, "."));

        var rows = markdown[..markdown.IndexOf("## Stories", StringComparison.Ordinal)].Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rows.Count); // header, rule, one row per claim
        Assert.All(rows, row => Assert.Equal(7, CellSeparator().Split(row).Length)); // 5 cells between 6 separators
        Assert.Contains(@"The fund \| a pipe, \*stars\*, \[brackets\] and \<b\>tags\</b\> is worth **\$21.6bn** in all, said \`Dahl\`.", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_are_links_to_their_line_relative_to_the_report()
    {
        folder.Write("news/a.md", Written.TwentyBillion);
        folder.Write("news/b.md", Written.TwentyFiveBillion);
        var report = Written.Check(folder.Root, "news");

        var here = Written.As(new MarkdownReportWriter(), report);
        var elsewhere = Written.As(new MarkdownReportWriter(id => "../" + id), report);

        Assert.Contains("| **€20bn** | [news/a.md:4](news/a.md?plain=1#L4) | €20bn |", here, StringComparison.Ordinal);
        Assert.Contains("[news/b.md:4](../news/b.md?plain=1#L4)", elsewhere, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Markdown_source_links_to_GitHubs_source_view_of_the_line_and_a_text_file_to_its_line()
    {
        // GitHub shows a .md file rendered, where "#L4" reaches no line; "?plain=1#L4" shows its source at that line.
        folder.Write("news/a.md", Written.TwentyBillion);
        folder.Write("news/b.txt", "The fund is worth €25bn.\n");

        var markdown = Written.As(new MarkdownReportWriter(), Written.Check(folder.Root, "news"));

        Assert.Contains("[news/a.md:4](news/a.md?plain=1#L4)", markdown, StringComparison.Ordinal);
        Assert.Contains("[news/b.txt:1](news/b.txt#L1)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_findings_says_so()
    {
        folder.Write("a.md", Written.TwentyBillion);
        folder.Write("b.md", Written.TwentyBillion);

        var markdown = Written.As(new MarkdownReportWriter(), Written.Check(folder.Root, "."));

        Assert.Equal("# FactCheck report\n\n**No findings**: 2 sources checked, 2 claims compared, and none of them disagree.\n", markdown);
    }

    [Fact]
    public void A_source_alone_in_its_story_is_said_to_be_not_compared()
    {
        folder.Write("a.md", Written.TwentyBillion);

        var markdown = Written.As(new MarkdownReportWriter(), Written.Check(folder.Root, "."));

        Assert.Equal("# FactCheck report\n\n**No findings**: 1 source checked (1 alone in its story, not compared), 0 claims compared, and none of them disagree.\n", markdown);
    }
}
