using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Rules;

namespace FactCheck.Binding;

/// <summary>The bilingual words that name the subjects of claims, loaded from <c>Binding/Data/subjects.yml</c>.</summary>
public sealed class SubjectLexicon
{
    private readonly FrozenDictionary<string, string> subjectOfTerm;
    private readonly Regex terms;

    /// <summary>The lexicon shipped with the library.</summary>
    public static readonly SubjectLexicon Default = Read(EmbeddedData.Load("Binding/Data/subjects.yml"));

    /// <summary>The lexicon of a data file's <c>subjects</c> list (id, en, fr).</summary>
    internal static SubjectLexicon Read(YamlDotNet.RepresentationModel.YamlNode root) =>
        new(root.Items("subjects").Select(n => (n.Scalar("id")!, n.Strings("en").Concat(n.Strings("fr")))));

    /// <summary>Builds a lexicon from subject ids and the words that name each one.</summary>
    public SubjectLexicon(IEnumerable<(string Id, IEnumerable<string> Terms)> subjects)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, words) in subjects)
            foreach (var word in words) map[Normalize(word)] = id;
        subjectOfTerm = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var alternation = string.Join('|', map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => Regex.Escape(k).Replace("'", "['’]", StringComparison.Ordinal).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal)));
        terms = new Regex($@"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Every subject word in <paramref name="text"/>: where it stands and the subject it names.</summary>
    public IEnumerable<(int Start, int End, string Subject)> Find(string text)
    {
        foreach (Match match in terms.Matches(text))
            yield return (match.Index, match.Index + match.Length, subjectOfTerm[Normalize(match.Value)]);
    }

    private static string Normalize(string term) => Regex.Replace(term.Replace('’', '\'').ToLowerInvariant(), @"[\s\u00A0]+", " ").Trim();
}
