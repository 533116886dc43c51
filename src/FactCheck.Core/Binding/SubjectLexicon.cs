using System.Collections.Frozen;
using System.Text;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Binding;

/// <summary>
/// The bilingual words that name the subjects of claims, and the kinds of figure each subject takes, loaded from
/// <c>Binding/Data/subjects.yml</c>. A sentence is read word by word (a word is a run of letters, so "l’inflation" holds
/// "inflation"); a word that starts a longer term ("interest" of "interest rate") tries it first, so the longest term wins.
/// </summary>
public sealed class SubjectLexicon
{
    private static readonly FrozenSet<MentionKind> MoneyOnly = FrozenSet.Create(MentionKind.Money);

    private readonly FrozenDictionary<string, string> subjectOfTerm;
    private readonly FrozenDictionary<string, FrozenSet<MentionKind>> kindsOf;
    private readonly FrozenSet<string> followers;
    private readonly FrozenSet<string> firstWords;
    private readonly int longestTerm;

    /// <summary>The lexicon shipped with the library.</summary>
    public static readonly SubjectLexicon Default = new(EmbeddedData.Load("Binding/Data/subjects.yml")
        .Items("subjects").Select(n => (n.Scalar("id")!, n.Strings("en").Concat(n.Strings("fr")),
            n.Strings("kinds").Select(k => Enum.Parse<MentionKind>(k, ignoreCase: true)), n.Scalar("after") == "true")));

    /// <summary>
    /// Builds a lexicon from subject ids, the words that name each one, the kinds of figure each one takes (money when none),
    /// and whether its words must follow the figure.
    /// </summary>
    public SubjectLexicon(IEnumerable<(string Id, IEnumerable<string> Terms, IEnumerable<MentionKind> Kinds, bool After)> subjects)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kinds = new Dictionary<string, FrozenSet<MentionKind>>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, words, takes, follows) in subjects)
        {
            if (follows) after.Add(id);
            foreach (var word in words) map[Normalize(word)] = id;
            var set = takes.ToFrozenSet();
            kinds[id] = set.Count == 0 ? MoneyOnly : set;
        }
        subjectOfTerm = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        kindsOf = kinds.ToFrozenDictionary(StringComparer.Ordinal);
        followers = after.ToFrozenSet(StringComparer.Ordinal);
        var multiWord = map.Keys.Where(k => WordCount(k) > 1).ToList();
        firstWords = multiWord.Select(k => k[..FirstWordLength(k)]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        longestTerm = multiWord.Count == 0 ? 1 : multiWord.Max(WordCount);
    }

    /// <summary>Every subject word in <paramref name="text"/>: where it stands and the subject it names.</summary>
    public IEnumerable<(int Start, int End, string Subject)> Find(string text)
    {
        var singles = subjectOfTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (starts.Contains(word) && Longest(text, start) is { } longer)
            {
                yield return longer;
                i = longer.End;
            }
            else if (singles.TryGetValue(word, out var subject))
                yield return (start, i, subject);
        }
    }

    /// <summary>True when <paramref name="subject"/> takes figures of <paramref name="kind"/> (a fund its amount and duration, a summit its date).</summary>
    public bool Takes(string subject, MentionKind kind) => kindsOf.TryGetValue(subject, out var set) && set.Contains(kind);

    /// <summary>True when the words of <paramref name="subject"/> name it only after the figure ("2% of GDP").</summary>
    public bool FollowsFigure(string subject) => followers.Contains(subject);

    /// <summary>The longest term of two words or more starting at <paramref name="start"/>, with words parted by spaces, an apostrophe or a hyphen.</summary>
    private (int Start, int End, string Subject)? Longest(string text, int start)
    {
        var ends = new List<int>();
        var i = start;
        for (var words = 0; words < longestTerm && i < text.Length; words++)
        {
            if (words > 0)
            {
                var gap = i;
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '\'' or '’' or '-')) i++;
                if (i == gap || i - gap > 3 || i >= text.Length || !char.IsLetter(text[i])) break;
            }
            while (i < text.Length && char.IsLetter(text[i])) i++;
            ends.Add(i);
        }
        for (var n = ends.Count - 1; n >= 1; n--)
            if (subjectOfTerm.TryGetValue(Normalize(text[start..ends[n]]), out var subject)) return (start, ends[n], subject);
        return null;
    }

    private static int WordCount(string term) => term.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static int FirstWordLength(string term)
    {
        var i = 0;
        while (i < term.Length && char.IsLetter(term[i])) i++;
        return i;
    }

    private static string Normalize(string term)
    {
        var builder = new StringBuilder(term.Length);
        foreach (var c in term.Trim())
        {
            var plain = c == '’' ? '\'' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (plain != ' ' || builder.Length == 0 || builder[^1] != ' ') builder.Append(plain);
        }
        return builder.ToString();
    }
}
