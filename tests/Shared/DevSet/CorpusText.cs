namespace FactCheck.Tests.DevSet;

/// <summary>
/// One corpus file split into lines, so that the set's references can be shown and checked. The corpus has LF line ends
/// (its README says so) and C# strings count UTF-16 units, as the report's columns do.
/// </summary>
internal sealed class CorpusText
{
    private static readonly char[] WhiteSpace = [' ', '\n', '\t'];

    private readonly string[] lines;

    private CorpusText(string[] lines) => this.lines = lines;

    /// <summary>The file <paramref name="file"/> of <paramref name="corpus"/> ("en/reuters-16427.md").</summary>
    public static CorpusText Read(string corpus, string file) => new(File.ReadAllText(Path.Combine(corpus, file)).Split('\n'));

    /// <summary>The characters at <paramref name="span"/>, line ends included; null when the span is not inside the file.</summary>
    public string? Text(FigureSpan span)
    {
        if (!Inside(span.Line, span.Column) || !Inside(span.EndLine, span.EndColumn)) return null;
        if (span.Line == span.EndLine) return lines[span.Line - 1][(span.Column - 1)..(span.EndColumn - 1)];
        var parts = new List<string> { lines[span.Line - 1][(span.Column - 1)..] };
        parts.AddRange(lines[span.Line..(span.EndLine - 1)]);
        parts.Add(lines[span.EndLine - 1][..(span.EndColumn - 1)]);
        return string.Join('\n', parts);
    }

    /// <summary>The same characters on one line, runs of white space made one space, for listings.</summary>
    public string? OneLine(FigureSpan span) => Text(span) is { } text ? string.Join(' ', text.Split(WhiteSpace, StringSplitOptions.RemoveEmptyEntries)) : null;

    /// <summary>
    /// Where <paramref name="words"/> are written within <paramref name="reach"/> characters after <paramref name="span"/>
    /// ends (line ends count one), or null.
    /// </summary>
    public FigureSpan? After(FigureSpan span, string words, int reach)
    {
        var (line, column) = (span.EndLine, span.EndColumn);
        var following = new System.Text.StringBuilder();
        for (var (l, c) = (line, column); following.Length < reach + words.Length && l <= lines.Length; (l, c) = (l + 1, 1))
            following.Append(lines[l - 1].AsSpan(Math.Min(c - 1, lines[l - 1].Length))).Append('\n');
        var at = following.ToString().IndexOf(words, StringComparison.Ordinal);
        if (at < 0 || at > reach) return null;
        var start = Advance(line, column, at);
        var end = Advance(start.Line, start.Column, words.Length);
        return new FigureSpan(start.Line, start.Column, end.Line, end.Column);
    }

    private (int Line, int Column) Advance(int line, int column, int count)
    {
        for (; count > 0; count--)
        {
            if (column - 1 < lines[line - 1].Length) column++;
            else (line, column) = (line + 1, 1);
        }
        return (line, column);
    }

    // A column may point one past the last character of its line: an exclusive end, or an empty line's start.
    private bool Inside(int line, int column) => line <= lines.Length && column - 1 <= lines[line - 1].Length;
}
