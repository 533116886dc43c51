namespace FactCheck.Cli.Tests;

/// <summary>
/// <c>check --shard i/n --output FILE</c> reads a share of the files into a claims file, <c>check --claims FILE...</c>
/// compares them as one run, and <c>--cache DIR</c> keeps what is read between runs: the same report in every case,
/// and one line and exit 2 for what cannot be done.
/// </summary>
public sealed class ShardAndCacheTests : IDisposable
{
    private readonly Workspace workspace = new();

    public ShardAndCacheTests()
    {
        workspace.WriteNews();
        workspace.Write("news/e.txt", "The striker scored 14 goals for the club this season.\n");
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Three_shards_merged_give_the_report_of_one_run_byte_for_byte()
    {
        var one = workspace.Run("check", "news", "--format", "json");

        var shards = Enumerable.Range(1, 3).Select(i => workspace.Run("check", "news", "--shard", $"{i}/3", "--output", $"shard{i}.claims")).ToList();
        var merged = workspace.Run("check", "--claims", "shard1.claims", "shard2.claims", "shard3.claims", "--format", "json");

        Assert.All(shards, shard => Assert.Equal((0, "", ""), shard));
        Assert.Equal(1, one.Exit);
        Assert.Equal(one, merged);
    }

    [Fact]
    public void A_shard_with_stats_says_what_it_read_and_leaves_the_stories_to_the_merge()
    {
        var (exit, stdout, stderr) = workspace.Run("check", "news", "--shard", "1/2", "--output", "shard1.claims", "--stats");

        Assert.Equal((0, ""), (exit, stdout));
        var lines = stderr.Split('\n');
        // Files 0, 2 and 4 of the five, by sorted path: a.md, c.md, e.txt.
        Assert.StartsWith("shard 1/2: files 3, ", lines[0], StringComparison.Ordinal);
        Assert.Contains("stories and findings are the merge's", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("mentions ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("story groups", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("memory: peak ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shard_without_output_is_refused_in_one_line()
    {
        var (exit, stdout, stderr) = workspace.Run("check", "news", "--shard", "1/2");

        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal($"factcheck: --shard: {UserMessages.ShardWithoutOutput}\n", stderr);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public void A_shard_that_is_not_i_of_n_is_refused(string shard)
    {
        var (exit, _, stderr) = workspace.Run("check", "news", "--shard", shard, "--output", "x.claims");

        Assert.Equal(2, exit);
        Assert.StartsWith($"factcheck: --shard '{shard}' is not a shard", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workspace.Root, "x.claims")));
    }

    [Fact]
    public void What_only_the_merge_uses_is_refused_with_a_shard()
    {
        var (exit, _, stderr) = workspace.Run("check", "news", "--shard", "1/2", "--output", "x.claims", "--one-story");

        Assert.Equal(2, exit);
        Assert.Equal($"factcheck: --one-story: {UserMessages.MergeOnly}\n", stderr);
    }

    [Fact]
    public void Claims_with_paths_are_refused()
    {
        workspace.Run("check", "news", "--shard", "1/1", "--output", "all.claims");

        var (exit, _, stderr) = workspace.Run("check", "news", "--claims", "all.claims");

        Assert.Equal(2, exit);
        Assert.Equal($"factcheck: --claims: {UserMessages.ClaimsWithPaths}\n", stderr);
    }

    [Fact]
    public void A_damaged_claims_file_is_one_line_and_exit_2()
    {
        workspace.Run("check", "news", "--shard", "1/1", "--output", "all.claims");
        var path = Path.Combine(workspace.Root, "all.claims");
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^10]);

        var (exit, stdout, stderr) = workspace.Run("check", "--claims", "all.claims");

        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal("factcheck: all.claims: is damaged or truncated: write it again with check --shard\n", stderr);
    }

    [Fact]
    public void Check_without_paths_or_claims_is_refused()
    {
        var (exit, _, stderr) = workspace.Run("check");

        Assert.Equal(2, exit);
        Assert.Equal($"factcheck: check: {UserMessages.NoPaths}\n", stderr);
    }

    [Fact]
    public void A_warm_cache_gives_the_report_of_a_cold_run_and_an_edit_is_seen()
    {
        var plain = workspace.Run("check", "news", "--format", "json");

        var cold = workspace.Run("check", "news", "--format", "json", "--cache", ".cache");
        var warm = workspace.Run("check", "news", "--format", "json", "--cache", ".cache");
        workspace.Write("news/b.md", Workspace.FundA);
        var edited = workspace.Run("check", "news", "--format", "json", "--cache", ".cache");

        Assert.Equal(plain, cold);
        Assert.Equal(plain, warm);
        Assert.Equal(workspace.Run("check", "news", "--format", "json"), edited);
        Assert.NotEqual(plain.Out, edited.Out);
        // A command line run keeps its reads in its run's segments, not an entry per file.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(workspace.Root, ".cache", "runs"), "*.fcp"));
        Assert.Empty(Directory.GetFiles(Path.Combine(workspace.Root, ".cache"), "*.fcr", SearchOption.AllDirectories));
    }
}
