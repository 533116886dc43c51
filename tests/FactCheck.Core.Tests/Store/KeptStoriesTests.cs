using FactCheck.Core.Tests.Stories;
using FactCheck.Pipeline;
using FactCheck.Store;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// What <c>--cache DIR</c> keeps of a run besides its files: the stories (taken again when no profile changed, grouped
/// again when one did), each file written once, and a segment that cannot be read again in the claims pass. Whatever
/// happens, the report is the one a check without the cache gives.
/// </summary>
public sealed class KeptStoriesTests : CacheFolderTests
{
    // A new cache object each time stands for a new process, as in RunIndexTests.
    private CheckResult Check(IProgress<CheckProgress>? progress = null) =>
        FactChecker.Check(Plain with { Cache = new SourceReadCache(CacheFolder.Root), Progress = progress });

    private string Stories => Directory.GetFiles(Runs, "*.fcs").Single();

    private static IEnumerable<string> StoryLines(CheckResult result) =>
        result.Report!.Stories.Select(s => string.Join(' ', s.Sources));

    [Fact]
    public void A_check_whose_profiles_did_not_change_takes_the_last_stories_and_writes_none()
    {
        var cold = Check();
        var written = File.GetLastWriteTimeUtc(Stories);
        File.SetLastWriteTimeUtc(Path.Combine(Folder.Root, "wire.md"), DateTime.UtcNow.AddMinutes(-1));

        var warm = Check();

        Assert.Equal(Uncached, StoredTexts.Json(cold));
        Assert.Equal(Uncached, StoredTexts.Json(warm));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Stories));
    }

    [Fact]
    public void A_source_that_moves_to_another_story_after_an_edit_is_compared_in_it()
    {
        var first = Check();
        var sport = Path.Combine(Folder.Root, "sport.txt");
        File.WriteAllText(sport, "Norway and Sweden agreed a grid fund of €31bn in Oslo on Tuesday, the grid ministers of both countries said.\n");

        var edited = Check();

        Assert.NotEqual(StoryLines(first), StoryLines(edited));
        Assert.Contains(StoryLines(edited), line => line.Contains("sport.txt", StringComparison.Ordinal) && line.Contains("wire.md", StringComparison.Ordinal));
        Assert.Contains(edited.Report!.Findings, f => f.Sides.SelectMany(side => side).Any(c => c.Id.StartsWith("sport.txt#", StringComparison.Ordinal)));
        Assert.Equal(Uncached, StoredTexts.Json(edited));
        Assert.Equal(Uncached, StoredTexts.Json(Check()));
    }

    [Fact]
    public void Damaged_stories_are_grouped_again_and_written_again()
    {
        var cold = Check();
        var kept = File.ReadAllBytes(Stories);
        var damaged = (byte[])kept.Clone();
        damaged[^3] ^= 1;
        File.WriteAllBytes(Stories, damaged);

        var again = Check();

        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(again));
        Assert.Equal(kept, File.ReadAllBytes(Stories));
    }

    [Fact]
    public void After_random_edits_the_stories_and_report_are_those_of_a_check_without_the_cache()
    {
        // Sentences of the stories' tests and of these texts, added to and taken from files at random: sources join, leave
        // and change stories, and each check with the cache must group as a whole check does.
        string[] sentences = [StoryTexts.FerryWire, StoryTexts.FerryFrench, StoryTexts.MuseumAgency,
            "The striker scored 15 goals for the club this season.\n", "Norway and Sweden set up a grid fund of €26bn in Oslo.\n"];
        string[] files = ["wire.md", "daily.md", "agence.md", "sport.txt", "coach.md", "extra.md"];
        var random = new Random(16);
        for (var edit = 0; edit < 8; edit++)
        {
            var file = Path.Combine(Folder.Root, files[random.Next(files.Length)]);
            var sentence = sentences[random.Next(sentences.Length)];
            var text = File.Exists(file) ? File.ReadAllText(file) : "";
            File.WriteAllText(file, text.Contains(sentence, StringComparison.Ordinal) ? text.Replace(sentence, "", StringComparison.Ordinal) : text + "\n" + sentence);

            var cached = Check();

            Assert.Equal(StoryLines(FactChecker.Check(Plain)), StoryLines(cached));
            Assert.Equal(Uncached, StoredTexts.Json(cached));
        }
    }

    [Fact]
    public void A_cold_check_writes_each_file_once_to_its_segment()
    {
        Check();

        var segment = Directory.GetFiles(Runs, "*.fcp").Single();
        var (records, _) = RunIndex.Read(Directory.GetFiles(Runs, "*.fci").Single(), StoreFingerprint.Of(Plain));
        Assert.Equal(5, records.Count); // one per readable file: broken.md is not kept
        Assert.Equal(records.Values.Sum(r => (long)r.Length + r.TextLength), new FileInfo(segment).Length);
    }

    [Fact]
    public void A_segment_cut_after_the_profiles_were_read_from_it_makes_the_compared_files_be_read()
    {
        var cold = Check();
        var segment = Directory.GetFiles(Runs, "*.fcp").Single();

        // Once every profile is read from the segment, it is cut (a disk failing mid-run): the claims pass cannot read it.
        var again = Check(new Synchronous(p =>
        {
            if (p is { Step: "profiled" } && p.FilesDone == p.FilesTotal) File.WriteAllBytes(segment, File.ReadAllBytes(segment)[..64]);
        }));

        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(again));
        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(Check()));
    }

    /// <summary>Progress reported on the thread that reports it (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class Synchronous(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => report(value);
    }
}
