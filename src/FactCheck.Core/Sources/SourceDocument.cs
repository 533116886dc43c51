using System.Collections.Immutable;
using FactCheck.Languages;
using FactCheck.Inputs;

namespace FactCheck.Sources;

/// <summary>
/// A loaded source: its original text, what its front matter says, and the prose to search for claims. <see cref="Language"/>
/// is the pack of the language it is written in: every stage reads the source's words with it.
/// </summary>
public sealed record SourceDocument(
    string Id,
    string Text,
    LanguagePack Language,
    bool LanguageDeclared,
    SourceDate? Date,
    string? Title,
    string? Outlet,
    SourceRole Role,
    ImmutableArray<ProseBlock> ProseBlocks)
{
    /// <summary>The <c>&lt;!-- factcheck-… --&gt;</c> comments of a Markdown source, in document order.</summary>
    public ImmutableArray<SilenceDirective> Directives { get; init; } = [];

    /// <summary>
    /// Set once the source's claims are read and <see cref="Text"/> let go (then empty): the text in UTF-8 and where its lines
    /// start. Null while the text is whole.
    /// </summary>
    public ReleasedText? Released { get; init; }

    /// <summary>The original text: <see cref="Text"/>, or decoded again from <see cref="Released"/> (a new string each time).</summary>
    public string WholeText => Released?.Decode() ?? Text;

    /// <summary>Exactly the characters of the original text at <paramref name="span"/>, whether the text is whole or released.</summary>
    public string TextAt(SourceSpan span) => Released is { } kept ? kept.Slice(span) : Text[span.Start..span.End];

    /// <summary>Where the lines of the original text start, the first at 0: kept with a released text, counted otherwise.</summary>
    public int[] LineStarts() => Released?.LineStarts ?? ReleasedText.LineStartsOf(Text);

    /// <summary>What the source says that FactCheck could not use (a front-matter date it cannot read): the source is checked without it.</summary>
    public ImmutableArray<UserError> Warnings { get; init; } = [];

    /// <summary>
    /// True when the directives silence <paramref name="rule"/> at <paramref name="span"/>: it starts inside a
    /// <c>factcheck-disable</c> region naming the rule (or every rule), or on the line after a <c>factcheck-ignore-next-line</c>.
    /// </summary>
    public bool IsSilenced(string rule, SourceSpan span)
    {
        // From the last directive before the span backwards, not from the first forwards: a claim costs the few directives
        // near it, not all of them (40,000 comments against 40,000 claims took minutes). An ignore-next-line can only be on
        // the line before the span's; the last disable or enable naming the rule decides the rest. A source without directives
        // may have let go of its text (Released): one with directives keeps it.
        if (Directives.IsEmpty) return false;
        var before = Before(span.Start);
        var lineStart = span.Start == 0 ? 0 : Text.LastIndexOf('\n', span.Start - 1) + 1;
        var previousLineStart = lineStart < 2 ? 0 : Text.LastIndexOf('\n', lineStart - 2) + 1;
        for (var i = before - 1; i >= 0; i--)
        {
            var directive = Directives[i];
            if (!directive.Names(rule)) continue;
            if (directive.Kind == SilenceKind.IgnoreNextLine)
            {
                if (NextLine(directive.Span.End) is var (start, end) && span.Start >= start && span.Start < end) return true;
                continue;
            }
            if (directive.Kind == SilenceKind.Disable) return true;
            // An enable ends the search, but for an ignore-next-line before it on the line before the span's.
            for (var j = i - 1; j >= 0 && Directives[j].Span.End > previousLineStart; j--)
                if (Directives[j] is { Kind: SilenceKind.IgnoreNextLine } d && d.Names(rule) && NextLine(d.Span.End) is var (s, e) && span.Start >= s && span.Start < e)
                    return true;
            return false;
        }
        return false;
    }

    /// <summary>How many directives start before <paramref name="offset"/>.</summary>
    private int Before(int offset)
    {
        int low = 0, high = Directives.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Directives[middle].Span.Start < offset) low = middle + 1;
            else high = middle;
        }
        return low;
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
