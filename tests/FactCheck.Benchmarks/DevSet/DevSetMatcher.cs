using System.Collections.Immutable;
using FactCheck.Tests.DevSet;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>
/// Pairs the set's figures with the tool's, sentence by sentence and kind by kind. A figure of the set is paired with an
/// unpaired reading of its kind whose span overlaps its own: a right one if there is one, else the nearest. Readings left
/// over in an annotated sentence are spurious, unless they overlap a figure of the set already paired (a span read as two
/// dates is one misread, not a misread and a spurious reading); readings outside annotated sentences are not judged. An
/// optional figure of the set takes its readings out of the count either way.
/// </summary>
internal static class DevSetMatcher
{
    public static ImmutableArray<Scored> Match(DevSetData set, ImmutableArray<ExtractedFigure> read)
    {
        var scored = ImmutableArray.CreateBuilder<Scored>();
        var readByFile = read.ToLookup(r => (r.File, r.Kind));
        var goldBySentence = set.Items.ToLookup(i => (i.File, i.Sentence.Line, i.Sentence.Column, i.Kind));
        foreach (var sentence in set.Sentences)
            foreach (var kind in Enum.GetValues<FigureKind>())
            {
                var readings = readByFile[(sentence.File, kind)].Where(r => sentence.Span.HoldsStartOf(r.Span)).ToList();
                var golds = goldBySentence[(sentence.File, sentence.Span.Line, sentence.Span.Column, kind)].ToList();
                foreach (var gold in golds)
                {
                    var paired = Pair(gold, readings);
                    if (paired is not null) readings.Remove(paired);
                    if (gold.Optional) continue;
                    var wrong = paired is null ? [] : ReadingComparer.WrongParts(gold.Expected, paired.Read, gold.Language);
                    var outcome = paired is null ? Outcome.Missed : wrong.IsEmpty ? Outcome.Correct : Outcome.Misread;
                    scored.Add(new Scored(outcome, kind, sentence, gold, paired, wrong));
                }
                scored.AddRange(readings.Where(r => !golds.Any(g => g.Span.Overlaps(r.Span)))
                    .Select(r => new Scored(Outcome.Spurious, kind, sentence, null, r, [])));
            }
        return scored.ToImmutable();
    }

    private static ExtractedFigure? Pair(GoldItem gold, List<ExtractedFigure> readings)
    {
        var overlapping = readings.Where(r => r.Span.Overlaps(gold.Span)).ToList();
        return overlapping.FirstOrDefault(r => ReadingComparer.WrongParts(gold.Expected, r.Read, gold.Language).IsEmpty)
            ?? overlapping.OrderBy(r => Distance(r.Span, gold.Span)).FirstOrDefault();
    }

    private static int Distance(FigureSpan a, FigureSpan b) => Math.Abs(a.Line - b.Line) * 10_000 + Math.Abs(a.Column - b.Column);
}
