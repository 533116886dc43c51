using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>The JSON report of a folder does not depend on how many threads read it and wrote it.</summary>
public sealed class ThreadCountReportTests
{
    [Fact]
    public void An_extract_of_more_sources_stories_and_claims_than_a_chunk_is_the_same_on_one_thread_or_four()
    {
        using var folder = new TempFolder();
        // More than a chunk of sources, stories and claims: each array is written in chunks.
        for (var n = 0; n < 2 * JsonArrayChunks.ChunkItems + 3; n++)
            folder.Write(string.Create(CultureInfo.InvariantCulture, $"f{n:D3}.md"),
                string.Create(CultureInfo.InvariantCulture, $"---\ndate: 2024-03-{1 + n % 28:D2}\n---\nThe ministers of town {n} agreed a €{20 + n % 3}bn fund. The fund is worth €{20 + n % 2}bn.\n"));

        var one = Json(folder, 1);
        var four = Json(folder, 4);

        Assert.Equal(one, four);
        using var report = JsonDocument.Parse(four);
        Assert.All(new[] { "sources", "stories", "claims" }, array => Assert.True(report.RootElement.GetProperty(array).GetArrayLength() > JsonArrayChunks.ChunkItems, array));
    }

    private static string Json(TempFolder folder, int threads)
    {
        var result = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = threads, Extract = true });
        Assert.Null(result.Error);
        return Written.As(new JsonReportWriter(), result.Report!);
    }
}
