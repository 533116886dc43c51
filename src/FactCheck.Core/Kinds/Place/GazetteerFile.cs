using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Languages;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Kinds.Place;

/// <summary>One entry of a gazetteer file as written, with the file and line it came from (for error messages).</summary>
internal sealed record GazetteerEntry(
    PlaceType Kind, string? Id, string? Name, ImmutableSortedDictionary<string, string> Names, IReadOnlyList<string> Also, string? Country, string? In, bool Ambiguous,
    string File, int Line);

/// <summary>A key of an entry as written: a single value, a list of names, or neither (a nested mapping: an error).</summary>
internal readonly record struct GazetteerField(string Key, int Line, string? Value, List<string>? List);

/// <summary>
/// Reads the gazetteer's YAML format (<c>Kinds/Place/places.yml</c>, or a user's <c>--places</c> file): three lists,
/// <c>regions</c>, <c>countries</c> and <c>places</c>, of entries with the keys id, name, also, country, in, ambiguous, and the
/// codes of language packs for the place's name in that language (<c>fr: Allemagne</c>).
/// A file written one entry per line in flow style (as the shipped one is) is read by <see cref="GazetteerLines"/>,
/// which is ten times faster than a YAML parser; any other YAML goes through YamlDotNet.
/// </summary>
internal static class GazetteerFile
{
    private static readonly Dictionary<string, PlaceType> Sections = new(StringComparer.Ordinal)
    {
        ["regions"] = PlaceType.Region, ["countries"] = PlaceType.Country, ["places"] = PlaceType.City,
    };

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "id", "name", "also", "country", "in", "ambiguous" };

    /// <summary>The entries of the YAML text <paramref name="yaml"/>, or the first mistake in it.</summary>
    public static (List<GazetteerEntry> Entries, UserError? Error) Read(string path, string yaml, LanguagePacks? languages = null) =>
        GazetteerLines.TryRead(path, yaml, languages) ?? ReadYaml(path, yaml, languages);

    /// <summary>The kind of place a top-level list holds, or null for a name that is not one.</summary>
    public static PlaceType? Section(string name) => Sections.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The error for a top-level key that is not a list of places.</summary>
    public static UserError NotASection(string path, int line, string name) =>
        new(path, line, $"'{name}' is not a list of a places file (regions, countries, places)");

    internal static (List<GazetteerEntry> Entries, UserError? Error) ReadYaml(string path, string yaml, LanguagePacks? languages = null)
    {
        // The error boundary every user YAML goes through: a mistake, an alias bomb or nesting beyond reason is an error with its line.
        var (document, yamlError) = YamlText.Parse(path, yaml, 1, "");
        if (yamlError is not null) return ([], yamlError);
        var entries = new List<GazetteerEntry>();
        if (document is null) return (entries, null);
        if (document is not YamlMappingNode root)
            return ([], new UserError(path, Line(document), "a places file is a mapping with the lists regions, countries and places"));
        foreach (var (keyNode, value) in root.Children)
        {
            var section = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Section(section) is not { } kind) return ([], NotASection(path, Line(keyNode), section));
            if (value is YamlScalarNode { Value: null or "" }) continue;
            if (value is not YamlSequenceNode items)
                return ([], new UserError(path, Line(value), $"'{section}' must be a list of places"));
            foreach (var item in items)
            {
                if (item is not YamlMappingNode map)
                    return ([], new UserError(path, Line(item), "a place is a mapping such as {name: Wiesbaden, country: DE}"));
                var fields = map.Children.Select(c => new GazetteerField(
                    (c.Key as YamlScalarNode)?.Value ?? "", Line(c.Key),
                    (c.Value as YamlScalarNode)?.Value,
                    c.Value is YamlSequenceNode list && list.Children.All(n => n is YamlScalarNode) ? [.. list.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "")] : null));
                var (entry, error) = Entry(path, kind, Line(item), fields, languages);
                if (error is not null) return ([], error);
                entries.Add(entry!);
            }
        }
        return (entries, null);
    }

    /// <summary>An entry from its fields, checked: known keys, values of the right shape, an ISO code where a country is named.</summary>
    public static (GazetteerEntry? Entry, UserError? Error) Entry(string path, PlaceType kind, int line, IEnumerable<GazetteerField> fields, LanguagePacks? languages = null)
    {
        languages ??= LanguagePacks.BuiltIn;
        string? id = null, name = null, country = null, within = null;
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var ambiguous = false;
        var also = new List<string>();
        foreach (var field in fields)
        {
            var language = Keys.Contains(field.Key) ? null : languages[field.Key];
            if (!Keys.Contains(field.Key) && language is null)
                return (null, new UserError(path, field.Line, $"'{field.Key}' is not a key of a place (id, name, also, country, in, ambiguous, or a language: {languages.Codes})"));
            if (field.Key == "also")
            {
                if (field.List is null) return (null, new UserError(path, field.Line, "'also' must be a list of names, such as [Kiev, Kyïv]"));
                also.AddRange(field.List.Where(s => s.Length > 0));
                continue;
            }
            if (field.Value is not { } text) return (null, new UserError(path, field.Line, $"'{field.Key}' must be a single value"));
            if (language is not null)
            {
                names[language.Code] = text;
                continue;
            }
            switch (field.Key)
            {
                case "id": id = text; break;
                case "name": name = text; break;
                case "country": country = text; break;
                case "in": within = text; break;
                default:
                    if (text is not ("true" or "false")) return (null, new UserError(path, field.Line, "'ambiguous' must be true or false"));
                    ambiguous = text == "true";
                    break;
            }
        }
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
            return (null, new UserError(path, line, $"country '{country}' is not an ISO 3166-1 alpha-2 code such as DE"));
        if (kind == PlaceType.Country && (id ?? country) is not { Length: 2 })
            return (null, new UserError(path, line, "a country's id is its ISO 3166-1 alpha-2 code, such as {id: DE, name: Germany}"));
        if (name is null && id is null)
            return (null, new UserError(path, line, "a place needs a name (or the id of a place to add names to)"));
        return (new GazetteerEntry(kind, id, name, names.ToImmutable(), also, country, within, ambiguous, path, line), null);
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>The id an entry gets when it names none: a country's code, or its English name in lower case with '-' for spaces.</summary>
    public static string DefaultId(GazetteerEntry entry) =>
        entry.Id ?? (entry.Kind == PlaceType.Country ? entry.Country! : PlaceText.Key(entry.Name!).Replace(' ', '-'));
}
