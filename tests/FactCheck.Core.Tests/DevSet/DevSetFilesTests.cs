using System.Globalization;
using FactCheck.Tests.DevSet;

namespace FactCheck.Core.Tests.DevSet;

/// <summary>
/// The development set of tests/DevSet is well formed: its fields are valid, each item lies in its sentence, and each
/// reference points at a figure of the corpus file it names. It says nothing about how well FactCheck reads them: the
/// scorer (<c>FactCheck.Benchmarks devset</c>) measures that.
/// </summary>
public sealed class DevSetFilesTests
{
    private static readonly DevSetData Set = DevSetLoader.Load(DevSetData.Folder);

    [Fact]
    public void Every_line_of_the_set_reads_without_a_problem()
    {
        Assert.Empty(Set.Errors);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Each_language_has_the_figures_the_issue_asks_for(string language)
    {
        int Counted(FigureKind kind) => Set.Items.Count(i => i.Kind == kind && i.Language == language && !i.Optional);

        Assert.True(Counted(FigureKind.Money) >= 130, $"{Counted(FigureKind.Money)} money figures in {language}");
        Assert.True(Counted(FigureKind.Quantity) >= 130, $"{Counted(FigureKind.Quantity)} quantities in {language}");
        Assert.True(Counted(FigureKind.Date) >= 90, $"{Counted(FigureKind.Date)} dates in {language}");
    }

    [BenchCorpusFact]
    public void Every_sentence_and_figure_points_at_text_of_its_corpus_file()
    {
        var problems = new List<string>();
        var texts = Set.Sentences.Select(s => s.File).Distinct().ToDictionary(f => f, f => CorpusText.Read(DevSetData.Corpus, f));
        foreach (var sentence in Set.Sentences)
            if (Problem(texts[sentence.File], sentence.Span, sentence: true) is { } problem) problems.Add($"{sentence.Origin}: {sentence.File}:{sentence.Span} {problem}");
        foreach (var item in Set.Items)
            if (Problem(texts[item.File], item.Span, sentence: false) is { } problem) problems.Add($"{item.Origin}: {item.File}:{item.Span} {problem}");

        Assert.Empty(problems);
    }

    // A figure starts with a digit, a letter or a currency sign and ends with a digit, a letter or a sign ("€", "²"), and
    // does not cut a word; a sentence starts and ends on a character that is not white space.
    private static string? Problem(CorpusText text, FigureSpan span, bool sentence)
    {
        if (text.Text(span) is not { Length: > 0 } words) return "is not inside the file";
        var whole = text.Text(new FigureSpan(span.Line, 1, span.EndLine, span.EndColumn)) ?? "";
        var before = whole.Length > words.Length ? whole[^(words.Length + 1)] : ' ';
        if (sentence) return char.IsWhiteSpace(words[0]) || char.IsWhiteSpace(words[^1]) ? $"starts or ends with white space: \"{words}\"" : null;
        if (!FigureEdge(words[0]) || !FigureEdge(words[^1])) return $"does not start and end where a figure would: \"{words}\"";
        var after = text.Text(new FigureSpan(span.EndLine, span.EndColumn, span.EndLine, span.EndColumn + 1)) is [var next] ? next : ' ';
        return char.IsLetterOrDigit(before) || char.IsLetterOrDigit(after) ? $"cuts a word: \"{before}{words}{after}\"" : null;
    }

    private static bool FigureEdge(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherNumber or UnicodeCategory.OtherSymbol;
}
