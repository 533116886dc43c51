using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Cli.Tests;

/// <summary><c>--stats</c>: what was read, each stage's time and throughput, and the memory the run took, on stderr only.</summary>
public sealed partial class StatsTests
{
    [Fact]
    public void Stats_say_what_was_read_each_stage_and_the_memory_on_stderr()
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", "samples", "--stats");
        var (_, plain, _) = CliRunner.Run("check", "samples");

        Assert.Equal(1, exit);
        Assert.Equal(plain, stdout); // the report itself is unchanged
        var read = ReadLine().Match(stderr);
        Assert.True(read.Success, stderr);
        Assert.Equal("5", read.Groups["files"].Value); // the five articles; the folder's README is not one
        Assert.Equal("5", read.Groups["findings"].Value);
        Assert.Equal("5", read.Groups["read"].Value); // one story: every article is read for claims
        // The stages run once per source also say what they allocated (MB, summed over threads); the others only their time.
        foreach (var stage in (string[])["load", "sentences", "mentions", "binding", "frames", "stories"])
            Assert.Matches(new Regex($@"(?m)^{Regex.Escape(stage)}\s+\d+\.\d{{3}}\s+(?:\d+\.\d\d|-)\s+\d+$"), stderr);
        foreach (var stage in (string[])["normalization", "story groups", "comparison", "report", "total (wall)"])
            Assert.Matches(new Regex($@"(?m)^{Regex.Escape(stage)}\s+\d+\.\d{{3}}\s+(?:\d+\.\d\d|-)$"), stderr);
        Assert.Contains("allocated (MB)", stderr);
        var memory = MemoryLine().Match(stderr);
        Assert.True(memory.Success, stderr);
        Assert.True(int.Parse(memory.Groups["peak"].Value, CultureInfo.InvariantCulture) > 0);
    }

    [GeneratedRegex(@"^files (?<files>\d+), \d+\.\d\d MB, sentences \d+, mentions \d+, claims \d+ \(\d+ bound\) in the (?<read>\d+) sources read for claims, findings (?<findings>\d+), stories \d+ \(\d+ of several sources\)$", RegexOptions.Multiline)]
    private static partial Regex ReadLine();

    [GeneratedRegex(@"^memory: peak (?<peak>\d+) MB, allocated \d+ MB, GC pauses \d+\.\d{3} s \(collections: \d+ gen0, \d+ gen1, \d+ gen2\)$", RegexOptions.Multiline)]
    private static partial Regex MemoryLine();
}
