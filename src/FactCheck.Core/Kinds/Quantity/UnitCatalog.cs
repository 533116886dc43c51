using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Inputs;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// The units of measure FactCheck knows, whatever the language (<c>Kinds/Quantity/units.yml</c>): each unit's dimension and
/// factor, and each dimension's base unit. The words that name them are the language packs'.
/// </summary>
internal sealed class UnitCatalog
{
    private UnitCatalog(FrozenDictionary<string, MeasureUnit> units, FrozenDictionary<string, string> bases) => (Units, BaseSymbols) = (units, bases);

    /// <summary>The shipped catalog.</summary>
    public static UnitCatalog Shipped { get; } = Load();

    /// <summary>Every unit by its id ("kilometre").</summary>
    public FrozenDictionary<string, MeasureUnit> Units { get; }

    /// <summary>The base unit of each dimension, as the JSON report writes it ("length": "m").</summary>
    public FrozenDictionary<string, string> BaseSymbols { get; }

    private static UnitCatalog Load() => EmbeddedData.Read("Kinds/Quantity/units.yml", (nodes, root) =>
    {
        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        var units = new Dictionary<string, MeasureUnit>(StringComparer.Ordinal);
        if (nodes.Mapping(root, "", "dimensions", "units") is not { } map) return new UnitCatalog(units.ToFrozenDictionary(), bases.ToFrozenDictionary());
        foreach (var (key, value) in Children(nodes.Required(map, "dimensions", "")))
            if (nodes.Text(key, "dimensions") is { } dimension && nodes.Text(value, "dimensions." + dimension) is { } symbol) bases[dimension] = symbol;
        foreach (var (key, value) in Children(nodes.Required(map, "units", "")))
        {
            var where = "units." + key;
            if (nodes.Text(key, "units") is not { } id || nodes.Mapping(value, where, "dimension", "factor", "offset") is not { } unit) continue;
            var dimension = nodes.Text(nodes.Required(unit, "dimension", where), where + ".dimension") ?? "";
            if (!bases.ContainsKey(dimension)) nodes.Fail(value, $"{where}.dimension '{dimension}' is not one of the dimensions");
            units[id] = new MeasureUnit(id, dimension, Number(nodes, unit, "factor", where) ?? 1, Number(nodes, unit, "offset", where) ?? 0);
        }
        return new UnitCatalog(units.ToFrozenDictionary(StringComparer.Ordinal), bases.ToFrozenDictionary(StringComparer.Ordinal));
    });

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Children(YamlNode? node) => (node as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>();

    private static double? Number(ConfigNodes nodes, YamlMappingNode unit, string key, string where)
    {
        if (ConfigNodes.Get(unit, key) is not { } node || nodes.Text(node, $"{where}.{key}") is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        nodes.Fail(node, $"{where}.{key} '{text}' is not a number");
        return null;
    }
}
