using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactCheck.Configuration;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Binding;

/// <summary>
/// The bilingual words that name the subjects of claims: <c>Binding/Data/subjects.yml</c>, extended by the <c>subjects</c>
/// of a factcheck.yml (same format; an id already known gains the new words, and a word names the subject declared last).
/// </summary>
public sealed class SubjectLexicon
{
    private const string BuiltInFile = "Binding/Data/subjects.yml";

    private readonly FrozenDictionary<string, string> subjectOfTerm;
    private readonly FrozenDictionary<string, ImmutableArray<AttributeConfig>> attributes;
    private readonly Regex terms;

    /// <summary>The lexicon shipped with the library.</summary>
    public static readonly SubjectLexicon Default = new(BuiltInSubjects());

    /// <summary>The lexicon of a data file's <c>subjects</c> list (id, en, fr), such as <c>Binding/Data/locations.yml</c>.</summary>
    internal static SubjectLexicon Read(YamlDotNet.RepresentationModel.YamlNode root) =>
        new(root.Items("subjects").Select(n => new SubjectConfig(n.Scalar("id")!, [.. n.Strings("en")], [.. n.Strings("fr")], [])));

    /// <summary>Builds a lexicon from subjects, in order: a later entry with a known id adds to it, and a word goes to the last subject naming it.</summary>
    public SubjectLexicon(IEnumerable<SubjectConfig> subjects)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var declared = new Dictionary<string, Dictionary<AttributeKind, AttributeConfig>>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            foreach (var word in subject.English.Concat(subject.French)) map[Normalize(word)] = subject.Id;
            var own = declared.TryGetValue(subject.Id, out var known) ? known : declared[subject.Id] = [];
            foreach (var attribute in subject.Attributes) own[attribute.Kind] = attribute;
        }
        subjectOfTerm = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        attributes = declared.ToFrozenDictionary(p => p.Key, p => p.Value.Values.ToImmutableArray(), StringComparer.Ordinal);
        var alternation = string.Join('|', map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => Regex.Escape(k).Replace("'", "['’]", StringComparison.Ordinal).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal)));
        terms = new Regex($@"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The shipped lexicon extended by <paramref name="config"/>'s subjects (the shipped instance itself when it declares none).</summary>
    public static SubjectLexicon Build(FactCheckConfig config) =>
        config.Subjects.IsEmpty ? Default : new SubjectLexicon(BuiltInSubjects().Concat(config.Subjects));

    /// <summary>Every subject word in <paramref name="text"/>: where it stands and the subject it names.</summary>
    public IEnumerable<(int Start, int End, string Subject)> Find(string text)
    {
        foreach (Match match in terms.Matches(text))
            yield return (match.Index, match.Index + match.Length, subjectOfTerm[Normalize(match.Value)]);
    }

    /// <summary>
    /// The attribute a claim of <paramref name="kind"/> states about <paramref name="subject"/>: its declared attribute of that
    /// kind, or null when the subject declares attributes and none of that kind; a subject that declares none takes every
    /// kind under its default name (money: "amount").
    /// </summary>
    public string? AttributeOf(string subject, MentionKind kind)
    {
        if (!attributes.TryGetValue(subject, out var declared) || declared.IsEmpty)
            return kind == MentionKind.Money ? "amount" : kind.ToString().ToLowerInvariant();
        return declared.FirstOrDefault(a => a.Kind.ToString() == kind.ToString())?.Name;
    }

    private static ImmutableArray<SubjectConfig> BuiltInSubjects()
    {
        var (config, error) = ConfigReader.Read(BuiltInFile, "", EmbeddedData.Text(BuiltInFile));
        return config?.Subjects ?? throw new InvalidOperationException("The built-in lexicon is wrong: " + error);
    }

    private static string Normalize(string term) => Regex.Replace(term.Replace('’', '\'').ToLowerInvariant(), @"[\s\u00A0]+", " ").Trim();
}
