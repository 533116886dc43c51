namespace FactCheck.Sources;

/// <summary>
/// A source given as text rather than as a file: standard input (<c>check -</c>), an editor's buffer. <see cref="Id"/> is the
/// path the report names it by, and the one factcheck.yml's <c>ignore</c> and <c>sources</c> globs match, as if the text
/// were that file's (<c>--stdin-filename</c>); <see cref="Unnamed"/> when none is given.
/// </summary>
public sealed record InlineSource(string Id, string Text)
{
    /// <summary>The path that stands for the inline source among the paths to check: <c>check -</c>.</summary>
    public const string Token = "-";

    /// <summary>The id of a text given without a path: read as Markdown, matched by no glob.</summary>
    public const string Unnamed = "<stdin>";
}
