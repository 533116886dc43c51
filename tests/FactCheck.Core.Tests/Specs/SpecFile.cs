using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Tests.Specs;

/// <summary>
/// A language's examples (<c>Specs/&lt;code&gt;.md</c>), written for a linguist, not a programmer: a quoted sentence
/// (<c>&gt; …</c>) and, below it, one line per claim it must give, in the order they stand:
/// <code>
/// &gt; The fund is worth $21.6bn, officials said.
///
/// - money `$21.6bn` amount=21600000000 currency=USD subject=fund
/// - attribution `The fund is worth $21.6bn` speaker=officials anonymous=true
/// </code>
/// A claim line names the kind, the words it covers in back quotes, then what its JSON value must hold (a key of the value,
/// or subject, attribute, display; dots reach inside: <c>inEuros.rate</c>; quotes hold spaces: <c>speaker="Ingrid Dahl"</c>).
/// <c>- nothing</c> says the sentence gives no claim. The front matter gives the language and the date every example is
/// written on; headings and other prose are for readers.
/// </summary>
internal sealed partial record SpecFile(string Path, string Language, string? Date, ImmutableArray<SpecExample> Examples)
{
    [GeneratedRegex(@"^- (?<kind>[a-z-]+) `(?<text>[^`]+)`(?<fields>.*)$")]
    private static partial Regex ClaimLine();

    [GeneratedRegex(@"(?<key>[A-Za-z.]+)=(?:""(?<value>[^""]*)""|(?<value>\S+))")]
    private static partial Regex Field();

    /// <summary>The examples of the file at <paramref name="path"/>.</summary>
    public static SpecFile Read(string path)
    {
        var lines = File.ReadAllLines(path);
        string? language = null, date = null;
        var at = 0;
        if (lines.Length > 0 && lines[0] == "---")
            for (at = 1; at < lines.Length && lines[at] != "---"; at++)
            {
                var (key, value) = (lines[at].Split(':', 2)[0].Trim(), lines[at].Split(':', 2).ElementAtOrDefault(1)?.Trim());
                if (key == "language") language = value;
                else if (key == "date") date = value;
            }
        var examples = ImmutableArray.CreateBuilder<SpecExample>();
        SpecExample? current = null;
        for (at++; at < lines.Length; at++)
        {
            var line = lines[at];
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (current is not null && current.Claims.IsEmpty && !current.Nothing) throw Mistake(path, current.Line, "an example lists no claim (write - nothing if it gives none)");
                if (current is not null) examples.Add(current);
                current = new SpecExample(at + 1, line[2..].Trim(), [], false);
            }
            else if (line == "- nothing" && current is not null) current = current with { Nothing = true };
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var match = ClaimLine().Match(line);
                if (current is null || !match.Success) throw Mistake(path, at + 1, "a claim line is - kind `words` key=value …, below a > sentence");
                var fields = Field().Matches(match.Groups["fields"].Value).Select(f => (f.Groups["key"].Value, f.Groups["value"].Value)).ToImmutableArray();
                current = current with { Claims = current.Claims.Add(new SpecClaim(at + 1, match.Groups["kind"].Value, match.Groups["text"].Value, fields)) };
            }
        }
        if (current is not null) examples.Add(current);
        return new SpecFile(path, language ?? throw Mistake(path, 1, "the front matter gives no language"), date, examples.ToImmutable());
    }

    private static InvalidOperationException Mistake(string path, int line, string message) => new($"{path}:{line}: {message}");
}

/// <summary>A sentence and the claims it must give; <see cref="Nothing"/> when it must give none.</summary>
internal sealed record SpecExample(int Line, string Sentence, ImmutableArray<SpecClaim> Claims, bool Nothing);

/// <summary>A claim an example must give: its kind, the words it covers and what its value holds.</summary>
internal sealed record SpecClaim(int Line, string Kind, string Text, ImmutableArray<(string Key, string Value)> Fields);
