using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Binding;

/// <summary>The bilingual words that name the subjects of claims, and the kinds of figure each subject takes, loaded from <c>Binding/Data/subjects.yml</c>.</summary>
public sealed class SubjectLexicon
{
    private static readonly FrozenSet<MentionKind> MoneyOnly = FrozenSet.Create(MentionKind.Money);

    private readonly FrozenDictionary<string, string> subjectOfTerm;
    private readonly FrozenDictionary<string, FrozenSet<MentionKind>> kindsOf;
    private readonly Regex terms;

    /// <summary>The lexicon shipped with the library.</summary>
    public static readonly SubjectLexicon Default = new(EmbeddedData.Load("Binding/Data/subjects.yml")
        .Items("subjects").Select(n => (n.Scalar("id")!, n.Strings("en").Concat(n.Strings("fr")),
            n.Strings("kinds").Select(k => Enum.Parse<MentionKind>(k, ignoreCase: true)))));

    /// <summary>Builds a lexicon from subject ids, the words that name each one, and the kinds of figure each one takes (money when none).</summary>
    public SubjectLexicon(IEnumerable<(string Id, IEnumerable<string> Terms, IEnumerable<MentionKind> Kinds)> subjects)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kinds = new Dictionary<string, FrozenSet<MentionKind>>(StringComparer.Ordinal);
        foreach (var (id, words, takes) in subjects)
        {
            foreach (var word in words) map[Normalize(word)] = id;
            var set = takes.ToFrozenSet();
            kinds[id] = set.Count == 0 ? MoneyOnly : set;
        }
        subjectOfTerm = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        kindsOf = kinds.ToFrozenDictionary(StringComparer.Ordinal);
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

    /// <summary>True when <paramref name="subject"/> takes figures of <paramref name="kind"/> (a fund its amount and duration, a summit its date).</summary>
    public bool Takes(string subject, MentionKind kind) => kindsOf.TryGetValue(subject, out var set) && set.Contains(kind);

    private static string Normalize(string term) => Regex.Replace(term.Replace('’', '\'').ToLowerInvariant(), @"[\s\u00A0]+", " ").Trim();
}
