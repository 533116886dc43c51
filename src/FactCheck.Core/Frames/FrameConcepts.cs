using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Mentions;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Frames;

/// <summary>
/// The concepts behind the language packs' <c>measure-</c>, <c>predicate-</c> and <c>unit-</c> lists, the same in every
/// language (<c>Frames/Data/concepts.yml</c>): which kinds of claim each can be the measure of, the measure a predicate's
/// figure counts ("killed 157" counts deaths), whether its event happens once to what it is about (a birth, an opening),
/// and the generic words that name no measure of their own ("people", "rose to").
/// </summary>
internal sealed class FrameConcepts
{
    private static readonly ImmutableArray<string> QuantityDimensions =
        ["count", "length", "area", "volume", "mass", "speed", "temperature", "power", "energy", "magnitude", "age", "weight", "capacity", "multiple"];

    private readonly FrozenDictionary<string, Concept> measures;
    private readonly FrozenDictionary<string, Concept> predicates;
    private readonly FrozenDictionary<string, string> unitDimensions;
    private readonly FrozenDictionary<string, string> families;

    private FrameConcepts(FrozenDictionary<string, Concept> measures, FrozenDictionary<string, Concept> predicates, FrozenDictionary<string, string> units)
    {
        (this.measures, this.predicates, unitDimensions) = (measures, predicates, units);
        families = Families(measures, predicates);
    }

    /// <summary>
    /// The family of a measure key: a measure that is the same as another (<c>same-as</c>: a deal's value is its price) is
    /// that one; events related to one another (an arrival and a landing, a signing and its announcement) are one family,
    /// named by its first id. Any other key is its own family.
    /// </summary>
    public string Family(string key) => families.GetValueOrDefault(key, key);

    /// <summary>The concepts FactCheck ships.</summary>
    public static FrameConcepts Shipped { get; } = EmbeddedData.Read("Frames/Data/concepts.yml", Read);

    /// <summary>A measure or predicate concept: the kinds it may measure, the measure a predicate's figure counts, and its flags.</summary>
    public sealed record Concept(string Id, FrozenSet<string> Kinds, string? Measure, bool Once, bool Generic, ImmutableArray<string> Related)
    {
        /// <summary>For a measure: the measure it is the same as ("deal-value" is a "price").</summary>
        public string? SameAs { get; init; }

        /// <summary>For a measure: what it is a number of ("length" for a height, "count" for deaths).</summary>
        public string? Dimension { get; init; }

        /// <summary>For a measure: true when a contest shares it out among sides (votes, seats): each figure is one side's.</summary>
        public bool Sides { get; init; }

        /// <summary>For a measure: true for a running tally that only rises as news restates it (deaths, cases, arrests).</summary>
        public bool Grows { get; init; }
    }

    /// <summary>The measure concept <paramref name="id"/>, or null.</summary>
    public Concept? Measure(string id) => measures.GetValueOrDefault(id);

    /// <summary>True when the measures <paramref name="a"/> and <paramref name="b"/> are one, or either names the other as related (vehicles and trucks).</summary>
    public bool SameOrRelatedMeasures(string a, string b) =>
        a == b || (Measure(a)?.Related.Contains(b) ?? false) || (Measure(b)?.Related.Contains(a) ?? false);

    /// <summary>
    /// True when the measure key <paramref name="key"/> (a measure, or a predicate whose figure counts one: "killed" counts
    /// deaths) is a running tally that only rises (<see cref="Concept.Grows"/>).
    /// </summary>
    public bool Grows(string key) => (Measure(key) ?? (Predicate(key)?.Measure is { } counted ? Measure(counted) : null))?.Grows == true;

    /// <summary>The predicate concept <paramref name="id"/>, or null.</summary>
    public Concept? Predicate(string id) => predicates.GetValueOrDefault(id);

    /// <summary>The dimension of the unit <paramref name="id"/> ("length" for "mile"), or null.</summary>
    public string? UnitDimension(string id) => unitDimensions.GetValueOrDefault(id);

    /// <summary>Every measure, predicate and unit id, for the test that each pack list names one.</summary>
    public IEnumerable<string> Ids(string table) => table switch
    {
        "measure" => measures.Keys,
        "predicate" => predicates.Keys,
        _ => unitDimensions.Keys,
    };

    /// <summary>The claim kinds a measure of <paramref name="dimension"/> is stated by.</summary>
    public static FrozenSet<string> KindsOf(string dimension) => dimension switch
    {
        "money" => FrozenSet.Create(ClaimKind.Money.Name),
        "ratio" => FrozenSet.Create(ClaimKind.Percentage.Name),
        "duration" => FrozenSet.Create(ClaimKind.Duration.Name, ClaimKind.Quantity.Name),
        _ when QuantityDimensions.Contains(dimension) => FrozenSet.Create(ClaimKind.Quantity.Name),
        _ => FrozenSet<string>.Empty,
    };

    private static FrameConcepts Read(ConfigNodes nodes, YamlNode root)
    {
        var map = nodes.Mapping(root, "", "measures", "predicates", "units");
        var measures = new Dictionary<string, Concept>(StringComparer.Ordinal);
        var predicates = new Dictionary<string, Concept>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, entry, where) in Entries(nodes, map, "measures", ["dimension", "related", "generic", "same-as", "sides", "grows"]))
        {
            var dimension = nodes.Text(nodes.Required(entry, "dimension", where), where + ".dimension") ?? "";
            measures[id] = new Concept(id, KindsOf(dimension), null, false, Flag(nodes, entry, "generic", where), Related(nodes, entry, where))
            {
                SameAs = nodes.Text(ConfigNodes.Get(entry, "same-as"), where + ".same-as"),
                Dimension = dimension,
                Sides = Flag(nodes, entry, "sides", where),
                Grows = Flag(nodes, entry, "grows", where),
            };
        }
        foreach (var (id, entry, where) in Entries(nodes, map, "predicates", ["takes", "measure", "related", "once", "generic"]))
        {
            var takes = nodes.Words(nodes.Required(entry, "takes", where), where + ".takes").Select(k => k == "age" ? ClaimKind.Quantity.Name : k);
            var measure = nodes.Text(ConfigNodes.Get(entry, "measure"), where + ".measure");
            if (measure is not null && !measures.ContainsKey(measure)) nodes.Fail(entry, $"{where}.measure '{measure}' is not a measure");
            predicates[id] = new Concept(id, takes.ToFrozenSet(StringComparer.Ordinal), measure, Flag(nodes, entry, "once", where), Flag(nodes, entry, "generic", where),
                Related(nodes, entry, where));
        }
        foreach (var (id, entry, where) in Entries(nodes, map, "units", ["dimension"]))
            units[id] = nodes.Text(nodes.Required(entry, "dimension", where), where + ".dimension") ?? "";
        return new FrameConcepts(measures.ToFrozenDictionary(StringComparer.Ordinal), predicates.ToFrozenDictionary(StringComparer.Ordinal),
            units.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenDictionary<string, string> Families(FrozenDictionary<string, Concept> measures, FrozenDictionary<string, Concept> predicates)
    {
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var measure in measures.Values.Where(m => m.SameAs is not null)) family[measure.Id] = measure.SameAs!;
        // Related events: each takes the first id (in file order) of the events it is related to, directly or not.
        var order = predicates.Keys.ToList();
        foreach (var id in order)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            var queue = new Queue<string>([id]);
            while (queue.Count > 0)
                foreach (var other in predicates.GetValueOrDefault(queue.Dequeue())?.Related ?? [])
                    if (predicates.ContainsKey(other) && seen.Add(other)) queue.Enqueue(other);
            var first = seen.MinBy(order.IndexOf)!;
            if (first != id) family[id] = first;
        }
        return family.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<(string Id, YamlMappingNode Entry, string Where)> Entries(ConfigNodes nodes, YamlMappingNode? map, string section, string[] keys)
    {
        if (map is null || ConfigNodes.Get(map, section) is not { } node) yield break;
        if (node is not YamlMappingNode concepts)
        {
            nodes.Fail(node, $"{section} must be a mapping of concept ids to what they are");
            yield break;
        }
        foreach (var (key, value) in concepts.Children)
        {
            var id = nodes.Text(key, section) ?? "";
            if (nodes.Mapping(value, $"{section}.{id}", keys) is { } entry) yield return (id, entry, $"{section}.{id}");
        }
    }

    private static bool Flag(ConfigNodes nodes, YamlMappingNode entry, string key, string where) =>
        nodes.Text(ConfigNodes.Get(entry, key), $"{where}.{key}") switch
        {
            null or "false" => false,
            "true" => true,
            var other => Fail(nodes, entry, $"{where}.{key} '{other}' must be true or false"),
        };

    private static bool Fail(ConfigNodes nodes, YamlNode node, string message)
    {
        nodes.Fail(node, message);
        return false;
    }

    private static ImmutableArray<string> Related(ConfigNodes nodes, YamlMappingNode entry, string where) =>
        nodes.Words(ConfigNodes.Get(entry, "related"), where + ".related");
}
