using System.Collections.Frozen;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Mentions;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Binding;

/// <summary>
/// The bilingual words that name the subjects of claims, and the kinds of figure each subject takes, loaded from
/// <c>Binding/Data/subjects.yml</c>. A sentence is read word by word (a word is a run of letters, so "l’inflation" holds
/// "inflation"); a word that starts a longer term ("interest" of "interest rate") tries it first, so the longest term wins.
/// The <c>subjects</c> of a factcheck.yml extend it (<see cref="Build"/>): an id already known gains the words, a word names
/// the subject declared last, and a subject that declares attributes takes the kinds of those attributes, under their names.
/// </summary>
public sealed class SubjectLexicon
{
    private static readonly FrozenSet<ClaimKind> MoneyOnly = FrozenSet.Create(ClaimKind.Money);

    private readonly FrozenDictionary<string, string> subjectOfTerm;
    private readonly FrozenDictionary<string, FrozenSet<ClaimKind>> kindsOf;
    private readonly FrozenSet<string> followers;
    private readonly FrozenSet<string> firstWords;
    private readonly int longestTerm;

    /// <summary>
    /// The (length, first letter, last letter) of every term and first word: most words of a sentence have a shape no term
    /// has and are passed over without their two case-ignoring look-ups, which hashed every word of every sentence with a
    /// figure twice (the subject and place binders' <see cref="Find(string, List{ValueTuple{int, int, string}})"/>, 0.8 % of a
    /// check's samples, perf of 96a7342, AOT, bench corpus).
    /// </summary>
    private readonly WordShapes shapes;

    private static readonly List<(string Id, IEnumerable<string> Terms, IEnumerable<ClaimKind> Kinds, bool After)> BuiltIn =
        EmbeddedData.Read<List<(string, IEnumerable<string>, IEnumerable<ClaimKind>, bool)>>("Binding/Data/subjects.yml", (nodes, root) => [.. Entries(nodes, root, ["kinds", "after"]).Select(e =>
        {
            var kinds = nodes.Words(ConfigNodes.Get(e.Map, "kinds"), e.Where + ".kinds");
            foreach (var kind in kinds.Where(k => !ClaimKind.BuiltIn.Any(b => b.Name == k)))
                nodes.Fail(e.Map, $"{e.Where}.kinds: '{kind}' is not a kind ({string.Join(", ", ClaimKind.BuiltIn)})");
            var after = nodes.Text(ConfigNodes.Get(e.Map, "after"), e.Where + ".after");
            if (after is not (null or "true" or "false")) nodes.Fail(e.Map, $"{e.Where}.after must be true or false");
            return (e.Id, e.Terms, (IEnumerable<ClaimKind>)[.. ClaimKind.BuiltIn.Where(b => kinds.Contains(b.Name))], after == "true");
        })]);

    private FrozenDictionary<(string Subject, ClaimKind Kind), string> attributeNames = FrozenDictionary<(string, ClaimKind), string>.Empty;

    /// <summary>The lexicon shipped with the library.</summary>
    public static readonly SubjectLexicon Default = new(BuiltIn);

    /// <summary>
    /// The entries of a shipped file's <c>subjects</c> list (<c>Binding/Data/subjects.yml</c>, <c>Kinds/Place/locations.yml</c>):
    /// each id, its words in every language (keys are codes of the shipped packs), and the entry with its other
    /// <paramref name="keys"/>, read strictly.
    /// </summary>
    internal static List<(string Id, IEnumerable<string> Terms, YamlMappingNode Map, string Where)> Entries(ConfigNodes nodes, YamlNode root, string[] keys)
    {
        var entries = new List<(string, IEnumerable<string>, YamlMappingNode, string)>();
        var map = nodes.Mapping(root, "", "subjects");
        foreach (var (node, where) in nodes.Items(map is null ? null : ConfigNodes.Get(map, "subjects"), "subjects"))
        {
            if (NamesByLanguage.Read(nodes, node, where, ["id", .. keys], code => LanguagePacks.BuiltIn[code] is not null) is not ({ } entry, var names)) continue;
            if (nodes.Text(nodes.Required(entry, "id", where), where + ".id") is { } id) entries.Add((id, names.SelectMany(n => n.Words), entry, where));
        }
        return entries;
    }

    /// <summary>
    /// The shipped lexicon extended by <paramref name="config"/>'s subjects (the shipped instance itself when it declares
    /// none). <paramref name="kindNamed"/> gives the kind an attribute names; the stages checked every name before.
    /// </summary>
    public static SubjectLexicon Build(FactCheckConfig config, Func<string, ClaimKind> kindNamed)
    {
        if (config.Subjects.IsEmpty) return Default;
        var known = BuiltIn.ToDictionary(s => s.Id, s => s.Kinds, StringComparer.Ordinal);
        var names = new Dictionary<(string, ClaimKind), string>();
        var added = new List<(string Id, IEnumerable<string> Terms, IEnumerable<ClaimKind> Kinds, bool After)>();
        foreach (var subject in config.Subjects)
        {
            var kinds = subject.Attributes.Select(a => kindNamed(a.Kind)).ToList();
            foreach (var attribute in subject.Attributes) names[(subject.Id, kindNamed(attribute.Kind))] = attribute.Name;
            // A known id that declares no attributes keeps the kinds it takes; a new one takes money, as the built-in default.
            added.Add((subject.Id, subject.Names.SelectMany(n => n.Words), kinds.Count > 0 ? kinds : known.GetValueOrDefault(subject.Id) ?? [], false));
            known[subject.Id] = kinds.Count > 0 ? kinds : known.GetValueOrDefault(subject.Id) ?? [];
        }
        // An id listed again (built-in then user) adds its words: the earlier entries' words stay, the kinds are the last entry's.
        return new SubjectLexicon([.. BuiltIn.Select(b => (b.Id, b.Terms, known[b.Id], b.After)), .. added]) { attributeNames = names.ToFrozenDictionary() };
    }

    /// <summary>
    /// The name of the attribute a claim of <paramref name="kind"/> states about <paramref name="subject"/>: the configuration's,
    /// or the kind's own, <paramref name="byDefault"/> ("amount", "count", "date").
    /// </summary>
    public string AttributeName(string subject, ClaimKind kind, string byDefault) =>
        attributeNames.TryGetValue((subject, kind), out var name) ? name : byDefault;

    /// <summary>
    /// Builds a lexicon from subject ids, the words that name each one, the kinds of figure each one takes (money when none),
    /// and whether its words must follow the figure.
    /// </summary>
    public SubjectLexicon(IEnumerable<(string Id, IEnumerable<string> Terms, IEnumerable<ClaimKind> Kinds, bool After)> subjects)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kinds = new Dictionary<string, FrozenSet<ClaimKind>>(StringComparer.Ordinal);
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
        shapes = new WordShapes(map.Keys.Concat(firstWords), ignoreCase: true, lastLetters: true);
    }

    /// <summary>Every subject word in <paramref name="text"/>: where it stands and the subject it names.</summary>
    public IEnumerable<(int Start, int End, string Subject)> Find(string text)
    {
        var found = new List<(int Start, int End, string Subject)>();
        Find(text, found);
        return found;
    }

    /// <summary>
    /// Adds every subject word in <paramref name="text"/> to <paramref name="found"/>, in order: a binder fills one list
    /// sentence after sentence (an iterator and a list a sentence were 70 MB of the 30 MB file of issue 11).
    /// </summary>
    public void Find(string text, List<(int Start, int End, string Subject)> found)
    {
        var singles = subjectOfTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var resumeAt = 0;
        // The runs found 64 characters at a time, and kept for the place binder's key words, which read the same sentence next.
        foreach (var (start, end) in SentenceRuns.Of(text))
        {
            if (start < resumeAt) continue; // inside a longer term already found
            var word = text.AsSpan(start, end - start);
            if (!shapes.MayHold(word)) continue;
            if (starts.Contains(word) && Longest(text, start) is { } longer)
            {
                found.Add(longer);
                resumeAt = longer.End;
            }
            else if (singles.TryGetValue(word, out var subject))
                found.Add((start, end, subject));
        }
    }

    /// <summary>True when <paramref name="subject"/> takes figures of <paramref name="kind"/> (a fund its amount and duration, a summit its date).</summary>
    public bool Takes(string subject, ClaimKind kind) => kindsOf.TryGetValue(subject, out var set) && set.Contains(kind);

    /// <summary>True when the words of <paramref name="subject"/> name it only after the figure ("2% of GDP").</summary>
    public bool FollowsFigure(string subject) => followers.Contains(subject);

    /// <summary>The longest term of two words or more starting at <paramref name="start"/>, with words parted by spaces, an apostrophe or a hyphen.</summary>
    private (int Start, int End, string Subject)? Longest(string text, int start)
    {
        // The ends of the words are few (longestTerm) and each candidate is looked up by its normalized characters, so
        // nothing is allocated for the words of every sentence that start a term but make none.
        Span<int> ends = stackalloc int[longestTerm];
        var count = 0;
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
            ends[count++] = i;
        }
        if (count < 2) return null;
        var terms = subjectOfTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        var length = ends[count - 1] - start;
        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        for (var n = count - 1; n >= 1; n--)
            if (terms.TryGetValue(Normalize(text.AsSpan(start, ends[n] - start), buffer), out var subject)) return (start, ends[n], subject);
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
        var buffer = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        return new string(Normalize(term, buffer));
    }

    /// <summary>The term trimmed, in lower case, with a straight apostrophe and single spaces, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> term, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in term.Trim())
        {
            var plain = c == '’' ? '\'' : char.IsWhiteSpace(c) ? ' ' : Casing.ToLower(c);
            if (plain != ' ' || length == 0 || buffer[length - 1] != ' ') buffer[length++] = plain;
        }
        return buffer[..length];
    }
}
