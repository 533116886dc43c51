using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FactCheck.Rules;

namespace FactCheck.Normalization;

/// <summary>
/// A statement read for comparison: its content words in one language (<see cref="Words"/>: lower case, accents off, cut to
/// their first six letters, so "protect" and "protection" meet), and what it says in terms both languages share
/// (<see cref="Concepts"/>: lexicon concepts, names and figures). Loaded from <c>Normalization/Data/statement-words.yml</c>.
/// </summary>
public sealed record StatementText(ImmutableArray<string> Words, ImmutableArray<string> Concepts)
{
    private const int StemLength = 6;

    private static readonly Lexicon Shared = Lexicon.Load();

    /// <summary>The figures of the statement ("#100", "#2.5"), for the rule that different figures make different statements.</summary>
    public ImmutableArray<string> Figures => [.. Words.Where(w => w[0] == '#')];

    /// <summary>Reads <paramref name="text"/>, written in <paramref name="language"/>.</summary>
    public static StatementText Read(string text, string language)
    {
        var stop = Shared.StopWords(language);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var concepts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (word, capitalized) in Tokens(text))
        {
            if (char.IsDigit(word[0]))
            {
                words.Add("#" + word);
                concepts.Add("#" + word);
                continue;
            }
            var plain = Plain(word);
            if (stop.Contains(word.ToLowerInvariant()) || stop.Contains(plain) || plain.Length < 2) continue;
            var stem = plain.Length > StemLength ? plain[..StemLength] : plain;
            words.Add(stem);
            // Cross-language: a lexicon concept, else a name as written ("Trump"), else a word of this language only.
            concepts.Add(Shared.ConceptOf(plain) is { } concept ? "c:" + concept : capitalized ? "n:" + stem : language + ":" + stem);
        }
        return new StatementText([.. words], [.. concepts]);
    }

    /// <summary>Words and numbers; an elided article or pronoun ("l'", "qu'") is cut off its word.</summary>
    private static IEnumerable<(string Word, bool Capitalized)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            if (char.IsDigit(text[i]))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                yield return (text[start..i].Replace(',', '.'), false);
                continue;
            }
            while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark
                   || (text[i] is '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            if (i < text.Length - 1 && text[i] is '\'' or '’' && i - start <= 3 && char.IsLetter(text[i + 1])) { i++; continue; } // "l'", "qu'", "d’"
            yield return (text[start..i], char.IsUpper(text[start]));
        }
    }

    /// <summary>Lower case, accents off.</summary>
    internal static string Plain(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString();
    }

    /// <summary>Stop words per language and the bilingual concept lexicon.</summary>
    private sealed class Lexicon(FrozenDictionary<string, FrozenSet<string>> stopWords, FrozenDictionary<string, string> exact, FrozenDictionary<string, string> prefixes, int longestPrefix)
    {
        public FrozenSet<string> StopWords(string language) => stopWords.GetValueOrDefault(language) ?? stopWords["en"];

        /// <summary>The concept of a plain word: a whole-word term first, then the longest prefix term.</summary>
        public string? ConceptOf(string plain)
        {
            if (exact.TryGetValue(plain, out var concept)) return concept;
            for (var length = Math.Min(plain.Length, longestPrefix); length >= 4; length--)
                if (prefixes.TryGetValue(plain[..length], out concept)) return concept;
            return null;
        }

        private static readonly string[] Languages = ["en", "fr"];

        public static Lexicon Load()
        {
            var root = EmbeddedData.Load("Normalization/Data/statement-words.yml");
            var stop = root.Child("stop-words")!;
            var stopWords = Languages.ToFrozenDictionary(l => l,
                l => stop.Strings(l).SelectMany(w => new[] { w, Plain(w) }).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var exact = new Dictionary<string, string>(StringComparer.Ordinal);
            var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in root.Items("concepts"))
            {
                var id = entry.Scalar("id")!;
                foreach (var term in entry.Strings("en").Concat(entry.Strings("fr")).Select(Plain))
                {
                    if (term.EndsWith('*')) prefixes.TryAdd(term[..^1], id);
                    else exact.TryAdd(term, id);
                }
            }
            return new Lexicon(stopWords, exact.ToFrozenDictionary(StringComparer.Ordinal), prefixes.ToFrozenDictionary(StringComparer.Ordinal),
                prefixes.Count == 0 ? 0 : prefixes.Keys.Max(k => k.Length));
        }
    }
}
