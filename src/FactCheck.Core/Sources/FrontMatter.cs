using FactCheck.Inputs;
using FactCheck.Languages;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Sources;

/// <summary>What a Markdown file's YAML front matter says about the source. Keys FactCheck does not use are ignored.</summary>
internal sealed record FrontMatter(string? Title, SourceDate? Date, string? Language, string? Outlet, SourceRole? Role)
{
    public static readonly FrontMatter Empty = new(null, null, null, null, null);

    /// <summary>Reads the front matter; a mistake comes back as a <see cref="UserError"/> naming the file's line.</summary>
    public static (FrontMatter? Value, UserError? Error) Read(string path, string yaml, int firstLine, LanguagePacks languages)
    {
        var entries = FlatFrontMatter.TryRead(yaml)?.Select(e => (e.Key, (string?)e.Value, firstLine + e.Line - 1));
        if (entries is null)
        {
            var (root, error) = YamlText.Parse(path, yaml, firstLine, "front matter is ");
            if (error is not null) return (null, error);
            if (root is null) return (Empty, null);
            if (root is not YamlMappingNode map)
                return (null, new UserError(path, firstLine, "front matter must be a mapping of keys to values"));
            entries = map.Children.Select(child => ((child.Key as YamlScalarNode)?.Value ?? "", (child.Value as YamlScalarNode)?.Value,
                firstLine + (int)child.Value.Start.Line - 1));
        }

        string? title = null, language = null, outlet = null;
        SourceDate? date = null;
        SourceRole? role = null;
        foreach (var (keyText, value, line) in entries)
        {
            switch (keyText.ToLowerInvariant())
            {
                case "title": title = value; break;
                case "outlet": outlet = value; break;
                case "date":
                    date = value is null ? null : SourceDate.TryParse(value, DateOrigin.Declared);
                    if (value is not null && date is null)
                        return (null, new UserError(path, line, $"date '{value}' is not an ISO 8601 date (2024-04-02, 2024-04 or 2024)"));
                    break;
                case "language" or "lang":
                    language = value?.Trim().ToLowerInvariant();
                    if (language is null || languages[language] is null)
                        return (null, new UserError(path, line, $"language '{value}' is not supported ({languages.Codes})"));
                    break;
                case "role":
                    role = value?.Trim().ToLowerInvariant() switch
                    {
                        "reference" => SourceRole.Reference,
                        "draft" => SourceRole.Draft,
                        _ => null,
                    };
                    if (role is null) return (null, new UserError(path, line, $"role '{value}' is not one of reference, draft"));
                    break;
            }
        }
        return (new FrontMatter(title, date, language, outlet, role), null);
    }

    internal static string FirstSentence(string message)
    {
        // YamlDotNet prefixes "(Line: 2, Col: 8, Idx: 20) - (Line: ...): "; the position is already in our line number.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
