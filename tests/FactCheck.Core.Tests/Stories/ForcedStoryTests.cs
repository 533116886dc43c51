using FactCheck.Core.Tests.Configuration;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Stories;
using static FactCheck.Core.Tests.Stories.StoryTexts;

namespace FactCheck.Core.Tests.Stories;

/// <summary>A user who knows a set is about one thing can say so: every source is then in one story.</summary>
public sealed class ForcedStoryTests
{
    [Fact]
    public void One_story_mode_puts_unrelated_sources_together()
    {
        var profiles = new[] { Source("bakery.md", Bakery), Source("transfer.md", Transfer), Source("chips.md", Chips, "fr") }.Select(Profile);

        var map = new StoryGrouper(StoryMode.One).Group([.. profiles]);

        var story = Assert.Single(map.Stories);
        Assert.Equal(["bakery.md", "chips.md", "transfer.md"], story.Sources.ToArray());
    }

    [Fact]
    public void The_configuration_key_stories_one_forces_one_story()
    {
        using var folder = new TempFolder();
        folder.Write("bakery.md", Bakery);
        folder.Write("transfer.md", Transfer);

        var grouped = FactChecker.Check(new CheckOptions(["."], folder.Root)).Report!;
        var one = FactChecker.Check(new CheckOptions(["."], folder.Root) { Configuration = Configured.Config("stories: one\n") }).Report!;

        Assert.Equal(2, grouped.Stories.Length);
        Assert.Single(one.Stories);
    }

    [Fact]
    public void The_option_forces_one_story_without_a_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("bakery.md", Bakery);
        folder.Write("transfer.md", Transfer);

        var report = FactChecker.Check(new CheckOptions(["."], folder.Root) { Stories = StoryMode.One }).Report!;

        Assert.Single(report.Stories);
    }
}
