using System.Collections.Immutable;
using FactCheck.Tests.DevSet;
using static System.FormattableString;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>
/// Prints the score: a Markdown table per kind and language (and both languages), the parts misread, the score of each
/// form the set tags, and with <c>--verbose</c> every figure not read right, with its words and sentence from the corpus.
/// </summary>
internal sealed class DevSetReport(TextWriter output, string corpus)
{
    private static readonly string[] Parts = ["value", "qualifier", "currency", "unit", "date", "precision", "part"];

    // A listing shows this much of a sentence, which is enough to see what the figure is about.
    private const int SentenceShown = 300;

    private readonly Dictionary<string, CorpusText> texts = new(StringComparer.Ordinal);

    public void Table(ImmutableArray<Scored> scored)
    {
        output.WriteLine("| kind | language | figures | correct | misread | missed | spurious | precision | recall | F1 | accuracy |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in Enum.GetValues<FigureKind>())
            foreach (var language in (string[])[.. DevSetData.Languages, "all"])
                output.WriteLine(Row(DevSetLoader.Name(kind), language, scored.Where(s => s.Kind == kind && (language == "all" || s.Language == language)).ToList()));
        output.WriteLine();
        output.WriteLine("precision = correct / (correct + misread + spurious); recall = correct / figures; accuracy = correct / (figures + spurious).");
    }

    public void MisreadParts(ImmutableArray<Scored> scored)
    {
        output.WriteLine();
        output.WriteLine("Parts misread (one misread may count in several columns):");
        output.WriteLine();
        output.WriteLine("| kind | language | " + string.Join(" | ", Parts) + " |");
        output.WriteLine("|---|---|" + string.Concat(Parts.Select(_ => "---:|")));
        foreach (var group in scored.Where(s => s.Outcome == Outcome.Misread).GroupBy(s => (s.Kind, s.Language)).OrderBy(g => g.Key))
            output.WriteLine($"| {DevSetLoader.Name(group.Key.Kind)} | {group.Key.Language} | "
                + string.Join(" | ", Parts.Select(p => Invariant($"{group.Count(s => s.WrongParts.Contains(p))}"))) + " |");
    }

    public void Forms(ImmutableArray<Scored> scored)
    {
        output.WriteLine();
        output.WriteLine("Forms (figures of the set tagged with a form: correct / figures):");
        output.WriteLine();
        foreach (var group in scored.Where(s => s.Gold is not null).GroupBy(s => (s.Kind, s.Language)).OrderBy(g => g.Key))
        {
            var forms = group.SelectMany(s => (s.Gold!.Form ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => (Form: f, s.Outcome)))
                .GroupBy(f => f.Form).OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => Invariant($"{f.Key} {f.Count(x => x.Outcome == Outcome.Correct)}/{f.Count()}"));
            output.WriteLine($"- {DevSetLoader.Name(group.Key.Kind)} {group.Key.Language}: {string.Join(", ", forms)}");
        }
    }

    public void Listing(ImmutableArray<Scored> scored)
    {
        output.WriteLine();
        output.WriteLine("Every figure not read right:");
        foreach (var item in scored.Where(s => s.Outcome != Outcome.Correct)
                     .OrderBy(s => s.Kind).ThenBy(s => s.Language, StringComparer.Ordinal).ThenBy(s => s.Sentence.File, StringComparer.Ordinal)
                     .ThenBy(s => (s.Gold?.Span ?? s.Read!.Span).Line).ThenBy(s => (s.Gold?.Span ?? s.Read!.Span).Column))
        {
            var span = item.Gold?.Span ?? item.Read!.Span;
            var text = Text(item.Sentence.File);
            var sentence = text.OneLine(item.Sentence.Span)!;
            output.WriteLine();
            output.WriteLine($"{item.Outcome.ToString().ToUpperInvariant(),-8} {DevSetLoader.Name(item.Kind)} {item.Sentence.File}:{span} \"{text.OneLine(span)}\"");
            output.WriteLine($"         in       {(sentence.Length <= SentenceShown ? sentence : sentence[..SentenceShown] + "…")}");
            if (item.Gold is { } gold) output.WriteLine($"         expected {gold.Expected.Describe()}{(gold.Form is null ? "" : $"  [{gold.Form}]")}");
            if (item.Read is { } read)
                output.WriteLine($"         read     {read.Read.Describe()} from \"{read.Text.ReplaceLineEndings(" ")}\"{(item.WrongParts.IsEmpty ? "" : $"  wrong: {string.Join(", ", item.WrongParts)}")}");
        }
    }

    private CorpusText Text(string file)
    {
        if (!texts.TryGetValue(file, out var text)) texts[file] = text = CorpusText.Read(corpus, file);
        return text;
    }

    private static string Row(string kind, string language, List<Scored> rows)
    {
        int Count(Outcome o) => rows.Count(s => s.Outcome == o);
        var (correct, misread, missed, spurious) = (Count(Outcome.Correct), Count(Outcome.Misread), Count(Outcome.Missed), Count(Outcome.Spurious));
        var figures = correct + misread + missed;
        var precision = Ratio(correct, correct + misread + spurious);
        var recall = Ratio(correct, figures);
        var f1 = precision + recall is > 0 and var sum ? 2 * precision * recall / sum : 0;
        return Invariant($"| {kind} | {language} | {figures} | {correct} | {misread} | {missed} | {spurious} | {Percent(precision)} | {Percent(recall)} | {Percent(f1)} | {Percent(Ratio(correct, figures + spurious))} |");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Percent(double ratio) => Invariant($"{ratio * 100:0.0} %");
}
