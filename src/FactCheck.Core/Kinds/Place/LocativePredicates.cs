using System.Text.RegularExpressions;
using FactCheck.Inputs;
using FactCheck.Mentions;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The words of the locative predicates ("born", "died", "s'est écrasé"): the entries of <c>Kinds/Place/locations.yml</c>
/// marked <c>predicate: true</c>, in every language, read here for <see cref="PlaceSites"/> (the binder reads the same
/// entries as subjects through <see cref="LocationLexicon"/>).
/// </summary>
internal sealed class LocativePredicates
{
    public static readonly LocativePredicates Default = EmbeddedData.Read("Kinds/Place/locations.yml", (nodes, root) =>
    {
        var terms = new List<string>();
        var map = nodes.Mapping(root, "", "subjects");
        foreach (var (node, where) in nodes.Items(map is null ? null : ConfigNodes.Get(map, "subjects"), "subjects"))
        {
            if (NamesByLanguage.Read(nodes, node, where, ["id", "of-is-location", "predicate", "site"]) is not ({ } entry, var names)) continue;
            if (ConfigNodes.Get(entry, "predicate") is YamlScalarNode { Value: "true" }) terms.AddRange(names.SelectMany(n => n.Words));
        }
        return new LocativePredicates(terms);
    });

    private LocativePredicates(List<string> terms)
    {
        KeyWords = new KeyWords(terms);
        var alternatives = string.Join('|', terms.OrderByDescending(t => t.Length).Select(t => Regex.Escape(t).Replace("\\ ", @"\s+", StringComparison.Ordinal)));
        Terms = PackRegexes.Get(null, $@"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The longest run of letters of each predicate, looked up word by word before <see cref="Terms"/> runs.</summary>
    public KeyWords KeyWords { get; }

    /// <summary>Every predicate, as whole words.</summary>
    public Regex Terms { get; }
}
