using FactCheck.Stories;
using FactCheck.Tests;
using static System.FormattableString;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>stories cases</c>: each folder of ../shared/conflict-cases/cases, run alone as a user would check it, must be one
/// story. Reads only the cases' sources (*.md), never their expected answers. <c>--pairs</c> shows why a split case
/// split; <c>--cohesion</c> the highest threshold at which each case is still one story.
/// </summary>
internal static class CaseStories
{
    public static bool Run(bool pairs, bool cohesion)
    {
        var root = Path.Combine(RepoPaths.Shared, "conflict-cases", "cases");
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"{root}: no such folder (the conflict cases live in ../shared beside the repository)");
            return false;
        }
        var folders = Directory.GetDirectories(root).Order(StringComparer.Ordinal).ToList();
        var whole = 0;
        foreach (var folder in folders)
        {
            var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
            if (StoryProfiles.Of(files, folder) is not { } read) return false;
            var map = StoryGrouper.Default.Group(read.Profiles);
            if (map.Stories.Length == 1) whole++;
            var highest = cohesion ? Invariant($", one story up to a threshold of {HighestThreshold(read):0.000}") : "";
            Console.WriteLine(Invariant($"{Path.GetFileName(folder)}: {files.Count} sources, {map.Stories.Length} stories{highest}"));
            foreach (var story in map.Stories) Console.WriteLine($"    {story.Id} [{story.Label}] {string.Join(' ', story.Sources)}");
            if (pairs && map.Stories.Length > 1) new PairReport(read.Profiles).Write(read.Profiles.Select(p => p.SourceId).Order(StringComparer.Ordinal));
        }
        Console.WriteLine(Invariant($"cases: {whole}/{folders.Count} come out as one story (threshold for a run of 5: {StoryGrouper.Threshold(5):0.000})"));
        return true;
    }

    private static double HighestThreshold(StoryProfiles.Read read)
    {
        double low = 0, high = 1;
        for (var step = 0; step < 20; step++)
        {
            var middle = (low + high) / 2;
            if (new StoryGrouper(middle).Group(read.Profiles).Stories.Length == 1) low = middle;
            else high = middle;
        }
        return low;
    }
}
