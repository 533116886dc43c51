using System.Collections.Immutable;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Inputs;

/// <summary>
/// Reads an entry whose keys are its own fields or language codes ("id", "kinds", or en, fr): the codes' lists are its
/// names in those languages. Whether a code is a language FactCheck reads is checked where the packs are known.
/// </summary>
internal static partial class NamesByLanguage
{
    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    /// <summary>
    /// The mapping at <paramref name="node"/>, every key of which is one of <paramref name="keys"/> or a language code, and its
    /// names. With <paramref name="known"/> (shipped data, read with the shipped packs), a code it does not know is a mistake.
    /// </summary>
    public static (YamlMappingNode? Map, ImmutableArray<LanguageNames> Names) Read(
        ConfigNodes nodes, YamlNode node, string where, string[] keys, Func<string, bool>? known = null)
    {
        if (node is not YamlMappingNode map)
        {
            nodes.Fail(node, $"{where} must be a mapping of keys to values (key: value)");
            return (null, []);
        }
        var names = ImmutableArray.CreateBuilder<LanguageNames>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (keys.Contains(key, StringComparer.Ordinal)) continue;
            if (!LanguageCode().IsMatch(key))
                nodes.Fail(keyNode, $"unknown key '{key}' in {where} ({string.Join(", ", keys)}, or a language code such as en)");
            else if (known is not null && !known(key)) nodes.Fail(keyNode, $"{where}: '{key}' is not a language FactCheck reads");
            else if (!ConfigNodes.IsEmpty(value)) names.Add(new LanguageNames(key, nodes.Words(value, ConfigNodes.Below(where, key)), (int)keyNode.Start.Line));
        }
        return (map, names.ToImmutable());
    }

    /// <summary>The first name of <paramref name="names"/> in a language that <paramref name="known"/> does not hold, as a mistake of <paramref name="file"/>.</summary>
    public static UserError? Unknown(string file, IEnumerable<LanguageNames> names, Func<string, bool> known, string codes, string where) =>
        names.FirstOrDefault(n => !known(n.Language)) is { } unknown
            ? new UserError(file, unknown.Line, $"{where}: '{unknown.Language}' is not a language FactCheck reads ({codes})")
            : null;
}
