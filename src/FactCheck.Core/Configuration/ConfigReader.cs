using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Configuration;

/// <summary>
/// Reads and checks a factcheck.yml. Every mistake is a <see cref="UserError"/> naming the file, the line and the key
/// ("factcheck.yml:12: subjects[2].id is missing"); a key FactCheck does not know is a mistake too, so a typo is never
/// silently ignored. The built-in lexicon and rule files are read by the same code.
/// </summary>
public static partial class ConfigReader
{
    /// <summary>The name FactCheck looks for in the working directory and its parents.</summary>
    public const string FileName = "factcheck.yml";

    private static readonly string[] Sections = ["subjects", "places", "people", "rates", "sources", "ignore", "rules", "stories", "against"];

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();

    /// <summary>
    /// The configuration in <paramref name="yaml"/>. <paramref name="file"/> is the path errors name;
    /// <paramref name="folder"/> the full path of the folder its globs are relative to.
    /// </summary>
    public static (FactCheckConfig? Config, UserError? Error) Read(string file, string folder, string yaml)
    {
        var (root, error) = Parse(file, yaml);
        if (error is not null) return (null, error);
        var empty = FactCheckConfig.Empty with { File = file, Folder = folder };
        if (root is null) return (empty, null);
        var nodes = new ConfigNodes(file);
        if (nodes.Mapping(root, "", Sections) is not { } map) return (null, nodes.Error);
        var config = empty with
        {
            Subjects = LexiconSections.Subjects(nodes, ConfigNodes.Get(map, "subjects")),
            Places = LexiconSections.Places(nodes, ConfigNodes.Get(map, "places")),
            People = LexiconSections.People(nodes, ConfigNodes.Get(map, "people")),
            Rates = Rates(nodes, ConfigNodes.Get(map, "rates")),
            Sources = SourceGlobs(nodes, ConfigNodes.Get(map, "sources")),
            Ignore = [.. nodes.Items(ConfigNodes.Get(map, "ignore"), "ignore").Select(item => Glob(nodes, item.Node, item.Where)).OfType<Glob>()],
            Rules = RuleEntries(nodes, ConfigNodes.Get(map, "rules"), file),
            OneStory = OneStory(nodes, ConfigNodes.Get(map, "stories")),
            Against = [.. nodes.Items(ConfigNodes.Get(map, "against"), "against")
                .Select(item => nodes.Text(item.Node, item.Where)).OfType<string>().Select(path => Path.GetFullPath(path, folder))],
        };
        return nodes.Error is null ? (config, null) : (null, nodes.Error);
    }

    /// <summary>A rule file: the same keys as an entry of factcheck.yml's <c>rules</c> (<c>Rules/BuiltIn/&lt;id&gt;.yml</c>).</summary>
    public static (RuleSettings? Rule, UserError? Error) ReadRule(string id, string file, string yaml)
    {
        var (root, error) = Parse(file, yaml);
        if (error is not null) return (null, error);
        var nodes = new ConfigNodes(file);
        var rule = root is null ? new RuleSettings(id, file, 1, []) : Rule(nodes, id, root, id, file, 1);
        return nodes.Error is null ? (rule, null) : (null, nodes.Error);
    }

    private static (YamlNode? Root, UserError? Error) Parse(string file, string yaml)
    {
        var (root, error) = YamlText.Parse(file, yaml, 1, "");
        return (ConfigNodes.IsEmpty(root) ? null : root, error);
    }

    private static bool OneStory(ConfigNodes nodes, YamlNode? node)
    {
        var value = nodes.Text(node, "stories");
        if (value is not (null or "one" or "grouped")) nodes.Fail(node!, $"stories '{value}' is not one of grouped, one");
        return value == "one";
    }

    private static ImmutableArray<RateConfig> Rates(ConfigNodes nodes, YamlNode? section)
    {
        var rates = ImmutableArray.CreateBuilder<RateConfig>();
        foreach (var (node, where) in nodes.Items(section, "rates"))
        {
            if (nodes.Mapping(node, where, "currency", "year", "per-euro") is not { } map) continue;
            var currencyNode = nodes.Required(map, "currency", where);
            var currency = nodes.Text(currencyNode, where + ".currency");
            if (currency is not null && (!CurrencyPattern().IsMatch(currency) || currency == "EUR"))
                nodes.Fail(currencyNode!, $"{where}.currency '{currency}' is not the ISO 4217 code of a currency other than the euro (USD, NOK)");
            var year = Number(nodes, nodes.Required(map, "year", where), where + ".year", "a year such as 2024", v => v is >= 1900 and <= 2100 && v == Math.Floor(v));
            var perEuro = Number(nodes, nodes.Required(map, "per-euro", where), where + ".per-euro", "the units of the currency one euro buys (1.0824)", v => v > 0);
            if (currency is null || year is null || perEuro is null) continue;
            if (rates.Any(r => r.Currency == currency && r.Year == (int)year)) nodes.Fail(node, $"{where}: {currency} in {year} is declared twice");
            rates.Add(new RateConfig(currency, (int)year.Value, perEuro.Value));
        }
        return rates.ToImmutable();
    }

    private static ImmutableArray<SourceGlob> SourceGlobs(ConfigNodes nodes, YamlNode? section)
    {
        var entries = ImmutableArray.CreateBuilder<SourceGlob>();
        foreach (var (node, where) in nodes.Items(section, "sources"))
        {
            if (nodes.Mapping(node, where, "glob", "date", "language", "outlet", "role") is not { } map) continue;
            var glob = Glob(nodes, nodes.Required(map, "glob", where), where + ".glob");
            var dateNode = ConfigNodes.Get(map, "date");
            var dateText = nodes.Text(dateNode, where + ".date");
            var date = dateText is null ? null : SourceDate.TryParse(dateText, DateOrigin.Declared);
            if (dateText is not null && date is null) nodes.Fail(dateNode!, $"{where}.date '{dateText}' is not an ISO 8601 date (2024-04-02, 2024-04 or 2024)");
            var languageNode = ConfigNodes.Get(map, "language");
            var language = nodes.Text(languageNode, where + ".language")?.ToLowerInvariant();
            var outlet = nodes.Text(ConfigNodes.Get(map, "outlet"), where + ".outlet");
            var roleNode = ConfigNodes.Get(map, "role");
            var roleText = nodes.Text(roleNode, where + ".role");
            SourceRole? role = roleText switch { "reference" => SourceRole.Reference, "draft" => SourceRole.Draft, _ => null };
            if (roleText is not null && role is null) nodes.Fail(roleNode!, $"{where}.role '{roleText}' is not one of reference, draft");
            var metadata = new SourceMetadata(date, language, outlet, role);
            if (map.Children.Count == 1 && glob is not null) nodes.Fail(node, $"{where} sets nothing (date, language, outlet, role)");
            if (glob is not null) entries.Add(new SourceGlob(glob, metadata) { Where = where, LanguageLine = (int)(languageNode ?? node).Start.Line });
        }
        return entries.ToImmutable();
    }

    private static ImmutableArray<RuleSettings> RuleEntries(ConfigNodes nodes, YamlNode? section, string file)
    {
        if (section is null) return [];
        if (section is not YamlMappingNode map)
        {
            nodes.Fail(section, "rules must be a mapping of rule ids to settings (figure-conflict: warning)");
            return [];
        }
        var rules = ImmutableArray.CreateBuilder<RuleSettings>();
        foreach (var (key, value) in map.Children)
        {
            var id = nodes.Text(key, "a rule id");
            if (id is null) continue;
            var rule = value is YamlScalarNode
                ? Shorthand(nodes, id, value, file) // "restatement-mismatch: off"
                : Rule(nodes, "rules." + id, value, id, file, (int)key.Start.Line);
            if (rule is not null) rules.Add(rule);
        }
        return rules.ToImmutable();
    }

    private static RuleSettings? Shorthand(ConfigNodes nodes, string id, YamlNode value, string file)
    {
        var level = Level(nodes, value, "rules." + id);
        return level is null ? null : new RuleSettings(id, file, (int)value.Start.Line, [new RuleSetting("level", level, [], (int)value.Start.Line)]);
    }

    private static RuleSettings? Rule(ConfigNodes nodes, string where, YamlNode node, string id, string file, int line)
    {
        if (node is not YamlMappingNode map)
        {
            nodes.Fail(node, $"{where} must be a level (error, warning, info, off) or a mapping of settings (level: warning)");
            return null;
        }
        var values = ImmutableArray.CreateBuilder<RuleSetting>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = nodes.Text(keyNode, where + " key");
            if (key is null) continue;
            var path = where + "." + key;
            var at = (int)valueNode.Start.Line;
            if (key == "level") { if (Level(nodes, valueNode, path) is { } level) values.Add(new RuleSetting(key, level, [], at)); }
            else if (valueNode is YamlSequenceNode) values.Add(new RuleSetting(key, null, nodes.Words(valueNode, path), at));
            else if (nodes.Text(valueNode, path) is { } text) values.Add(new RuleSetting(key, text, [], at));
        }
        return new RuleSettings(id, file, line, values.ToImmutable());
    }

    private static string? Level(ConfigNodes nodes, YamlNode node, string where)
    {
        var level = nodes.Text(node, where);
        if (level is null or "error" or "warning" or "info" or "off") return level;
        nodes.Fail(node, $"{where} '{level}' is not a level (error, warning, info, off)");
        return null;
    }

    private static Glob? Glob(ConfigNodes nodes, YamlNode? node, string where)
    {
        var pattern = nodes.Text(node, where);
        if (pattern is null) return null;
        var (glob, problem) = Configuration.Glob.Parse(pattern);
        if (problem is not null) nodes.Fail(node!, $"{where} '{pattern}' {problem}");
        return glob;
    }

    private static double? Number(ConfigNodes nodes, YamlNode? node, string where, string expected, Func<double, bool> valid)
    {
        var text = nodes.Text(node, where);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && valid(value)) return value;
        nodes.Fail(node!, $"{where} '{text}' is not {expected}");
        return null;
    }
}
