using FactCheck.Languages;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Place;

/// <summary>
/// A fast reader for gazetteer files written one entry per line in YAML flow style, as the shipped one is:
/// <c>regions:</c>, <c>countries:</c> or <c>places:</c> at the start of a line, then lines like
/// <c>  - {name: Kyiv, also: [Kiev, 'Kyïv'], country: UA}</c>, comments and blank lines. It reads exactly what a YAML
/// parser reads from such a file (plain, 'single' and "double" quoted scalars, flow lists) and gives up (null) on
/// anything else, which then goes to the YAML parser: a YAML parser takes a third of a second for the shipped file.
/// </summary>
internal static class GazetteerLines
{
    /// <summary>The entries, the first mistake, or null when the text is not written in the one-entry-per-line style.</summary>
    public static (List<GazetteerEntry> Entries, UserError? Error)? TryRead(string path, string text, LanguagePacks? languages = null)
    {
        var entries = new List<GazetteerEntry>();
        PlaceType? kind = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var content = line.TrimStart();
            if (content.Length == 0 || content[0] == '#') continue;
            if (line[0] != ' ')
            {
                if (!content.EndsWith(':') || content.Contains(' ', StringComparison.Ordinal)) return null;
                kind = GazetteerFile.Section(content[..^1]);
                if (kind is null) return (entries, GazetteerFile.NotASection(path, number, content[..^1]));
                continue;
            }
            if (kind is null || !content.StartsWith("- {", StringComparison.Ordinal) || Fields(content.AsSpan(3), number) is not { } fields) return null;
            var (entry, error) = GazetteerFile.Entry(path, kind.Value, number, fields, languages);
            if (error is not null) return ([], error);
            entries.Add(entry!);
        }
        return (entries, null);
    }

    /// <summary>The fields of a flow mapping's inside up to its closing brace (and nothing after but a comment), or null.</summary>
    private static List<GazetteerField>? Fields(ReadOnlySpan<char> s, int line)
    {
        var fields = new List<GazetteerField>();
        var i = 0;
        while (true)
        {
            Skip(s, ref i);
            var colon = s[i..].IndexOf(':');
            if (colon <= 0) return null;
            var key = s.Slice(i, colon).Trim().ToString();
            i += colon + 1;
            Skip(s, ref i);
            if (i < s.Length && s[i] == '[')
            {
                i++;
                var list = new List<string>();
                Skip(s, ref i);
                while (i < s.Length && s[i] != ']')
                {
                    if (Scalar(s, ref i, "],") is not { } item) return null;
                    list.Add(item);
                    Skip(s, ref i);
                    if (i < s.Length && s[i] == ',') i++;
                    Skip(s, ref i);
                }
                if (i >= s.Length) return null;
                i++;
                fields.Add(new GazetteerField(key, line, null, list));
            }
            else
            {
                if (Scalar(s, ref i, "},") is not { } value) return null;
                fields.Add(new GazetteerField(key, line, value, null));
            }
            Skip(s, ref i);
            if (i >= s.Length) return null;
            if (s[i] == ',') { i++; continue; }
            if (s[i] != '}') return null;
            var rest = s[(i + 1)..].Trim();
            return rest.IsEmpty || rest[0] == '#' ? fields : null;
        }
    }

    /// <summary>A plain, 'single' or "double" (no escapes) quoted scalar; null when the text needs a real YAML parser.</summary>
    private static string? Scalar(ReadOnlySpan<char> s, ref int i, string stops)
    {
        if (i >= s.Length) return null;
        if (s[i] is '\'' or '"')
        {
            var quote = s[i];
            var end = s[(i + 1)..].IndexOf(quote);
            if (end < 0) return null;
            var quoted = s.Slice(i + 1, end);
            if (quoted.Contains('\\') || (quote == '\'' && i + end + 2 < s.Length && s[i + end + 2] == '\'')) return null;
            i += end + 2;
            return quoted.ToString();
        }
        var start = i;
        while (i < s.Length && stops.IndexOf(s[i]) < 0)
        {
            // Characters a plain scalar cannot hold in flow style, or that YAML reads differently: leave them to the parser.
            if (s[i] is '{' or '[' or '#' or '&' or '*' or '!' or '|' or '>' || (s[i] == ':' && i + 1 < s.Length && s[i + 1] == ' ')) return null;
            i++;
        }
        var plain = s[start..i].Trim();
        return plain.IsEmpty || plain[0] is '-' or '?' or '@' or '`' or '%' ? null : plain.ToString();
    }

    private static void Skip(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
    }
}
