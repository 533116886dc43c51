using System.Collections.Immutable;
using FactCheck.Sources;
using FactCheck.Stories;
using static FactCheck.Core.Tests.Stories.StoryTexts;

namespace FactCheck.Core.Tests.Stories;

/// <summary>Articles that share no story stay apart, so a check compares nothing between them.</summary>
public sealed class UnrelatedTests
{
    [Fact]
    public void Unrelated_articles_are_one_story_each()
    {
        var map = Group(Source("bakery.md", Bakery), Source("transfer.md", Transfer), Source("chips.md", Chips, "fr"),
            Source("orchestra.md", Orchestra), Source("museum.md", MuseumAgency, "fr"));

        Assert.Equal(5, map.Stories.Length);
        Assert.False(map.ShareStory("bakery.md", "orchestra.md"));
    }

    [Fact]
    public void Dispatches_filed_in_one_city_are_not_one_story_for_their_dateline()
    {
        var map = Group(
            Source("a.md", "DALLAS, March 2 - Harwell Foods said it would open two bakeries in Fort Worth next year."),
            Source("b.md", "DALLAS, March 2 - Torvane Energy named Maria Ekdahl its chief financial officer."));

        Assert.Equal(2, map.Stories.Length);
    }

    [Fact]
    public void One_event_told_long_ago_and_again_today_weighs_less_than_told_the_same_week()
    {
        var sameWeek = Similarity(Source("a.md", FerryWire, date: "2024-03-05"), Source("b.md", FerryBlog, date: "2024-03-06"));
        var yearsApart = Similarity(Source("a.md", FerryWire, date: "2014-03-05"), Source("b.md", FerryBlog, date: "2024-03-06"));

        Assert.True(yearsApart < sameWeek / 2, $"{yearsApart} against {sameWeek}");
    }

    private static double Similarity(SourceDocument a, SourceDocument b)
    {
        ImmutableArray<StoryProfile> profiles = [Profile(a), Profile(b)];
        return StoryGrouper.Similarity(new FeatureSpace(profiles), profiles, 0, 1);
    }
}
