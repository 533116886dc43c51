using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace FactCheck.Sources;

/// <summary>Reads the <c>&lt;!-- factcheck-… --&gt;</c> directives in a piece of Markdown's HTML (a block or an inline comment).</summary>
internal static partial class SilenceComments
{
    private const string Prefix = "factcheck-";

    [GeneratedRegex(@"<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"[\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    /// <summary>
    /// Adds the directives of the HTML at <c>[start, end)</c> of <paramref name="text"/> to <paramref name="into"/>; returns
    /// the line and text of a comment that starts like a directive but is none (a typo such as "factcheck-disabel"), if any.
    /// </summary>
    public static (int Line, string Message)? Read(string text, int start, int end, List<SilenceDirective> into)
    {
        foreach (Match comment in Comment().Matches(text[start..end]))
        {
            var words = Separators().Split(comment.Groups[1].Value.Trim());
            if (!words[0].StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var span = new SourceSpan(start + comment.Index, start + comment.Index + comment.Length);
            SilenceKind? kind = words[0] switch
            {
                "factcheck-disable" => SilenceKind.Disable,
                "factcheck-enable" => SilenceKind.Enable,
                "factcheck-ignore-next-line" => SilenceKind.IgnoreNextLine,
                _ => null,
            };
            if (kind is null)
                return (1 + text.AsSpan(0, span.Start).Count('\n'), $"'{words[0]}' is not a FactCheck directive (factcheck-disable, factcheck-enable, factcheck-ignore-next-line)");
            // The line is counted once for all the directives (WithLines): counted here, 40,000 comments took minutes.
            into.Add(new SilenceDirective(kind.Value, [.. words.Skip(1).Where(w => w.Length > 0)], span, 0));
        }
        return null;
    }

    /// <summary>The directives in document order, each with its 1-based line, counted in one pass over the text.</summary>
    public static ImmutableArray<SilenceDirective> WithLines(string text, IEnumerable<SilenceDirective> directives)
    {
        var (line, counted) = (1, 0);
        var withLines = ImmutableArray.CreateBuilder<SilenceDirective>();
        foreach (var directive in directives.OrderBy(d => d.Span.Start))
        {
            line += text.AsSpan(counted, directive.Span.Start - counted).Count('\n');
            counted = directive.Span.Start;
            withLines.Add(directive with { Line = line });
        }
        return withLines.ToImmutable();
    }
}
