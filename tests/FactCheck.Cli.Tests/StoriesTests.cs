using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>The JSON report lists the stories and gives each source its story; <c>--one-story</c> puts all in one.</summary>
public sealed class StoriesTests : IDisposable
{
    private readonly Workspace work = new();

    public StoriesTests()
    {
        work.Write("quarry.md", "---\ndate: 2024-05-02\n---\n\nA rockfall closed the Brenholt quarry near Oddvik on Monday. The Brenholt "
            + "quarry company said no worker was hurt and the Oddvik road would reopen on Friday.\n");
        work.Write("choir.md", "---\ndate: 2024-05-02\n---\n\nThe Lindqvist youth choir won the regional singing contest in Halmby "
            + "with a programme of folk songs arranged by its director.\n");
    }

    public void Dispose() => work.Dispose();

    private static Dictionary<string, string> StoryOfEachSource(JsonElement report) =>
        report.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("story").GetString()!);

    [Fact]
    public void Articles_about_different_things_are_different_stories()
    {
        var report = work.Json(".");

        var stories = report.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal(["S1", "S2"], stories.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("S1", StoryOfEachSource(report)["choir.md"]);
        Assert.Contains("Brenholt", stories[1].GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_story_puts_every_source_in_one()
    {
        var report = work.Json(".", "--one-story");

        var story = Assert.Single(report.GetProperty("stories").EnumerateArray());
        Assert.Equal(["choir.md", "quarry.md"], story.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.All(StoryOfEachSource(report).Values, id => Assert.Equal("S1", id));
    }

    [Fact]
    public void The_samples_are_one_story()
    {
        var (_, stdout, _) = CliRunner.Run("check", "samples", "--format", "json");

        var story = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(5, story.GetProperty("sources").GetArrayLength());
    }
}
