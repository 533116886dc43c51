using System.Collections.Immutable;
using System.Text;
using FactCheck.Core.Tests.Sources;
using FactCheck.Core.Tests.Store;
using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Sentences;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// A long source is read in runs of sentences on several threads (<see cref="LongSources"/>): what it gives must be what one
/// thread reading it whole gives, also where a statement crosses sentences and paragraphs (a quotation over two sentences,
/// "he said" after a named speaker, a byline under a quotation, "the next year" counted from a year of the sentence before,
/// a surname after the full name).
/// </summary>
public sealed class LongSourceTests
{
    /// <summary>Paragraphs enough for several runs: each of <see cref="Paragraph"/> holds three to nine sentences.</summary>
    private const int Paragraphs = 3 * LongSources.RunLength / 4;

    [Fact]
    public void One_thread_or_two_read_the_same_claims_of_a_long_source()
    {
        using var folder = new TempFolder();
        folder.Write("long.md", "---\ndate: 2024-03-12\n---\n" + LongText());
        folder.Write("short.md", "---\ndate: 2024-03-12\n---\nMinisters agreed a €21bn grid fund in Oslo. Karl Lagerfeld said the fund holds $25bn.\n");

        var one = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = 1, Extract = true });
        var two = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = 2, Extract = true });

        Assert.True(one.Stats!.Sentences > 2 * LongSources.RunLength, "the long source holds several runs");
        Assert.Equal(StoredTexts.Json(one), StoredTexts.Json(two));
        Assert.Contains(one.Report!.Claims, c => c.Value.Claim.Mention.Kind == ClaimKind.Attribution && c.Value.Claim.IsBound);
    }

    [Fact]
    public void One_thread_or_two_find_the_same_disagreements_in_a_long_source()
    {
        using var folder = new TempFolder();
        folder.Write("long.md", "---\ndate: 2024-03-12\n---\n" + LongText());
        folder.Write("short.md", "---\ndate: 2024-03-12\n---\nMinisters agreed a €21bn grid fund in Oslo. Karl Lagerfeld said the fund holds $25bn.\n");

        var one = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = 1, Stories = StoryMode.One });
        var two = FactChecker.Check(new CheckOptions(["."], folder.Root) { Parallelism = 2, Stories = StoryMode.One });

        Assert.NotEmpty(one.Report!.Findings);
        Assert.Equal(StoredTexts.Json(one), StoredTexts.Json(two));
    }

    [Fact]
    public void Runs_joined_in_order_are_the_mentions_of_the_whole_source()
    {
        var source = TestText.Source(LongText(), "en", "long.md");
        var sentences = SentenceSplitter.Default.Split(source);
        var recognizer = CheckStages.Default.Recognizer;

        var whole = recognizer.Recognize(sentences);
        var runs = Enumerable.Range(0, (sentences.Length + 99) / 100)
            .Select(k => recognizer.InSentences(sentences.AsSpan(k * 100, Math.Min(100, sentences.Length - k * 100)))).ToList();
        var joined = MentionRecognizer.Joined(runs, recognizer.AcrossSentences(sentences));

        var (a, b) = (Describe(whole), Describe(joined));
        var d = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k]);
        Assert.Equal(string.Join("\n", a.Skip(d - 3).Take(8)), string.Join("\n", b.Skip(d - 3).Take(8)));
        Assert.Equal(a.Length, b.Length);
        Assert.Contains(whole, m => m.Kind == ClaimKind.Attribution);
    }

    private static ImmutableArray<string> Describe(ImmutableArray<Mention> mentions) =>
        [.. mentions.Select(m => $"{m.Kind.Name} {m.Span.Start}-{m.Span.End} {m.Text}")];

    /// <summary>A long article of paragraphs that differ in their figures and names, with statements that cross sentences.</summary>
    private static string LongText()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Paragraphs; i++) text.Append(Paragraph(i)).Append("\n\n");
        return text.ToString();
    }

    private static string Paragraph(int i)
    {
        var year = 1990 + i % 30;
        var name = (i % 3) switch { 0 => "Karl Lagerfeld", 1 => "Ingrid Berg", _ => "Paolo Rossi" };
        var surname = name.Split(' ')[1];
        return (i % 5) switch
        {
            0 => $"Ministers agreed a €{20 + i % 7}bn grid fund on Tuesday, 12 March 2024, in Oslo. The fund holds ${21 + i % 4}.6bn, officials said. "
                + $"In {year} the fund opened. The next year, it hired {100 + i} people. “We will not give in. Not now,” {name} said. "
                + $"{surname} added that {i % 9 + 2}% of the money was spent. “It is enough,” he said.",
            1 => $"“The grid must grow by {i % 40 + 5}% before {year + 20}. Nobody doubts it.”\n\n— {name}, minister",
            2 => $"« Nous ne céderons pas », a déclaré le ministre, selon l'AFP. Inflation rose {i % 6}.5% in February, the third rise in a row. "
                + $"The summit in Riga drew {i + 40} delegations. Its budget was €{i % 50 + 3}m.",
            3 => $"{name} opened the headquarters in Tallinn in {year}. {surname} said it employs {200 + i} people. "
                + $"“We started with {i % 12 + 3} engineers. We now have {i % 90 + 30}.” The firm's revenue rose to $1.{i % 9}bn.",
            _ => $"The company, founded in {year}, sold {i * 3 + 7} trains last year. Its chief executive, {name}, said sales would rise "
                + $"by {i % 15 + 1}% in {year + 30}. “It was a good year,” {surname} told reporters. She did not say more.",
        };
    }
}
