using System.Text;
using System.Text.Json;
using FactCheck.Inputs;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Sources;

/// <summary>
/// Reads the keys of a front matter in the three forms static sites write: YAML between <c>---</c> lines (Jekyll, Hugo,
/// Eleventy), TOML between <c>+++</c> lines (Hugo), and a JSON object that opens the file (Hugo). Broken syntax is an error
/// naming the file's line; everything else is the business of <see cref="FrontMatter.Interpret"/>.
/// Tomlyn's and System.Text.Json's types stay in this file.
/// </summary>
internal static class FrontMatterText
{
    /// <summary>The keys of YAML front matter whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static (List<FrontMatterEntry>? Entries, UserError? Error) Yaml(string path, ReadOnlyMemory<char> yaml, int firstLine)
    {
        if (FlatFrontMatter.TryRead(yaml.Span, firstLine) is { } flat) return (flat, null);
        var (root, error) = YamlText.Parse(path, yaml.ToString(), firstLine, "front matter is ");
        if (error is not null) return (null, error);
        if (root is null or YamlScalarNode { Value: null or "" }) return ([], null);
        if (root is not YamlMappingNode map) return (null, new UserError(path, firstLine, "front matter must be a mapping of keys to values"));
        return ([.. map.Children.Select(child => new FrontMatterEntry(
            (child.Key as YamlScalarNode)?.Value ?? "", (child.Value as YamlScalarNode)?.Value, firstLine + (int)child.Value.Start.Line - 1))], null);
    }

    /// <summary>
    /// The TOML or JSON front matter at the start of <paramref name="text"/>: its keys, and where it ends (the Markdown
    /// starts after it); or null when the file opens with neither.
    /// </summary>
    public static (List<FrontMatterEntry>? Entries, int End, UserError? Error)? TomlOrJson(string path, string text)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).Trim();
        if (firstLine == "+++") return Toml(path, text, firstLineEnd);
        if (firstLine == "{") return Json(path, text);
        return null;
    }

    private static (List<FrontMatterEntry>?, int, UserError?) Toml(string path, string text, int firstLineEnd)
    {
        var start = firstLineEnd + 1;
        var close = start;
        while (close < text.Length)
        {
            var lineEnd = text.IndexOf('\n', close);
            if (lineEnd < 0) lineEnd = text.Length;
            if (text.AsSpan(close, lineEnd - close).Trim() is "+++")
            {
                var document = SyntaxParser.Parse(text[start..close], path);
                if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } problem)
                    return (null, 0, new UserError(path, 2 + problem.Span.Start.Line, "front matter is not valid TOML: " + problem.Message));
                // Only the top-level keys: [params] and other tables hold the site's own settings.
                var entries = document.KeyValues.Select(kv => new FrontMatterEntry(
                    kv.Key?.ToString().Trim() ?? "", TomlValue(kv.Value), 2 + kv.Span.Start.Line)).ToList();
                return (entries, lineEnd, null);
            }
            close = lineEnd + 1;
        }
        return (null, 0, new UserError(path, 1, "front matter opened with '+++' is never closed by a '+++' line"));
    }

    private static string? TomlValue(ValueSyntax? value) => value switch
    {
        StringValueSyntax text => text.Value,
        ArraySyntax or InlineTableSyntax or null => null,
        _ => value.ToString()?.Trim(), // a date, a number, a boolean: as written, for the readers of each key
    };

    private static (List<FrontMatterEntry>?, int, UserError?) Json(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        var entries = new List<FrontMatterEntry>();
        try
        {
            reader.Read(); // the '{' of the first line
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString() ?? "";
                var line = 1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
                reader.Read();
                string? value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                entries.Add(new FrontMatterEntry(key, value, line));
            }
        }
        catch (JsonException e)
        {
            return (null, 0, new UserError(path, (int)(e.LineNumber ?? 0) + 1, "front matter is not valid JSON: " + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]));
        }
        catch (InvalidOperationException)
        {
            return (null, 0, new UserError(path, 1, "front matter is not valid JSON: a key's text cannot be read"));
        }
        var end = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.BytesConsumed);
        return (entries, end, null);
    }
}
