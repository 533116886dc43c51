using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Offices and organizations, from the shipped data file <c>Kinds/Attribution/speakers.yml</c>, named in every language
/// and matched in a text of any language; the titles written before a name are each language pack's.
/// </summary>
public sealed class SpeakerDirectory
{
    private readonly FrozenDictionary<string, (string Id, string Name)> roleOfTerm;
    private readonly FrozenDictionary<string, string> organizationOfName;
    private readonly FrozenSet<string> companyWords;
    private readonly Regex roleTerms;

    /// <summary>The directory shipped with the library.</summary>
    public static readonly SpeakerDirectory Default = EmbeddedData.Read("Kinds/Attribution/speakers.yml", (nodes, root) => new SpeakerDirectory(nodes, root));

    private SpeakerDirectory(ConfigNodes nodes, YamlDotNet.RepresentationModel.YamlNode root)
    {
        var map = nodes.Mapping(root, "", "roles", "organizations", "company-words", "company-endings");
        bool Known(string code) => LanguagePacks.BuiltIn[code] is not null;
        var roles = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, where) in nodes.Items(map is null ? null : ConfigNodes.Get(map, "roles"), "roles"))
        {
            if (NamesByLanguage.Read(nodes, node, where, ["id", "name"], Known) is not ({ } entry, var terms)) continue;
            var role = (nodes.Text(nodes.Required(entry, "id", where), where + ".id") ?? "", nodes.Text(nodes.Required(entry, "name", where), where + ".name") ?? "");
            foreach (var term in terms.SelectMany(t => t.Words)) roles.TryAdd(term, role);
        }
        var organizations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (node, where) in nodes.Items(map is null ? null : ConfigNodes.Get(map, "organizations"), "organizations"))
        {
            if (NamesByLanguage.Read(nodes, node, where, ["id"], Known) is not ({ } entry, var names)) continue;
            var id = nodes.Text(nodes.Required(entry, "id", where), where + ".id") ?? "";
            foreach (var name in names.SelectMany(n => n.Words)) organizations.TryAdd(Key(name), id);
        }
        roleOfTerm = roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        organizationOfName = organizations.ToFrozenDictionary(StringComparer.Ordinal);
        companyWords = nodes.Words(map is null ? null : ConfigNodes.Get(map, "company-words"), "company-words").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        CompanyEndings = nodes.Words(map is null ? null : ConfigNodes.Get(map, "company-endings"), "company-endings").ToFrozenSet(StringComparer.Ordinal);
        var alternation = string.Join('|', roleOfTerm.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => Regex.Escape(k).Replace("'", "['’]", StringComparison.Ordinal).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal)));
        roleTerms = new Regex($@"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant); // rarely run: not worth compiling
    }

    /// <summary>Endings left off a company's name when two names are compared ("Jefferies Group Inc" is "Jefferies Group").</summary>
    public FrozenSet<string> CompanyEndings { get; }

    /// <summary>The office a description names as a whole ("le chef de l'alliance", "NATO Secretary General"), its language's article left out, or null.</summary>
    public (string Id, string Name)? RoleOf(string description, LanguagePack language)
    {
        var key = Key(description);
        foreach (var article in Articles(language))
            if (key.StartsWith(article, StringComparison.Ordinal)) key = key[article.Length..].TrimStart();
        return roleOfTerm.TryGetValue(key, out var role) ? role : null;
    }

    /// <summary>Every role title in <paramref name="text"/>, where it ends and the office it names.</summary>
    public IEnumerable<(int Start, int End, string Id)> RolesIn(string text)
    {
        foreach (Match m in roleTerms.Matches(text)) yield return (m.Index, m.Index + m.Length, roleOfTerm[Key(m.Value)].Id);
    }

    /// <summary>The organization a name stands for in any language ("l'OTAN" is NATO), or null.</summary>
    public string? OrganizationOf(string name) => organizationOfName.GetValueOrDefault(Key(name));

    /// <summary>
    /// "Secretary General Jens Stoltenberg" is "Jens Stoltenberg": leading words off when they end on a title of
    /// <paramref name="language"/> and a name is left; "Health and Rehabilitation Properties" and "General Motors Corp" stay as they are.
    /// </summary>
    public string WithoutTitles(string name, LanguagePack language)
    {
        var (titles, titleWords) = Titles(language);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = 0;
        for (var i = 0; i < words.Length - 1 && (titles.Contains(words[i]) || titleWords.Contains(words[i])); i++)
            if (titles.Contains(words[i])) cut = i + 1;
        // "General Motors Corp": a title word followed by a company's name is the company's name.
        if (cut > 0 && words.Length - cut >= 2 && companyWords.Contains(words[^1])) cut = 0;
        return string.Join(' ', words[cut..]);
    }

    /// <summary>Whether every word of <paramref name="name"/> is a title of <paramref name="language"/> ("Treasury Secretary"): an office, not a name.</summary>
    public static bool IsOnlyTitles(string name, LanguagePack language)
    {
        var (titles, titleWords) = Titles(language);
        // The words read in place between the spaces and looked up by their characters: splitting the name into an array of
        // strings and asking All with a lambda was most of the binder's own share (perf of the bench corpus, AOT), for every
        // speaker written as a name.
        var (titleLookup, wordLookup) = (titles.GetAlternateLookup<ReadOnlySpan<char>>(), titleWords.GetAlternateLookup<ReadOnlySpan<char>>());
        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (!word.IsEmpty && !titleLookup.Contains(word) && !wordLookup.Contains(word)) return false;
        }
        return true;
    }

    private static (FrozenSet<string> Titles, FrozenSet<string> TitleWords) Titles(LanguagePack language) =>
        (language.Set("titles", ignoreCase: false), language.Set("title-words", ignoreCase: false));

    private static readonly object ArticlesKey = new();

    /// <summary>The language's articles as they open a key: "the ", "l'".</summary>
    private static List<string> Articles(LanguagePack language) =>
        language.Cached(ArticlesKey, static l => l.Words("articles")
            .Select(a => a.Replace('’', '\'')).Select(a => a.EndsWith('\'') ? a : a + " ").ToList());

    /// <summary>Lower case, straight apostrophes, single spaces.</summary>
    private static string Key(string text)
    {
        var key = text.Replace('’', '\'').ToLowerInvariant().Trim();
        return Spaces.Collapse(key);
    }
}
