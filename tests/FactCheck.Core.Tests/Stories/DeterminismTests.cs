using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Stories;
using static FactCheck.Core.Tests.Stories.StoryTexts;

namespace FactCheck.Core.Tests.Stories;

/// <summary>Stories depend on the sources only: not on the order they are read in, nor on how many threads read them.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void The_order_of_the_sources_changes_nothing()
    {
        var sources = new[]
        {
            Source("wire.md", FerryWire), Source("daily.md", FerryDaily), Source("agence.md", FerryFrench, "fr"),
            Source("museum.md", MuseumAgency, "fr"), Source("museum2.md", MuseumDaily, "fr"), Source("bakery.md", Bakery),
        };
        var profiles = sources.Select(Profile).ToList();

        var forward = StoryGrouper.Default.Group([.. profiles]);
        var backward = StoryGrouper.Default.Group([.. Enumerable.Reverse(profiles)]);

        Assert.Equal(Describe(forward), Describe(backward));
    }

    [Fact]
    public void One_thread_or_four_give_the_same_stories()
    {
        using var folder = new TempFolder();
        folder.Write("wire.md", FerryWire);
        folder.Write("daily.md", FerryDaily);
        folder.Write("blog.md", FerryBlog);
        folder.Write("agence.md", "---\nlanguage: fr\n---\n" + FerryFrench);
        folder.Write("musee.md", "---\nlanguage: fr\n---\n" + MuseumAgency);
        folder.Write("bakery.md", Bakery);

        var one = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = 1 }).Report!.Stories;
        var four = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = 4 }).Report!.Stories;

        Assert.Equal(Describe(one), Describe(four));
        Assert.Equal(3, one.Length);
    }

    [Fact]
    public void Enough_sources_for_threads_give_the_same_stories_on_one_or_two()
    {
        // Forty sources, past the few a grouper reads on the caller's thread alone: the vectors, the candidate pairs and
        // the labels are then shared between the threads.
        var texts = new[] { (FerryWire, "en"), (FerryDaily, "en"), (FerryFrench, "fr"), (MuseumAgency, "fr"), (MuseumDaily, "fr"), (Bakery, "en") };
        var profiles = Enumerable.Range(0, 40).Select(i => Profile(Source($"s{i:00}.md", texts[i % texts.Length].Item1, texts[i % texts.Length].Item2))).ToList();

        var one = StoryGrouper.Default.Group([.. profiles], new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var two = StoryGrouper.Default.Group([.. profiles], new ParallelOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(Describe(one), Describe(two));
        Assert.InRange(one.Stories.Length, 2, 39);
    }

    [Fact]
    public void Many_stories_are_grouped_alike_on_one_thread_or_two()
    {
        // Forty made-up events told twice each: enough stories that they are clustered apart on both threads.
        var profiles = Enumerable.Range(0, 40).SelectMany(i => new[] { Profile(Source($"e{i:00}a.md", Told(i))), Profile(Source($"e{i:00}b.md", Retold(i))) }).ToList();

        var one = StoryGrouper.Default.Group([.. profiles], new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var two = StoryGrouper.Default.Group([.. profiles], new ParallelOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(Describe(one), Describe(two));
        Assert.Equal(40, one.Stories.Length);
        Assert.All(one.Stories, story => Assert.Equal(2, story.Sources.Length));
    }

    private static readonly string[] Syllables = ["kal", "vor", "stel", "brin", "mar", "tov", "dre", "lun"];

    /// <summary>A made-up word for event <paramref name="i"/>: each event names its own company, person and town.</summary>
    private static string Coined(int i, string ending) =>
        char.ToUpperInvariant(Syllables[i % 8][0]) + Syllables[i % 8][1..] + Syllables[i / 8 % 8] + ending;

    private static string Told(int i) =>
        $"{Coined(i, "tech")} will build a battery plant in {Coined(i, "holm")}, chief executive Anna {Coined(i, "sen")} said on Monday. " +
        $"The plant near {Coined(i, "holm")} is to employ workers from the region.";

    private static string Retold(int i) =>
        $"Anna {Coined(i, "sen")} of {Coined(i, "tech")} chose {Coined(i, "holm")} for the new battery plant, the company said. " +
        $"Work in {Coined(i, "holm")} starts next year.";
}
