namespace FactCheck.Sources;

/// <summary>
/// A run of prose (a paragraph, a heading, a list item, a table cell) with markup removed.
/// <see cref="Map"/> takes every character of <see cref="Text"/> back to the original file,
/// so positions survive emphasis markers, link syntax, CRLF and joined lines.
/// </summary>
public sealed record ProseBlock(string Text, SourceMap Map)
{
    /// <summary>The original-file span of the prose characters <c>[start, end)</c>.</summary>
    public SourceSpan ToSourceSpan(int start, int end) =>
        end <= start ? new SourceSpan(Map.ToOriginal(start), Map.ToOriginal(start)) : new SourceSpan(Map.ToOriginal(start), Map.ToOriginalEnd(end - 1));
}
