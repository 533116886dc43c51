namespace FactCheck.LanguageServer.Protocol;

// The Language Server Protocol's own records, as they travel (camelCase JSON): only the fields FactCheck reads or writes.

/// <summary>A 0-based line and a 0-based column in UTF-16 code units, as FactCheck's locations count them.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>A half-open range of a document.</summary>
internal sealed record LspRange(Position Start, Position End)
{
    /// <summary>True when <paramref name="position"/> is inside the range or at its end (a cursor just after a figure is on it).</summary>
    public bool Holds(Position position) =>
        Compare(Start, position) <= 0 && Compare(position, End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}

/// <summary>A range in a document named by its URI.</summary>
internal sealed record LspLocation(string Uri, LspRange Range);
