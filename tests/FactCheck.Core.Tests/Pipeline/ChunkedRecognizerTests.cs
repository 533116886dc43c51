using System.Collections.Immutable;
using System.Text;
using FactCheck.Core.Tests.Sources;
using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// A large source's sentences are searched in chunks on several threads (issue 11: one 30 MB file was read on one thread):
/// the mentions, and so the report, are the same as one thread gives, also where a quotation runs across sentences.
/// </summary>
public sealed class ChunkedRecognizerTests : IDisposable
{
    // A quotation cut in two by the sentence splitter, read across sentences, before figures of later sentences.
    private const string Paragraph =
        "« We will not give in. Not ever », the minister told the assembly on Tuesday, 12 March 2024. The grid fund holds €20bn, "
        + "officials said, and nine countries will join it by 2025. Inflation rose 2.5% in February in Oslo. "
        + "Le fonds détient 21,6 milliards de dollars, a déclaré la ministre.\n\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static ImmutableArray<Sentence> SentencesOf(string text)
    {
        var (document, error) = SourceLoader.FromText("a.md", text);
        Assert.Null(error);
        return SentenceSplitter.Default.Split(document!);
    }

    private static string[] Described(ImmutableArray<Mention> mentions) => [.. mentions.Select(m => $"{m.GetType().Name} {m.Start}-{m.End} {m.Text}")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Chunks_of_any_size_give_the_mentions_of_one_thread_in_the_same_order(int chunk)
    {
        var sentences = SentencesOf(string.Concat(Enumerable.Repeat(Paragraph, 5)));
        var recognizer = CheckStages.Default.Recognizer;
        var alone = recognizer.Recognize(sentences);

        var chunked = new ChunkedRecognizer(recognizer).Recognize(sentences, parallelism: 4, chunk, out _);

        Assert.Contains(alone, m => m.Kind == ClaimKind.Attribution);
        Assert.Equal(Described(alone), Described(chunked));
    }

    [Fact]
    public void A_large_file_gives_the_same_report_on_one_thread_and_on_several()
    {
        // Past the size at which a source is read in chunks (a few thousand sentences).
        var text = new StringBuilder("---\ndate: 2024-03-12\n---\n");
        for (var i = 0; i < 1200; i++) text.Append(Paragraph.Replace("€20bn", $"€{i % 50 + 1}bn", StringComparison.Ordinal));
        folder.Write("big.md", text.ToString());
        folder.Write("one.md", "---\ndate: 2024-03-12\n---\nThe grid fund holds €5bn.\n");

        string Json(int threads)
        {
            var result = FactChecker.Check(new CheckOptions(["big.md", "one.md"], folder.Root) { Parallelism = threads, Stories = StoryMode.One });
            Assert.Null(result.Error);
            using var json = new StringWriter();
            new JsonReportWriter().Write(result.Report!, json);
            return json.ToString();
        }

        var one = Json(1);
        Assert.Contains("\"kind\": \"money\"", one, StringComparison.Ordinal);
        Assert.Equal(one, Json(4));
    }
}
