using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>Loads sources from text the way <see cref="SourceLoader"/> does for files, and finds words in their prose.</summary>
internal static class Loaded
{
    /// <summary>The source <paramref name="text"/> makes when read from <paramref name="id"/> (Markdown unless it ends in .txt).</summary>
    public static SourceDocument Document(string id, string text, SourceRole role = SourceRole.Reference)
    {
        var (document, error) = SourceLoader.FromText(id, text, role);

        Assert.Null(error);
        return Assert.IsType<SourceDocument>(document);
    }

    /// <summary>The mistake reading <paramref name="text"/> as <paramref name="id"/> is reported as.</summary>
    public static UserError Error(string id, string text)
    {
        var (document, error) = SourceLoader.FromText(id, text);

        Assert.Null(document);
        return Assert.IsType<UserError>(error);
    }

    /// <summary>The prose text of each block, in reading order.</summary>
    public static string[] Prose(SourceDocument document) => [.. document.ProseBlocks.Select(b => b.Text)];

    /// <summary>Where the one occurrence of <paramref name="word"/> in the prose stands in the original file.</summary>
    public static SourceSpan SpanOf(SourceDocument document, string word)
    {
        var block = Assert.Single(document.ProseBlocks, b => b.Text.Contains(word, StringComparison.Ordinal));
        var start = block.Text.IndexOf(word, StringComparison.Ordinal);
        return block.ToSourceSpan(start, start + word.Length);
    }

    /// <summary>The original file's characters at the span of <paramref name="word"/>.</summary>
    public static string OriginalOf(SourceDocument document, string word)
    {
        var span = SpanOf(document, word);
        return document.Text[span.Start..span.End];
    }
}
