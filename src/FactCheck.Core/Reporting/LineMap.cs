using FactCheck.Sources;

namespace FactCheck.Reporting;

/// <summary>Turns offsets in a file's text into 1-based lines and columns. A line ends at '\n' (so CRLF counts once).</summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;
    private readonly string path;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string path, string text) => (this.path, lineStarts) = (path, ReleasedText.LineStartsOf(text));

    /// <summary>Indexes the lines of <paramref name="source"/>'s text, or takes them from what it kept of it.</summary>
    public LineMap(SourceDocument source) => (path, lineStarts) = (source.Id, source.LineStarts());

    /// <summary>The location of <paramref name="span"/>.</summary>
    public Location Locate(SourceSpan span)
    {
        var (line, column) = Position(span.Start);
        var (endLine, endColumn) = Position(span.End);
        return new Location(path, line, column, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - lineStarts[index] + 1);
    }
}
