using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using FactCheck.Sentences;
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
        // The longest run of letters of every term: a sentence holding none of them as a whole word holds no predicate. The
        // regex reads a term only between non-letters, so each of its runs of letters is a whole run of the sentence's.
        KeyWords = terms.Select(LongestRun).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var alternatives = string.Join('|', terms.OrderByDescending(t => t.Length).Select(t => Regex.Escape(t).Replace("\\ ", @"\s+", StringComparison.Ordinal)));
        Terms = new Regex($@"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The longest run of letters of each predicate, looked up word by word before <see cref="Terms"/> runs.</summary>
    public FrozenSet<string> KeyWords { get; }

    /// <summary>
    /// True when a word of <paramref name="text"/> is one of <see cref="KeyWords"/>: the only sentences <see cref="Terms"/> can
    /// match. A lookup per word, because a search for substrings of these words (many of them French, with accents) runs the
    /// slow case-insensitive path of <c>SearchValues</c> over every character, and lets through every "shown" and "mortgage".
    /// </summary>
    public bool MayHold(string text)
    {
        var keys = KeyWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in LetterRuns.In(text))
            if (keys.Contains(text.AsSpan(start, end - start))) return true;
        return false;
    }

    private static string LongestRun(string term)
    {
        var (start, end) = (0, 0);
        foreach (var run in LetterRuns.In(term))
            if (run.End - run.Start > end - start) (start, end) = run;
        return term[start..end];
    }

    /// <summary>Every predicate, as whole words.</summary>
    public Regex Terms { get; }
}
