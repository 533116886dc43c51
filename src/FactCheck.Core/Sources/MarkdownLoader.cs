using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Sources;

/// <summary>
/// Reads Markdown with Markdig and keeps only the prose: headings, paragraphs, list items, quotes and table cells.
/// Code, HTML, link targets and the front matter are never searched for claims; HTML comments are read for
/// <c>factcheck-…</c> directives only (in code they are code, not comments).
/// </summary>
internal static class MarkdownLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>
    /// The prose builder of this thread's last file, kept for its next: its buffers grow once, not once a file. One grown past
    /// this (a file with a very long paragraph) is left to the collector rather than kept.
    /// </summary>
    [ThreadStatic] private static ProseBuilder? spareBuilder;

    private const int SpareCapacity = 64 * 1024;

    /// <summary>Containers deeper than this (quotes in quotes, lists in lists) are refused before Markdig sees them.</summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// The prose blocks, the raw front matter (without its fences) with the line it starts on, if any, and the silencing
    /// directives in document order; or, for Markdown nested beyond reason, the line where it gets too deep. Markdig's time
    /// grows steeply with nesting (2,000 nested list items take over 20 s before it gives up), so that is measured first.
    /// </summary>
    public static LoadedMarkdown Load(string text)
    {
        if (NestingGuard.FirstLineDeeperThan(text, MaxNesting) is { } line) return LoadedMarkdown.TooDeep(line);
        var builder = spareBuilder ?? new ProseBuilder();
        spareBuilder = null;
        // Paragraphs and headings alone (most news articles) are read without Markdig's tree, to the same prose and offsets.
        var loaded = PlainMarkdown.Read(text, builder) ?? Parsed(text, builder);
        if (builder.Capacity <= SpareCapacity) spareBuilder = builder;
        return loaded;
    }

    /// <summary>What Markdig reads in <paramref name="text"/>, nesting already measured; <paramref name="builder"/> is empty again when done.</summary>
    internal static LoadedMarkdown Parsed(string text, ProseBuilder builder)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            return LoadedMarkdown.TooDeep(1); // Markdig's own depth limit, reached inside a line (emphasis or brackets by the thousand)
        }
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var directives = new List<SilenceDirective>();
        // One stack for every block of the file: a stack a block was a tenth of what reading the prose out of Markdig's tree allocated.
        var pending = new Stack<Inline>();
        (int Line, string Message)? badDirective = null;
        ReadOnlyMemory<char>? frontMatter = null;
        var frontMatterLine = 0;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatter = FrontMatterOf(yaml, text);
                    frontMatterLine = yaml.Line + 2; // Markdig's lines are 0-based and the content starts after the '---' fence
                    break;
                case HtmlBlock html:
                    badDirective ??= SilenceComments.Read(text, html.Span.Start, html.Span.End + 1, directives);
                    break;
                case CodeBlock:
                    break;
                case { Inline: { } inline }:
                    badDirective ??= AppendInlines(inline, builder, text, directives, pending);
                    if (builder.Build() is { } prose) blocks.Add(prose);
                    break;
            }
        }
        return new LoadedMarkdown(blocks.ToImmutable(), frontMatter, frontMatterLine, null,
            SilenceComments.WithLines(text, directives), badDirective);
    }

    /// <summary>
    /// The lines of the front matter joined by '\n': a view of the text itself when they stand in it one after another, each
    /// ending with a lone '\n' (nearly always), rather than a string a line joined again.
    /// </summary>
    private static ReadOnlyMemory<char> FrontMatterOf(YamlFrontMatterBlock yaml, string text)
    {
        // Fences with nothing between them ("---\r\n---", "--- \n--- ") leave Markdig's block with no line array at all.
        if (yaml.Lines.Lines is not { } lines) return string.Empty.AsMemory();
        var count = yaml.Lines.Count;
        var contiguous = count > 0;
        for (var i = 0; i < count && contiguous; i++)
        {
            var slice = lines[i].Slice;
            contiguous = ReferenceEquals(slice.Text, text) && slice.Start <= slice.End + 1
                && (i == count - 1 || (lines[i + 1].Slice.Start == slice.End + 2 && text[slice.End + 1] == '\n'));
        }
        return contiguous
            ? text.AsMemory(lines[0].Slice.Start, lines[count - 1].Slice.End + 1 - lines[0].Slice.Start)
            : string.Join('\n', lines.Take(count).Select(l => l.Slice.ToString())).AsMemory();
    }

    /// <summary>
    /// Walks the inlines in reading order with a stack of its own: emphasis nested by the thousand must not overflow ours.
    /// Returns the first comment that looks like a directive but is none.
    /// </summary>
    private static (int Line, string Message)? AppendInlines(
        ContainerInline root, ProseBuilder builder, string text, List<SilenceDirective> directives, Stack<Inline> pending)
    {
        (int Line, string Message)? badDirective = null;
        if (root.FirstChild is { } first) pending.Push(first);
        while (pending.TryPop(out var inline))
        {
            if (inline.NextSibling is { } next) pending.Push(next);
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(literal, builder, text);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendWide(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.Length);
                    break;
                case LineBreakInline lineBreak:
                    builder.Separate(lineBreak.Span.Start);
                    break;
                case HtmlInline html:
                    badDirective ??= SilenceComments.Read(text, html.Span.Start, html.Span.End + 1, directives);
                    builder.Separate(inline.Span.Start);
                    break;
                case LinkInline { IsImage: true } or CodeInline or AutolinkInline:
                    // Not prose: keep the words on either side apart without reading what is inside.
                    builder.Separate(inline.Span.Start);
                    break;
                case ContainerInline { FirstChild: { } child }: // emphasis and link text: the words count, the markup does not
                    pending.Push(child);
                    break;
            }
        }
        return badDirective;
    }

    private static void AppendLiteral(LiteralInline literal, ProseBuilder builder, string text)
    {
        var content = literal.Content.AsSpan();
        var start = literal.Span.Start;
        if (start + content.Length <= text.Length && text.AsSpan(start, content.Length).SequenceEqual(content))
        {
            builder.Append(content, start);
            return;
        }
        // The source differs from the content (an escape such as "\$"): find each character in the source, in order.
        var last = Math.Min(literal.Span.End, text.Length - 1);
        var original = start;
        foreach (var c in content)
        {
            var at = original;
            while (at < last && text[at] != c) at++;
            // A character Markdig wrote in place of another (U+FFFD for a NUL) is not in the source: it stays where the scan was.
            if (text[at] != c) at = Math.Min(original, last);
            builder.Append(c, at);
            original = Math.Min(at + 1, last);
        }
    }
}
