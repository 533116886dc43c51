using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Sentences;

/// <summary>A sentence longer than any a person writes is read in pieces cut at spaces, so its cost grows with its length only.</summary>
public sealed class LongSentenceTests
{
    [Fact]
    public void A_sentence_of_50000_figures_is_read_in_pieces_that_lose_no_figure()
    {
        var text = "The fund holds " + string.Join(", ", Enumerable.Range(1, 50_000).Select(i => $"€{i}bn")) + ".";

        var sentences = SentenceSplitter.Default.Split(TestText.Source(text));

        Assert.All(sentences, s => Assert.InRange(s.Text.Length, 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(sentences, s => Assert.True(s.IsPiece));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(sentences.Select(s => s.Text.Replace(" ", "", StringComparison.Ordinal))));
        Assert.Equal(50_000, TestText.Money(text).Count);
    }

    [Fact]
    public void A_source_read_in_pieces_says_so_with_a_warning_at_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("table.md", "# Figures\n\nThe fund holds " + string.Join(", ", Enumerable.Range(1, 2_000).Select(i => $"€{i}bn")) + ".\n");

        var report = FactChecker.Check(new CheckOptions(["table.md"], folder.Root)).Report!;

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal((FileDiagnostic.SourceWarning, "table.md", 3), (warning.Rule, warning.Path, warning.Line));
        Assert.Contains("read in pieces", warning.Message, StringComparison.Ordinal);
        Assert.False(report.HasUnreadableSources);
    }

    [Fact]
    public void A_sentence_a_person_writes_is_one_piece()
    {
        var sentences = SentenceSplitter.Default.Split(TestText.Source("The fund holds €5bn. It was agreed in Oslo."));

        Assert.Equal(2, sentences.Length);
        Assert.All(sentences, s => Assert.False(s.IsPiece));
    }
}
