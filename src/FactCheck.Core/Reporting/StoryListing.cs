using System.Globalization;
using FactCheck.Stories;

namespace FactCheck.Reporting;

/// <summary>
/// The stories a report for people lists: those of several sources (a story of one source compares nothing), at most
/// <see cref="MostStories"/> of them, each with at most <see cref="MostSources"/> of its sources named. The JSON and SARIF
/// reports list every story and source.
/// </summary>
internal static class StoryListing
{
    public const int MostStories = 20;
    public const int MostSources = 6;

    /// <summary>The stories to list, and how many stories of several sources and of one source are left unlisted.</summary>
    public static (IReadOnlyList<Story> Shown, int MoreShared, int Single) Of(Report report)
    {
        var shared = report.Stories.Where(s => s.Sources.Length > 1).ToList();
        return ([.. shared.Take(MostStories)], Math.Max(0, shared.Count - MostStories), report.Stories.Length - shared.Count);
    }

    /// <summary>The heading line: "Stories: 2 of several sources (and 3 of one source each)."</summary>
    public static string Heading(IReadOnlyList<Story> shown, int moreShared, int single) =>
        string.Create(CultureInfo.InvariantCulture, $"Stories: {shown.Count + moreShared} of several sources")
        + (single > 0 ? string.Create(CultureInfo.InvariantCulture, $" (and {single} of one source each, compared with nothing)") : "") + ".";

    /// <summary>The story's sources, the first <see cref="MostSources"/> named and the rest counted.</summary>
    public static string Sources(Story story) =>
        string.Join(", ", story.Sources.Take(MostSources))
        + (story.Sources.Length > MostSources ? string.Create(CultureInfo.InvariantCulture, $" and {story.Sources.Length - MostSources} more") : "");

    /// <summary>The line that says how many stories of several sources were not listed, or null.</summary>
    public static string? More(int moreShared) => moreShared == 0 ? null
        : string.Create(CultureInfo.InvariantCulture, $"… and {moreShared} more stories of several sources (the JSON report lists every story).");
}
