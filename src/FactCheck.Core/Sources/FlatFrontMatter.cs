using FactCheck.Inputs;

namespace FactCheck.Sources;

/// <summary>
/// The front matter nearly every news file has: one <c>key: value</c> a line, each value plain or in quotes without escapes.
/// It is read here without YamlDotNet, whose document model costs about 70 µs a file: 2 s of CPU over the 29,151 files of
/// the bench corpus, more than Markdig takes for their text. Anything else (a list, nesting, an escape, an anchor, a tab,
/// a value running over lines, a repeated key) returns null, and YamlDotNet reads it and words its errors.
/// The values are what YamlDotNet's <c>YamlScalarNode.Value</c> gives for the same text, so both ways read a file alike.
/// </summary>
internal static class FlatFrontMatter
{
    /// <summary>
    /// Each key (as written), its value and its line (1-based within the file, whose line <paramref name="firstLine"/> the
    /// front matter starts on), or null when the text is not that simple. Keys are the same few in every file ("title",
    /// "date"): each is one string per thread (<see cref="ShortStrings"/>), not a new one a file.
    /// </summary>
    public static List<FrontMatterEntry>? TryRead(ReadOnlySpan<char> yaml, int firstLine = 1)
    {
        var entries = new List<FrontMatterEntry>(8);
        var lineNumber = firstLine - 1;
        foreach (var rawLine in yaml.EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.TrimEnd();
            if (line.IsEmpty || line[0] == '#') continue;
            if (line.Contains('\t') || !IsKeyStart(line[0])) return null;
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon])) return null;
            var rest = line[(colon + 1)..];
            if (!rest.IsEmpty && rest[0] != ' ') return null;
            var value = Value(rest.Trim(' '));
            if (value is null) return null;
            if (Holds(entries, line[..colon])) return null; // YamlDotNet refuses a repeated key: let it say so
            var key = line[..colon];
            entries.Add(new FrontMatterEntry(key.Length <= PooledKeyLength ? ShortStrings.Of(key) : key.ToString(), value, lineNumber));
        }
        return entries;
    }

    /// <summary>A longer key is no key a publishing tool writes: it is not worth a place in the thread's strings.</summary>
    private const int PooledKeyLength = 32;

    private static bool Holds(List<FrontMatterEntry> entries, ReadOnlySpan<char> key)
    {
        foreach (var entry in entries)
            if (key.SequenceEqual(entry.Key)) return true;
        return false;
    }

    /// <summary>A plain value, or one in quotes; null for any form this reader leaves to YamlDotNet.</summary>
    private static string? Value(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        var quote = text[0];
        if (quote == '"') return DoubleQuoted(text);
        if (quote == '\'')
        {
            var close = text[1..].IndexOf(quote);
            if (close < 0) return null;
            // An escape ('') or anything but a comment after the closing quote is YamlDotNet's to read.
            return IsCommentOrNothing(text[(close + 2)..]) ? text.Slice(1, close).ToString() : null;
        }
        if ("-?:,[]{}#&*!|>%@`".Contains(quote)) return null;
        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0) text = text[..comment].TrimEnd(' ');
        // ": " inside a plain value is an error in YAML, and " #" a comment: both are YamlDotNet's to judge.
        return text.Contains(": ", StringComparison.Ordinal) || text.EndsWith(':') ? null : text.ToString();
    }

    /// <summary>
    /// A value in double quotes. Its escapes of a quote and of a backslash are read here ("SAYS \"VERY SOON\"": one title of
    /// sixteen in the bench corpus's wire news, each of which YamlDotNet read in some 70 µs and 12 KB more); any other escape is YamlDotNet's.
    /// </summary>
    private static string? DoubleQuoted(ReadOnlySpan<char> text)
    {
        var (close, escapes) = (1, 0);
        for (; close < text.Length && text[close] != '"'; close++)
        {
            if (text[close] != '\\') continue;
            if (close + 1 >= text.Length || text[close + 1] is not ('"' or '\\')) return null;
            (close, escapes) = (close + 1, escapes + 1);
        }
        if (close >= text.Length || !IsCommentOrNothing(text[(close + 1)..])) return null;
        var inside = text[1..close];
        if (escapes == 0) return inside.ToString();
        Span<char> value = inside.Length <= 256 ? stackalloc char[inside.Length] : new char[inside.Length];
        var length = 0;
        for (var i = 0; i < inside.Length; i++) value[length++] = inside[i] == '\\' ? inside[++i] : inside[i];
        return value[..length].ToString();
    }

    /// <summary>True when what follows a closing quote is nothing but spaces, or a comment.</summary>
    private static bool IsCommentOrNothing(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        return after.IsEmpty || after[0] == '#';
    }

    private static bool IsKeyStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return false;
        return true;
    }
}
