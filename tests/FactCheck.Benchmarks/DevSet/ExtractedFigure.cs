using FactCheck.Tests.DevSet;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>A money, quantity or date claim of <c>factcheck extract --format json</c>: where it is, its words, what was read.</summary>
internal sealed record ExtractedFigure(FigureKind Kind, string File, FigureSpan Span, string Text, Reading Read);
