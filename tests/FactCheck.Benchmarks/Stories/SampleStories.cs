using FactCheck.Stories;
using static System.FormattableString;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>stories sample</c>: every 20th English and every 8th French article of the corpus (about 1,000 each), mostly
/// unrelated: how many stories of two sources or more form, their sizes, and with <c>--print</c> each of them with its
/// sources' dates and titles for a reader to judge (<c>--pairs</c> adds why). <c>stories small</c>: how often unrelated
/// articles end up in one story when checked in small groups, at each threshold.
/// </summary>
internal static class SampleStories
{
    public static bool Run(string corpus, bool print, bool pairs)
    {
        var files = Sample(corpus);
        if (StoryProfiles.Of(files, corpus) is not { } read) return false;
        var map = StoryGrouper.Default.Group(read.Profiles);
        var shared = map.Stories.Where(s => s.Sources.Length > 1).ToList();
        var sizes = shared.GroupBy(s => s.Sources.Length).OrderBy(g => g.Key).Select(g => Invariant($"{g.Count()}×{g.Key}"));
        Console.WriteLine(Invariant($"sample: {files.Count} files, {map.Stories.Length} stories, {shared.Count} of 2+ sources ({shared.Sum(s => s.Sources.Length)} sources): {string.Join(", ", sizes)}"));
        if (!print) return true;
        var report = pairs ? new PairReport(read.Profiles) : null;
        foreach (var story in shared)
        {
            Console.WriteLine($"{story.Id} [{story.Label}]");
            report?.Write(story.Sources);
            foreach (var id in story.Sources) Console.WriteLine($"    {id} {read.Sources[id].Date?.Iso} {read.Sources[id].Title}");
        }
        return true;
    }

    public static bool Small(string corpus)
    {
        var random = new Random(13);
        var files = Sample(corpus).OrderBy(_ => random.Next()).ToList();
        if (StoryProfiles.Of(files, corpus, keepSources: false) is not { } read) return false;
        foreach (var size in (int[])[2, 3, 5, 10])
        {
            var groups = read.Profiles.Chunk(size).Take(200).ToList();
            var together = ((double[])[0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2]).Select(threshold => Invariant(
                $"{threshold}: {groups.Sum(g => new StoryGrouper(threshold).Group([.. g]).Stories.Sum(s => s.Sources.Length * (s.Sources.Length - 1) / 2))}"));
            Console.WriteLine(Invariant($"groups of {size} unrelated articles ({groups.Count} groups, {groups.Count * size * (size - 1) / 2} pairs); pairs in one story by threshold: {string.Join(", ", together)}"));
        }
        return true;
    }

    private static List<string> Sample(string corpus) =>
        [.. StoryProfiles.EveryNth(corpus, "en", 20), .. StoryProfiles.EveryNth(corpus, "fr", 8)];
}
