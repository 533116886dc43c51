using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Rules;

namespace FactCheck.Mentions;

/// <summary>The speech verbs and speaker words of one language, from the shipped data file <c>Mentions/Data/speech.yml</c>.</summary>
internal sealed class SpeechLexicon
{
    private static readonly string[] Languages = ["en", "fr"];
    private static readonly FrozenDictionary<string, SpeechLexicon> ByLanguage = Load();

    private SpeechLexicon(string language, YamlDotNet.RepresentationModel.YamlNode node)
    {
        Language = language;
        var verbs = node.Strings("verbs").ToList();
        var quoteVerbs = node.Strings("quote-verbs").ToList();
        QuoteOnlyVerbs = quoteVerbs.ToFrozenSet(StringComparer.Ordinal);
        Participles = verbs.Where(v => language == "fr" && (v.EndsWith('é') || v is "admis" or "reconnu" or "averti" or "prévenu" or "répondu" or "poursuivi" or "conclu"))
            .ToFrozenSet(StringComparer.Ordinal);
        // One scan finds every cue in a block: the regex starts on a literal, so the search is vectorized.
        Cues = new Regex($@"(?<![\p{{L}}\p{{M}}'’\-])(?:{Alternation([.. verbs, .. quoteVerbs, .. node.Strings("according")])})(?![\p{{L}}\p{{M}}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        According = node.Strings("according").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Auxiliaries = node.Strings("auxiliaries").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Adverbs = node.Strings("adverbs").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Pronouns = node.Strings("pronouns").ToFrozenSet(StringComparer.Ordinal);
        Anonymous = node.Strings("anonymous").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Others = node.Strings("others").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Skip = node.Strings("skip").ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>"en" or "fr".</summary>
    public string Language { get; }

    /// <summary>Every speech verb, quote-only verb and "according to" word of the language.</summary>
    public Regex Cues { get; }

    /// <summary>Verb forms that are speech verbs only next to a quotation.</summary>
    public FrozenSet<string> QuoteOnlyVerbs { get; }

    /// <summary>French participles: speech verbs only after an auxiliary.</summary>
    public FrozenSet<string> Participles { get; }

    /// <summary>Words that put the speaker after them (apostrophes straight).</summary>
    public FrozenSet<string> According { get; }

    /// <summary>Auxiliaries before a participle, inverted ones included ("a-t-il").</summary>
    public FrozenSet<string> Auxiliaries { get; }

    /// <summary>Words allowed between a speaker and the verb, or between an auxiliary and its participle.</summary>
    public FrozenSet<string> Adverbs { get; }

    /// <summary>Pronouns that stand for a speaker named before.</summary>
    public FrozenSet<string> Pronouns { get; }

    /// <summary>Nouns that make an unnamed speaker an anonymous source.</summary>
    public FrozenSet<string> Anonymous { get; }

    /// <summary>Words that stand for unnamed others ("others", "d'autres"), apostrophes straight.</summary>
    public FrozenSet<string> Others { get; }

    /// <summary>Conjunctions that may open the words before a speaker without being part of it.</summary>
    public FrozenSet<string> Skip { get; }

    /// <summary>The lexicon of <paramref name="language"/>; English for a language without one.</summary>
    public static SpeechLexicon For(string language) => ByLanguage.GetValueOrDefault(language) ?? ByLanguage["en"];

    /// <summary>The word with typographic apostrophes made straight, so both spellings look alike.</summary>
    public static string Apostrophes(string word) => word.Replace('’', '\'');

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal).Replace("’", "['’]", StringComparison.Ordinal)));

    private static FrozenDictionary<string, SpeechLexicon> Load()
    {
        var root = EmbeddedData.Load("Mentions/Data/speech.yml");
        return Languages.ToFrozenDictionary(l => l, l => new SpeechLexicon(l, root.Child(l)!), StringComparer.Ordinal);
    }
}
