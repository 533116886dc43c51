using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Sources;

/// <summary>
/// Reads Markdown with Markdig and keeps only the prose: headings, paragraphs, list items, quotes and table cells.
/// Code, HTML, link targets and the front matter are never searched for claims.
/// </summary>
internal static class MarkdownLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The prose blocks and the raw front matter (without its fences) with the line it starts on, if any.</summary>
    public static (ImmutableArray<ProseBlock> Blocks, string? FrontMatter, int FrontMatterLine) Load(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        string? frontMatter = null;
        var frontMatterLine = 0;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatter = string.Join('\n', yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.Slice.ToString()));
                    frontMatterLine = yaml.Line + 2; // Markdig's lines are 0-based and the content starts after the '---' fence
                    break;
                case CodeBlock or HtmlBlock:
                    break;
                case { Inline: { } inline }:
                    var builder = new ProseBuilder();
                    AppendInlines(inline, builder, text);
                    if (builder.Build() is { } prose) blocks.Add(prose);
                    break;
            }
        }
        return (blocks.ToImmutable(), frontMatter, frontMatterLine);
    }

    private static void AppendInlines(ContainerInline container, ProseBuilder builder, string text)
    {
        foreach (var inline in container)
        {
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
                case LinkInline { IsImage: true } or CodeInline or HtmlInline or AutolinkInline:
                    // Not prose: keep the words on either side apart without reading what is inside.
                    builder.Separate(inline.Span.Start);
                    break;
                case ContainerInline nested: // emphasis and link text: the words count, the markup does not
                    AppendInlines(nested, builder, text);
                    break;
            }
        }
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
        var original = start;
        foreach (var c in content)
        {
            while (original < literal.Span.End && text[original] != c) original++;
            builder.Append(c, original++);
        }
    }
}
