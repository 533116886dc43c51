using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>Splits plain text into paragraphs at blank lines. Line breaks stay in the prose as '\n' so the sentence splitter can treat short lines as headings.</summary>
internal static class PlainTextLoader
{
    public static ImmutableArray<ProseBlock> Load(string text)
    {
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var builder = new ProseBuilder(); // Build starts it again
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (string.IsNullOrWhiteSpace(text.AsSpan(lineStart, contentEnd - lineStart).ToString()))
            {
                if (builder.Build() is { } block) blocks.Add(block);
            }
            else
            {
                if (builder.Length > 0) builder.Append('\n', lineStart - 1);
                builder.Append(text.AsSpan(lineStart, contentEnd - lineStart), lineStart);
            }
            lineStart = lineEnd + 1;
        }
        if (builder.Build() is { } last) blocks.Add(last);
        return blocks.ToImmutable();
    }
}
