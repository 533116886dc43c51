using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>
/// What <see cref="MarkdownLoader"/> found: the prose, the raw front matter and the line it starts on, the silencing
/// directives in document order; or the line where the Markdown gets too deep, or a comment that looks like a directive but is none.
/// </summary>
internal sealed record LoadedMarkdown(
    ImmutableArray<ProseBlock> Blocks, string? FrontMatter, int FrontMatterLine, int? TooDeepAt,
    ImmutableArray<SilenceDirective> Directives, (int Line, string Message)? BadDirective)
{
    public static LoadedMarkdown TooDeep(int line) => new([], null, 0, line, [], null);
}
