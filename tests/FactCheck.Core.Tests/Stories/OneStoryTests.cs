using static FactCheck.Core.Tests.Stories.StoryTexts;

namespace FactCheck.Core.Tests.Stories;

/// <summary>A set of articles about one event is one story, in English, in French and across the two.</summary>
public sealed class OneStoryTests
{
    [Fact]
    public void English_articles_about_one_event_are_one_story()
    {
        var map = Group(Source("wire.md", FerryWire), Source("daily.md", FerryDaily), Source("blog.md", FerryBlog));

        var story = Assert.Single(map.Stories);
        Assert.Equal(["blog.md", "daily.md", "wire.md"], story.Sources.ToArray());
    }

    [Fact]
    public void French_articles_about_one_event_are_one_story()
    {
        var map = Group(Source("agence.md", MuseumAgency, "fr"), Source("quotidien.md", MuseumDaily, "fr"));

        Assert.Single(map.Stories);
    }

    [Fact]
    public void An_English_and_a_French_article_about_one_event_share_it_through_their_names()
    {
        var map = Group(Source("wire.md", FerryWire), Source("agence.md", FerryFrench, "fr"));

        Assert.Single(map.Stories);
    }

    [Fact]
    public void The_label_names_what_the_articles_share()
    {
        var map = Group(Source("wire.md", FerryWire), Source("daily.md", FerryDaily), Source("agence.md", FerryFrench, "fr"));

        var label = Assert.Single(map.Stories).Label;
        Assert.Contains("Vardholm", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_events_in_one_run_are_two_stories()
    {
        var map = Group(Source("wire.md", FerryWire), Source("daily.md", FerryDaily), Source("fr/agence.md", MuseumAgency, "fr"),
            Source("fr/quotidien.md", MuseumDaily, "fr"));

        Assert.Equal(["daily.md wire.md", "fr/agence.md fr/quotidien.md"], Members(map));
    }
}
