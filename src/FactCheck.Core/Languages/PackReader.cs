using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Languages;

/// <summary>
/// Reads a language pack's YAML with the reader of factcheck.yml: an unknown key, a value of the wrong shape or a
/// meaning that is not one is an error naming the file and the line, for the shipped packs as for a user's.
/// </summary>
internal static partial class PackReader
{
    private static readonly string[] Keys = ["code", "name", "recognizer", "stemmer", "decimal-mark", "months", "weekdays", "numbers", "scales", "words"];

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    /// <summary>
    /// The pack in <paramref name="yaml"/>, or the first mistake in it. <paramref name="file"/> is the path errors name;
    /// <paramref name="shipped"/> for a pack FactCheck ships (<see cref="YamlText.ParseShipped"/>).
    /// </summary>
    public static (LanguagePack? Pack, UserError? Error) Read(string file, string yaml, bool shipped = false)
    {
        var (root, error) = shipped ? YamlText.ParseShipped(file, yaml) : YamlText.Parse(file, yaml, 1, "");
        if (error is not null) return (null, error);
        var nodes = new ConfigNodes(file);
        if (root is null || nodes.Mapping(root, "", Keys) is not { } map)
            return (null, nodes.Error ?? new UserError(file, 1, "a language pack is a mapping with code, name and its word lists"));
        var code = nodes.Text(nodes.Required(map, "code", ""), "code");
        if (code is not null && !CodePattern().IsMatch(code)) nodes.Fail(ConfigNodes.Get(map, "code")!, $"code '{code}' is not an ISO 639-1 code such as de");
        var name = nodes.Text(nodes.Required(map, "name", ""), "name");
        var recognizer = nodes.Text(ConfigNodes.Get(map, "recognizer"), "recognizer");
        var stemmer = nodes.Text(ConfigNodes.Get(map, "stemmer"), "stemmer");
        var markNode = nodes.Required(map, "decimal-mark", "");
        var mark = nodes.Text(markNode, "decimal-mark");
        if (mark is not null and not ("." or ",")) nodes.Fail(markNode!, $"decimal-mark '{mark}' is not . or ,");
        var months = Meanings<int>(nodes, map, "months", text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null, "a month from 1 to 12");
        var weekdays = Meanings<DayOfWeek>(nodes, map, "weekdays", text => Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var d) && !int.TryParse(text, out _) ? d : null, "a weekday (monday ... sunday)");
        var numbers = Meanings<decimal>(nodes, map, "numbers", Number, "a number such as 8 or 0.5");
        var scales = Meanings<decimal>(nodes, map, "scales", Number, "a multiplier such as 1e9");
        var lists = Lists(nodes, ConfigNodes.Get(map, "words"));
        if (nodes.Error is { } mistake) return (null, mistake);
        return (new LanguagePack(new PackData(code!, name!, file, recognizer, stemmer, mark![0], months, weekdays, numbers, scales, lists)), null);
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    /// <summary>A mapping of words to meanings, each meaning read by <paramref name="parse"/>.</summary>
    private static FrozenDictionary<string, T> Meanings<T>(ConfigNodes nodes, YamlMappingNode map, string key, Func<string, T?> parse, string expected) where T : struct
    {
        var meanings = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        if (ConfigNodes.Get(map, key) is not { } node) return meanings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        if (node is not YamlMappingNode words)
        {
            nodes.Fail(node, $"{key} must be a mapping of words to what they mean (word: meaning)");
            return meanings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }
        foreach (var (wordNode, valueNode) in words.Children)
        {
            var word = nodes.Text(wordNode, key);
            var text = nodes.Text(valueNode, $"{key}.{word}");
            if (word is null || text is null) continue;
            if (parse(text) is { } value) meanings[word] = value;
            else nodes.Fail(valueNode, $"{key}.{word} '{text}' is not {expected}");
        }
        return meanings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The named word lists: each a list of words, or a mapping of words to what they mean.</summary>
    private static FrozenDictionary<string, ImmutableArray<WordEntry>> Lists(ConfigNodes nodes, YamlNode? section)
    {
        var lists = new Dictionary<string, ImmutableArray<WordEntry>>(StringComparer.Ordinal);
        if (section is null) return lists.ToFrozenDictionary(StringComparer.Ordinal);
        if (section is not YamlMappingNode map)
        {
            nodes.Fail(section, "words must be a mapping of list names to lists (name: [word, word])");
            return lists.ToFrozenDictionary(StringComparer.Ordinal);
        }
        foreach (var (nameNode, value) in map.Children)
        {
            var name = nodes.Text(nameNode, "words");
            if (name is null) continue;
            var where = "words." + name;
            if (value is YamlMappingNode meanings)
                lists[name] = [.. meanings.Children.Select(c => new WordEntry(nodes.Text(c.Key, where) ?? "", nodes.Text(c.Value, $"{where}.{c.Key}"), (int)c.Key.Start.Line))];
            else
                lists[name] = [.. nodes.Items(value, where).Select(item => new WordEntry(nodes.Text(item.Node, item.Where) ?? "", null, (int)item.Node.Start.Line))];
        }
        return lists.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
