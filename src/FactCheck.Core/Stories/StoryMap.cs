using System.Collections.Immutable;

namespace FactCheck.Stories;

/// <summary>The stories of a run, in id order, and the story of each source.</summary>
public sealed record StoryMap
{
    // A plain table: freezing one of 29,000 sources cost a fifth of a second on the serial path, more than its look-ups save.
    private readonly Dictionary<string, Story> bySource;

    /// <summary>A map of <paramref name="stories"/>; each source belongs to exactly one.</summary>
    public StoryMap(ImmutableArray<Story> stories)
    {
        Stories = stories;
        // Built at its size, without a pair a source: a source in two stories still throws, as a map of them cannot be.
        var count = 0;
        foreach (var story in stories) count += story.Sources.Length;
        bySource = new(count, StringComparer.Ordinal);
        foreach (var story in stories)
            foreach (var id in story.Sources) bySource.Add(id, story);
    }

    /// <summary>No sources, no stories.</summary>
    public static StoryMap Empty { get; } = new([]);

    /// <summary>Every story, in id order.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>The story of the source <paramref name="sourceId"/>, or null for a source the run did not read.</summary>
    public Story? StoryOf(string sourceId) => bySource.GetValueOrDefault(sourceId);

    /// <summary>True when the two sources are in one story: only then are their claims about the same events.</summary>
    internal bool ShareStory(string sourceA, string sourceB) =>
        StoryOf(sourceA) is { } story && ReferenceEquals(story, StoryOf(sourceB));
}
