namespace FactCheck.Tests.DevSet;

/// <summary>
/// Where a figure or a sentence is in a corpus file, as the JSON report locates a claim: 1-based lines, 1-based UTF-16
/// columns, the end exclusive.
/// </summary>
internal sealed record FigureSpan(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(FigureSpan other) => Before(Line, Column, other.EndLine, other.EndColumn) && Before(other.Line, other.Column, EndLine, EndColumn);

    /// <summary>True when <paramref name="other"/> starts inside this span.</summary>
    public bool HoldsStartOf(FigureSpan other) =>
        !Before(other.Line, other.Column, Line, Column) && Before(other.Line, other.Column, EndLine, EndColumn);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Holds(FigureSpan other) =>
        !Before(other.Line, other.Column, Line, Column) && !Before(EndLine, EndColumn, other.EndLine, other.EndColumn);

    /// <summary>"12:5-13:8", or "12:5-12" on one line.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"{Line}:{Column}-{(EndLine == Line ? "" : EndLine + ":")}{EndColumn}");

    private static bool Before(int line, int column, int otherLine, int otherColumn) =>
        line < otherLine || (line == otherLine && column < otherColumn);
}
