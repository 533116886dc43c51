using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Attribution;

/// <summary>Offices, organizations and titles, from the shipped data file <c>Kinds/Attribution/speakers.yml</c>.</summary>
public sealed class SpeakerDirectory
{
    private readonly FrozenDictionary<string, (string Id, string Name)> roleOfTerm;
    private readonly FrozenDictionary<string, string> organizationOfName;
    private readonly FrozenSet<string> titles;
    private readonly FrozenSet<string> titleWords;
    private readonly Regex roleTerms;

    /// <summary>The directory shipped with the library.</summary>
    public static readonly SpeakerDirectory Default = new();

    private SpeakerDirectory()
    {
        var root = EmbeddedData.Load("Kinds/Attribution/speakers.yml");
        roleOfTerm = root.Items("roles")
            .SelectMany(r => r.Strings("terms").Select(t => (Term: t, Role: (r.Scalar("id")!, r.Scalar("name")!))))
            .ToFrozenDictionary(x => x.Term, x => x.Role, StringComparer.OrdinalIgnoreCase);
        organizationOfName = root.Items("organizations")
            .SelectMany(o => o.Strings("names").Select(n => (Name: Key(n), Id: o.Scalar("id")!)))
            .ToFrozenDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);
        titles = root.Strings("titles").ToFrozenSet(StringComparer.Ordinal);
        titleWords = root.Strings("title-words").ToFrozenSet(StringComparer.Ordinal);
        var alternation = string.Join('|', roleOfTerm.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => Regex.Escape(k).Replace("'", "['’]", StringComparison.Ordinal).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal)));
        roleTerms = new Regex($@"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant); // rarely run: not worth compiling
    }

    /// <summary>The office a description names as a whole ("le chef de l'alliance", "NATO Secretary General"), or null.</summary>
    public (string Id, string Name)? RoleOf(string description)
    {
        var key = Key(description);
        foreach (var determiner in Determiners)
            if (key.StartsWith(determiner, StringComparison.Ordinal)) key = key[determiner.Length..].TrimStart();
        return roleOfTerm.TryGetValue(key, out var role) ? role : null;
    }

    /// <summary>Every role title in <paramref name="text"/>, where it ends and the office it names.</summary>
    public IEnumerable<(int Start, int End, string Id)> RolesIn(string text)
    {
        foreach (Match m in roleTerms.Matches(text)) yield return (m.Index, m.Index + m.Length, roleOfTerm[Key(m.Value)].Id);
    }

    /// <summary>The organization a name stands for in either language ("l'OTAN" is NATO), or null.</summary>
    public string? OrganizationOf(string name) => organizationOfName.GetValueOrDefault(Key(name));

    /// <summary>
    /// "Secretary General Jens Stoltenberg" is "Jens Stoltenberg": leading words off when they end on a title and a name is
    /// left; "Health and Rehabilitation Properties" and "General Motors Corp" stay as they are.
    /// </summary>
    public string WithoutTitles(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = 0;
        for (var i = 0; i < words.Length - 1 && (titles.Contains(words[i]) || titleWords.Contains(words[i])); i++)
            if (titles.Contains(words[i])) cut = i + 1;
        // "General Motors Corp": a title word followed by a company's name is the company's name.
        if (cut > 0 && words.Length - cut >= 2 && Company.Contains(words[^1])) cut = 0;
        return string.Join(' ', words[cut..]);
    }

    /// <summary>Whether every word of <paramref name="name"/> is a title ("Treasury Secretary"): an office, not a name.</summary>
    public bool IsOnlyTitles(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => titles.Contains(w) || titleWords.Contains(w));

    private static readonly FrozenSet<string> Company = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "SA", "AG", "NV", "LLC", "Group", "Bank", "Corporation");

    private static readonly string[] Determiners = ["the ", "les ", "le ", "la ", "l'"];

    /// <summary>Lower case, straight apostrophes, single spaces.</summary>
    private static string Key(string text)
    {
        var key = text.Replace('’', '\'').ToLowerInvariant().Trim();
        return key.AsSpan().ContainsAny("\u00A0\n\t  ") || key.Contains("  ", StringComparison.Ordinal) ? Regex.Replace(key, @"[\s\u00A0]+", " ") : key;
    }
}
