using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Inputs;

/// <summary>
/// Walks the YAML of a configuration file and keeps its mistakes as <see cref="UserError"/>s naming the file, the line and
/// the path of the key ("subjects[2].id is missing"). Readers go on after a mistake with what they could read; the error
/// reported is the one nearest the top of the file.
/// </summary>
internal sealed class ConfigNodes(string file)
{
    private readonly List<UserError> errors = [];

    /// <summary>The mistake nearest the top of the file (the first found on that line), or null.</summary>
    public UserError? Error => errors.Count == 0 ? null : errors.MinBy(e => e.Line);

    public void Fail(YamlNode node, string message) => errors.Add(new UserError(file, (int)node.Start.Line, message));

    /// <summary>A key's path below <paramref name="where"/>: "subjects[2]" and "id" give "subjects[2].id".</summary>
    public static string Below(string where, string key) => where.Length == 0 ? key : where + "." + key;

    /// <summary>True for a key written with no value ("subjects:"), which counts as not there.</summary>
    public static bool IsEmpty(YamlNode? node) =>
        node is null || (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" });

    /// <summary>The mapping at <paramref name="node"/>, every key of which must be one of <paramref name="keys"/>.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string where, params string[] keys)
    {
        if (node is not YamlMappingNode map)
        {
            Fail(node, $"{Name(where)} must be a mapping of keys to values (key: value)");
            return null;
        }
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !keys.Contains(name, StringComparer.Ordinal))
                Fail(key, $"unknown key '{name ?? key.ToString()}' in {Name(where)} ({string.Join(", ", keys)})");
        }
        return map;
    }

    /// <summary>The value of <paramref name="key"/>, or null when it is absent or written with no value.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsEmpty(value) ? value : null;

    /// <summary>The value of <paramref name="key"/>; a mistake when it is missing.</summary>
    public YamlNode? Required(YamlMappingNode map, string key, string where)
    {
        var value = Get(map, key);
        if (value is null) Fail(map, $"{Below(where, key)} is missing");
        return value;
    }

    /// <summary>A single value (not a list or a mapping), or null when <paramref name="node"/> is null.</summary>
    public string? Text(YamlNode? node, string where)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) return value.Trim();
        Fail(node, node is YamlScalarNode ? $"{where} is empty" : $"{where} must be a single value, not a list or a mapping");
        return null;
    }

    /// <summary>A list of single values ("[grid fund, resilience fund]"); none when <paramref name="node"/> is null.</summary>
    public ImmutableArray<string> Words(YamlNode? node, string where)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var (item, itemWhere) in Items(node, where))
            if (Text(item, itemWhere) is { } word) words.Add(word);
        return words.ToImmutable();
    }

    /// <summary>The items of the list at <paramref name="node"/>, each with its path ("subjects[2]"); none when it is null.</summary>
    public IEnumerable<(YamlNode Node, string Where)> Items(YamlNode? node, string where)
    {
        if (node is null) return [];
        if (node is YamlSequenceNode list) return list.Children.Select((item, i) => (item, $"{where}[{i}]"));
        Fail(node, $"{where} must be a list (- item, or [a, b])");
        return [];
    }

    private static string Name(string where) => where.Length == 0 ? "the file" : where;
}
