using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>A loaded source: its original text, what its front matter says, and the prose to search for claims.</summary>
public sealed record SourceDocument(
    string Id,
    string Text,
    string Language,
    bool LanguageDeclared,
    SourceDate? Date,
    string? Title,
    string? Outlet,
    SourceRole Role,
    ImmutableArray<ProseBlock> ProseBlocks)
{
    /// <summary>The <c>&lt;!-- factcheck-… --&gt;</c> comments of a Markdown source, in document order.</summary>
    public ImmutableArray<SilenceDirective> Directives { get; init; } = [];

    /// <summary>What the source says that FactCheck could not use (a front-matter date it cannot read): the source is checked without it.</summary>
    public ImmutableArray<UserError> Warnings { get; init; } = [];

    /// <summary>
    /// True when the directives silence <paramref name="rule"/> at <paramref name="span"/>: it starts inside a
    /// <c>factcheck-disable</c> region naming the rule (or every rule), or on the line after a <c>factcheck-ignore-next-line</c>.
    /// </summary>
    public bool IsSilenced(string rule, SourceSpan span)
    {
        var silenced = false;
        foreach (var directive in Directives)
        {
            // In document order: a directive at or after the span says nothing about it, nor does any later one.
            if (directive.Span.Start >= span.Start) break;
            if (!directive.Names(rule)) continue;
            if (directive.Kind == SilenceKind.IgnoreNextLine)
            {
                if (NextLine(directive.Span.End) is var (start, end) && span.Start >= start && span.Start < end) return true;
            }
            else silenced = directive.Kind == SilenceKind.Disable;
        }
        return silenced;
    }

    /// <summary>The line after the one holding <paramref name="offset"/>, as <c>[start, end)</c>, or null on the last line.</summary>
    private (int Start, int End)? NextLine(int offset)
    {
        var newline = Text.IndexOf('\n', Math.Max(0, offset - 1));
        if (newline < 0) return null;
        var end = Text.IndexOf('\n', newline + 1);
        return (newline + 1, end < 0 ? Text.Length : end);
    }
}
