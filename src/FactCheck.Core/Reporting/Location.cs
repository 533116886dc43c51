using System.Globalization;

namespace FactCheck.Reporting;

/// <summary>1-based line and column of a span in the original file; the end column is exclusive. Columns count UTF-16 code units.</summary>
public sealed record Location(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary><c>path:line:column</c>, the form editors and terminals turn into links.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}");
}
