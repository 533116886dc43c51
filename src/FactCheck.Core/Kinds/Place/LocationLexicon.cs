using System.Collections.Frozen;
using FactCheck.Binding;
using FactCheck.Inputs;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The things places locate (headquarters, réunion, summit), from <c>Kinds/Place/locations.yml</c>, named in every
/// language (see <see cref="PlaceBinder"/>). The words around them ("in", "à", "based in") are each language pack's.
/// </summary>
internal sealed class LocationLexicon
{
    public static readonly LocationLexicon Default = EmbeddedData.Read("Kinds/Place/locations.yml", (nodes, root) =>
    {
        var entries = SubjectLexicon.Entries(nodes, root, ["of-is-location", "predicate", "site"]);
        foreach (var entry in entries)
            foreach (var key in (string[])["of-is-location", "predicate", "site"])
                if (nodes.Text(ConfigNodes.Get(entry.Map, key), $"{entry.Where}.{key}") is not (null or "true" or "false"))
                    nodes.Fail(entry.Map, $"{entry.Where}.{key} must be true or false");
        return new LocationLexicon(entries);
    });

    private LocationLexicon(List<(string Id, IEnumerable<string> Terms, YamlDotNet.RepresentationModel.YamlMappingNode Map, string Where)> entries)
    {
        Subjects = new SubjectLexicon(entries.Select(e => (e.Id, e.Terms, (IEnumerable<ClaimKind>)[ClaimKind.Place], false)));
        // A sentence holding none of the terms' longest words names no subject.
        KeyWords = new KeyWords(entries.SelectMany(e => e.Terms));
        OfIsLocation = Flagged(entries, "of-is-location");
        Predicates = Flagged(entries, "predicate");
        Sites = Flagged(entries, "site");
    }

    /// <summary>The words that name what places locate: headquarters, réunion, summit...</summary>
    public SubjectLexicon Subjects { get; }

    /// <summary>The longest run of letters of each term, looked up word by word before the lexicon reads a sentence.</summary>
    public KeyWords KeyWords { get; }

    /// <summary>Subjects named by a locative predicate ("born", "s'est écrasé"): their complement is a place, known or not.</summary>
    public FrozenSet<string> Predicates { get; }

    /// <summary>Subjects that are where someone lives or stays ("home", "maison"): placed only by a word right after them.</summary>
    public FrozenSet<string> Sites { get; }

    private static FrozenSet<string> Flagged(List<(string Id, IEnumerable<string> Terms, YamlDotNet.RepresentationModel.YamlMappingNode Map, string Where)> entries, string key) =>
        entries.Where(e => ConfigNodes.Get(e.Map, key) is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "true" }).Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Subjects that "de X" / "of X" places in X: "le sommet de Washington".</summary>
    public FrozenSet<string> OfIsLocation { get; }
}
