using System.Collections.Immutable;
using System.Text;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Store;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// A check sharded into claims files (<c>--shard i/n</c>) and merged (<c>--claims</c>) reports exactly what one run reports,
/// and a claims file that is damaged, truncated, foreign or of another configuration is one error, never an exception.
/// </summary>
public sealed class ClaimsFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ClaimsFileTests() => StoredTexts.WriteAll(folder);

    public void Dispose() => folder.Dispose();

    /// <summary>Writes the claims file of shard <paramref name="index"/>/<paramref name="count"/> of <paramref name="options"/> and returns its path.</summary>
    private string WriteShard(CheckOptions options, int index, int count, string? name = null)
    {
        var result = FactChecker.Check(options with { Shard = new Shard(index, count) });
        Assert.Null(result.Error);
        var path = Path.Combine(folder.Root, name ?? $"shard{index}of{count}.claims");
        using (var stream = File.Create(path)) ClaimsFile.Write(result.Stored!, stream);
        return path;
    }

    private CheckOptions Options(params string[] paths) => new([.. paths], folder.Root);

    private string[] Shards(CheckOptions options, int count) => [.. Enumerable.Range(1, count).Select(i => WriteShard(options, i, count))];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void Merged_shards_report_exactly_what_one_run_reports(int count)
    {
        var options = Options(".");
        var files = Shards(options, count);

        var merged = FactChecker.Check(options with { Paths = [], ClaimsFiles = [.. files.Reverse()] });

        Assert.Equal(StoredTexts.Json(FactChecker.Check(options)), StoredTexts.Json(merged));
        Assert.Contains(merged.Report!.Findings, f => f.Finding.Rule == "figure-conflict");
        Assert.True(merged.Report.HasUnreadableSources); // broken.md, read by its shard, reported by the merge
        Assert.DoesNotContain(merged.Report.Claims, c => c.Value.SourceId == "sport.txt"); // its shard read its claims; alone, it is not compared
    }

    [Fact]
    public void A_source_alone_in_its_story_gives_no_claims_though_its_shard_read_them()
    {
        folder.Write("alone/a.md", "---\ndate: 2024-03-12\n---\nThe grid ministers of Norway and Sweden agreed a €20bn grid fund in Oslo.\n");
        folder.Write("alone/b.md", "---\ndate: 2024-03-13\n---\nNorway and Sweden set up a grid fund of €25bn in Oslo, their grid ministers said.\n");
        folder.Write("alone/c.md", "---\ndate: 2024-03-12\n---\n\"We will win the league,\" said Marco Bellini, the striker, after scoring 14 goals.\n");
        var options = Options("alone");

        var merged = FactChecker.Check(options with { Paths = [], ClaimsFiles = [.. Shards(options, 1)] });

        Assert.Equal(StoredTexts.Json(FactChecker.Check(options)), StoredTexts.Json(merged));
        Assert.DoesNotContain(merged.Report!.Claims, c => c.Value.SourceId == "alone/c.md");
    }

    [Fact]
    public void Every_claim_of_every_kind_comes_back_from_a_claims_file_as_it_was_read()
    {
        var options = Options(".") with { Extract = true };
        var files = Shards(options, 2);

        var merged = FactChecker.Check(options with { Paths = [], ClaimsFiles = [.. files] });

        // An extract reports every claim of every source, its value, frame and sentence: all a stored read gives back.
        Assert.Equal(StoredTexts.Json(FactChecker.Check(options)), StoredTexts.Json(merged));
        Assert.Equal(["attribution", "date", "duration", "money", "percentage", "place", "quantity"],
            merged.Report!.Claims.Select(c => c.Value.Claim.Mention.Kind.Name).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Merged_shards_of_the_samples_report_exactly_what_one_run_reports()
    {
        var options = new CheckOptions(["samples"], RepoPaths.Root);
        var files = Enumerable.Range(1, 3).Select(i =>
        {
            var result = FactChecker.Check(options with { Shard = new Shard(i, 3) });
            var path = Path.Combine(folder.Root, $"samples{i}.claims");
            using (var stream = File.Create(path)) ClaimsFile.Write(result.Stored!, stream);
            return path;
        }).ToImmutableArray();

        var merged = FactChecker.Check(options with { Paths = [], ClaimsFiles = files });

        Assert.Equal(StoredTexts.Json(FactChecker.Check(options)), StoredTexts.Json(merged));
    }

    [Fact]
    public void Drafts_checked_against_references_keep_their_role_through_the_shards()
    {
        var options = Options("daily.md") with { Against = ["."] };
        var files = Shards(options, 2);

        var merged = FactChecker.Check(Options() with { ClaimsFiles = [.. files] });

        Assert.Equal(StoredTexts.Json(FactChecker.Check(options)), StoredTexts.Json(merged));
    }

    [Fact]
    public void A_shard_reads_every_file_of_its_share_and_no_other()
    {
        var result = FactChecker.Check(Options(".") with { Shard = new Shard(2, 2) });

        Assert.Equal(6, result.Stored!.FileCount);
        Assert.Equal(["broken.md", "daily.md", "wire.md"], result.Stored.Ids.ToArray()); // files 1, 3 and 5 of agence, broken, coach, daily, sport, wire
    }

    [Fact]
    public void A_missing_shard_is_named()
    {
        var files = Shards(Options("."), 3);

        var merged = FactChecker.Check(Options() with { ClaimsFiles = [files[0], files[2]] });

        Assert.Null(merged.Report);
        Assert.EndsWith("2 of the 3 shards given; 2/3 missing", merged.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_given_twice_is_refused()
    {
        var files = Shards(Options("."), 2);

        var merged = FactChecker.Check(Options() with { ClaimsFiles = [files[0], files[1], files[0]] });

        Assert.Equal("shard 1/2 is given 2 times", merged.Error!.Message);
    }

    [Fact]
    public void Claims_read_with_another_configuration_are_refused()
    {
        var file = WriteShard(Options("."), 1, 1);
        var places = folder.Write("places.yml", "places:\n  - {name: Nowhere Bay, country: NO}\n");

        var merged = FactChecker.Check(Options() with { ClaimsFiles = [file], PlaceFiles = [places] });

        Assert.StartsWith("was written with another configuration", merged.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_claims_file_is_named()
    {
        var merged = FactChecker.Check(Options() with { ClaimsFiles = ["wire.md"] });

        Assert.Equal(new FactCheck.Inputs.UserError("wire.md", null, "is not a FactCheck claims file (written by check --shard)"), merged.Error);
    }

    [Fact]
    public void A_claims_file_cut_anywhere_or_with_a_byte_changed_is_an_error_never_an_exception()
    {
        var whole = File.ReadAllBytes(WriteShard(Options("wire.md", "daily.md"), 1, 1));
        var cut = Path.Combine(folder.Root, "cut.claims");
        var damaged = new List<string>();

        for (var length = 0; length < whole.Length; length += 1 + (length / 64))
            damaged.Add(MergeError(cut, whole[..length]));
        for (var at = 0; at < whole.Length; at += 1 + (at / 16))
        {
            var changed = (byte[])whole.Clone();
            changed[at] ^= 0x5a;
            damaged.Add(MergeError(cut, changed));
        }

        Assert.True(damaged.Count > 100);
        Assert.All(damaged, message => Assert.Contains(message,
            new[] { "is not a FactCheck claims file (written by check --shard)", "is damaged or truncated: write it again with check --shard" }));
        Assert.Equal("is damaged or truncated: write it again with check --shard", MergeError(cut, whole[..^3]));
    }

    /// <summary>The error of a merge of the claims file <paramref name="bytes"/>, written at <paramref name="path"/>; it must fail.</summary>
    private string MergeError(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        var result = FactChecker.Check(Options() with { ClaimsFiles = [path] });
        Assert.Null(result.Report);
        return result.Error!.Message;
    }

    [Fact]
    public void A_claims_file_is_much_smaller_than_its_texts_written_once_each()
    {
        var file = WriteShard(Options("."), 1, 1);

        var texts = Directory.GetFiles(folder.Root).Where(f => !f.EndsWith(".claims", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);

        // The text, the prose and the claims: shared sentences, strings and places are written once.
        Assert.InRange(new FileInfo(file).Length, texts, texts * 6);
        Assert.Equal("FCCLAIMS", Encoding.ASCII.GetString(File.ReadAllBytes(file)[..8]));
    }
}
