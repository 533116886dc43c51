using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Configuration;

/// <summary>Reads the sections of a configuration that name things: <c>subjects</c>, <c>places</c> and <c>people</c>.</summary>
internal static partial class LexiconSections
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    public static ImmutableArray<SubjectConfig> Subjects(ConfigNodes nodes, YamlNode? section)
    {
        var subjects = ImmutableArray.CreateBuilder<SubjectConfig>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, where) in nodes.Items(section, "subjects"))
        {
            if (NamesByLanguage.Read(nodes, node, where, ["id", "attributes"]) is not ({ } map, var names)) continue;
            var id = Id(nodes, nodes.Required(map, "id", where), ConfigNodes.Below(where, "id"));
            var attributes = Attributes(nodes, ConfigNodes.Get(map, "attributes"), ConfigNodes.Below(where, "attributes"));
            if (id is null) continue;
            if (!ids.TryAdd(id, where)) nodes.Fail(node, $"{where}.id '{id}' is declared twice (also {ids[id]}); list all its words in one entry");
            // A word names one subject: two subjects sharing one would make every figure near it ambiguous.
            foreach (var word in names.SelectMany(n => n.Words))
                if (!words.TryAdd(word, id) && words[word] != id) nodes.Fail(node, $"{where}: '{word}' already names the subject {words[word]}");
            subjects.Add(new SubjectConfig(id, names, attributes, where));
        }
        return subjects.ToImmutable();
    }

    public static ImmutableArray<PlaceConfig> Places(ConfigNodes nodes, YamlNode? section)
    {
        var places = ImmutableArray.CreateBuilder<PlaceConfig>();
        foreach (var (node, where) in nodes.Items(section, "places"))
        {
            if (nodes.Mapping(node, where, "name", "aliases", "country", "within") is not { } map) continue;
            var name = nodes.Text(nodes.Required(map, "name", where), ConfigNodes.Below(where, "name"));
            var aliases = nodes.Words(ConfigNodes.Get(map, "aliases"), ConfigNodes.Below(where, "aliases"));
            var countryNode = ConfigNodes.Get(map, "country");
            var country = nodes.Text(countryNode, ConfigNodes.Below(where, "country"));
            if (country is not null && !CountryPattern().IsMatch(country))
                nodes.Fail(countryNode!, $"{where}.country '{country}' is not a two-letter ISO 3166 code (UA, DE, FR)");
            var within = nodes.Text(ConfigNodes.Get(map, "within"), ConfigNodes.Below(where, "within"));
            if (name is not null) places.Add(new PlaceConfig(name, aliases, country, within));
        }
        return places.ToImmutable();
    }

    public static ImmutableArray<PersonConfig> People(ConfigNodes nodes, YamlNode? section)
    {
        var people = ImmutableArray.CreateBuilder<PersonConfig>();
        foreach (var (node, where) in nodes.Items(section, "people"))
        {
            if (nodes.Mapping(node, where, "name", "aliases", "roles") is not { } map) continue;
            var name = nodes.Text(nodes.Required(map, "name", where), ConfigNodes.Below(where, "name"));
            var aliases = nodes.Words(ConfigNodes.Get(map, "aliases"), ConfigNodes.Below(where, "aliases"));
            var roles = nodes.Words(ConfigNodes.Get(map, "roles"), ConfigNodes.Below(where, "roles"));
            if (name is not null) people.Add(new PersonConfig(name, aliases, roles));
        }
        return people.ToImmutable();
    }

    private static ImmutableArray<AttributeConfig> Attributes(ConfigNodes nodes, YamlNode? section, string path)
    {
        var attributes = ImmutableArray.CreateBuilder<AttributeConfig>();
        foreach (var (node, where) in nodes.Items(section, path))
        {
            if (nodes.Mapping(node, where, "name", "kind", "tolerance") is not { } map) continue;
            var name = Id(nodes, nodes.Required(map, "name", where), ConfigNodes.Below(where, "name"));
            var kindNode = nodes.Required(map, "kind", where);
            var kind = nodes.Text(kindNode, ConfigNodes.Below(where, "kind"));
            var toleranceNode = ConfigNodes.Get(map, "tolerance");
            var toleranceText = nodes.Text(toleranceNode, ConfigNodes.Below(where, "tolerance"));
            var tolerance = Percentage.Parse(toleranceText);
            if (toleranceText is not null && tolerance is null)
                nodes.Fail(toleranceNode!, $"{where}.tolerance '{toleranceText}' is not a percentage such as 1%");
            if (name is null || kind is null) continue;
            // The binder gives a figure the attribute of its kind: two of one kind would leave it guessing.
            if (attributes.FirstOrDefault(a => a.Kind == kind) is { } twin)
                nodes.Fail(node, $"{where}: the subject already has a {kind} attribute ({twin.Name}); FactCheck could not tell which one a figure states");
            else if (attributes.Any(a => a.Name == name)) nodes.Fail(node, $"{where}.name '{name}' is declared twice");
            attributes.Add(new AttributeConfig(name, kind, tolerance, where, (int)kindNode!.Start.Line, (int)(toleranceNode ?? node).Start.Line));
        }
        return attributes.ToImmutable();
    }

    private static string? Id(ConfigNodes nodes, YamlNode? node, string where)
    {
        var id = nodes.Text(node, where);
        if (id is null || IdPattern().IsMatch(id)) return id;
        nodes.Fail(node!, $"{where} '{id}' must be lower-case letters, digits and single hyphens (grid-fund)");
        return null;
    }
}
