using FactCheck.Sources;

namespace FactCheck.Reporting;

/// <summary>Turns offsets in a file's text into 1-based lines and columns. A line ends at '\n' (so CRLF counts once).</summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;
    private readonly string path;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string path, string text)
    {
        this.path = path;
        // Counted first, so the starts are written into an array of their size: a list grown by doubling and copied out
        // was three times the array for a long file.
        lineStarts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) lineStarts[line++] = i + 1;
    }

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
