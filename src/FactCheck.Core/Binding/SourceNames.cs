using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Sources;

namespace FactCheck.Binding;

/// <summary>
/// The names one source writes, read only when a speaker needs them: the full name behind a surname ("Stoltenberg" is
/// "Jens Stoltenberg") and the person a source names with an office's title ("Secretary General Jens Stoltenberg").
/// </summary>
internal sealed class SourceNames(SourceDocument source, SpeakerDirectory directory)
{
    private const string NamePattern = @"\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,3}";

    private static readonly Regex NameAfter = new($@"\G[\s,]*(?<name>{NamePattern})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex NameBefore = new($@"(?<name>{NamePattern})\s*,\s*(?:the\s+|le\s+|la\s+|l['’])?\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "But", "And", "In", "For", "After", "Before", "When", "If", "As", "While", "According", "Le", "La", "Les", "Un", "Une",
        "Selon", "Mais", "Et", "En", "Pour", "Après", "Avant", "Quand", "Si", "Comme", "Pendant", "Depuis", "Des", "Du", "De", "Avec");

    private readonly string prose = string.Join("\n", source.ProseBlocks.Select(b => b.Text));
    private readonly Dictionary<string, string?> fullNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> people = new(StringComparer.Ordinal);

    /// <summary>The fullest name the source writes ending (or starting) with <paramref name="word"/>, or null.</summary>
    public string? FullNameOf(string word)
    {
        if (fullNames.TryGetValue(word, out var known)) return known;
        string? found = null;
        foreach (Match m in Regex.Matches(prose, $@"(?<![\p{{L}}])(?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+\s+){{1,2}}{Regex.Escape(word)}(?![\p{{L}}\p{{M}}])", RegexOptions.CultureInvariant))
        {
            var words = directory.WithoutTitles(Regex.Replace(m.Value, @"\s+", " ")).Split(' ').SkipWhile(NotNames.Contains).ToArray();
            if (words.Length >= 2) { found = string.Join(' ', words); break; }
        }
        return fullNames[word] = found;
    }

    /// <summary>The person the source names with a title of office <paramref name="role"/>, or null.</summary>
    public string? PersonWith(string role)
    {
        if (people.TryGetValue(role, out var known)) return known;
        string? found = null;
        foreach (var (start, end, id) in directory.RolesIn(prose))
        {
            if (id != role) continue;
            var after = NameAfter.Match(prose, end);
            var before = NameBefore.Match(prose[Math.Max(0, start - 80)..start]);
            var name = after.Success ? after.Groups["name"].Value : before.Success ? before.Groups["name"].Value : null;
            if (name is not null && !NotNames.Contains(name.Split(' ')[0])) { found = Regex.Replace(name, @"\s+", " "); break; }
        }
        return people[role] = found;
    }
}
