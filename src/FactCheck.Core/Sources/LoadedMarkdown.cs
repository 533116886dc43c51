using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>
/// What <see cref="MarkdownLoader"/> found: the prose, the raw front matter and the line it starts on, the silencing
/// directives in document order; or the line where the Markdown gets too deep, or a comment that looks like a directive but is none.
/// The front matter is a view of the file's text where it stands there whole (nearly always), not a copy of it: a copy for
/// each file, loaded and loaded again for its claims, was 16 MB of the bench corpus's allocations.
/// </summary>
internal sealed record LoadedMarkdown(
    ImmutableArray<ProseBlock> Blocks, ReadOnlyMemory<char>? FrontMatter, int FrontMatterLine, int? TooDeepAt,
    ImmutableArray<SilenceDirective> Directives, (int Line, string Message)? BadDirective)
{
    public static LoadedMarkdown TooDeep(int line) => new([], null, 0, line, [], null);
}
