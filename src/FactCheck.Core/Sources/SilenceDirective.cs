using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>
/// A <c>&lt;!-- factcheck-disable --&gt;</c>, <c>factcheck-enable</c> or <c>factcheck-ignore-next-line</c> comment of a Markdown
/// source: the rules it names (none: every rule), where the comment stands, and its 1-based line for error messages.
/// </summary>
public sealed record SilenceDirective(SilenceKind Kind, ImmutableArray<string> Rules, SourceSpan Span, int Line)
{
    /// <summary>The directive as written in the comment ("factcheck-disable").</summary>
    public string Name => Kind switch
    {
        SilenceKind.Disable => "factcheck-disable",
        SilenceKind.Enable => "factcheck-enable",
        _ => "factcheck-ignore-next-line",
    };

    /// <summary>True when the directive concerns <paramref name="rule"/>.</summary>
    public bool Names(string rule) => Rules.IsEmpty || Rules.Contains(rule);
}
