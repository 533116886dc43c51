using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FactCheck.Analysis;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// A statement read for comparison: its content words in one language (<see cref="Words"/>: lower case, accents off, cut to
/// their first six letters, so "protect" and "protection" meet), and what it says in terms both languages share
/// (<see cref="Concepts"/>: "c:" lexicon concepts, "n:" names and places, "#" figures; words of one language only are left
/// out). The stop words are each language pack's; the concepts come from <c>Kinds/Attribution/statement-words.yml</c>.
/// </summary>
public sealed record StatementText(ImmutableArray<string> Words, ImmutableArray<string> Concepts)
{
    /// <summary>No words: the text of a statement that is not compared.</summary>
    public static readonly StatementText Empty = new([], []);

    private ImmutableArray<string>? wording;

    /// <summary>The statement's text and language, kept to read <see cref="Wording"/> when it is asked for.</summary>
    private (string Text, LanguagePack Language)? written;

    /// <summary>
    /// Every word of the statement as written, stop words included (lower case, accents off), sorted, each once. Read when
    /// first asked: only a short saying is compared by its wording, and sorting every statement's words a second time, stop
    /// words and all, was about half of sorting them (perf of the bench corpus, AOT).
    /// </summary>
    public ImmutableArray<string> Wording
    {
        get => wording ??= written is var (text, language) ? ReadWording(text, language) : [];
        init => wording = value;
    }

    /// <summary>How many words the statement has in all, stop words included.</summary>
    public int Length { get; init; }

    /// <summary>True when the words speak of their own speaker ("its auditors", "il démissionnera"): see <see cref="Read"/>.</summary>
    public bool SpeaksOfSpeaker { get; init; }

    private const int StemLength = 6;
    private const string Accented = "àâäáãåçéèêëîïíìôöóòõùûüúÿñ’";
    private const string Unaccented = "aaaaaaceeeeiiiiooooouuuuyn'";

    private static readonly Lexicon Shared = Lexicon.Load();

    /// <summary>The figures of the statement ("#100", "#2.5"), for the rule that different figures make different statements.</summary>
    public ImmutableArray<string> Figures => [.. Words.Where(w => w[0] == '#')];

    /// <summary>Reads <paramref name="text"/>, written in <paramref name="language"/>.</summary>
    public static StatementText Read(string text, LanguagePack language)
    {
        // Each thread fills the same lists statement after statement (they were 20 MB of arrays on the bench corpus);
        // about a word in six characters, they are sized once for a long quotation, not grown by doubling.
        var (words, concepts, tokens) = scratch ?? ([], [], []);
        scratch = null; // taken while read: nothing below reads another statement, but a list is never shared
        words.Clear();
        concepts.Clear();
        var expected = text.Length / 6 + 4;
        words.EnsureCapacity(expected);
        concepts.EnsureCapacity(expected);
        var self = false;
        var reading = Reading.Of(language);
        var known = reading.Known;
        Tokenize(text, tokens);
        // The words' slots in the shared table, then their entries, asked for together before the first is read: each
        // look-up waited on memory for its slot and its entry in turn, half of reading a statement (SharedWords.Find 0.8 %
        // of a check's samples, perf of the bench corpus, AOT); a statement's words are not the thread's recent ones.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        foreach (var token in all)
            if (!token.Digits) known.Prefetch(token.Hash);
        foreach (var token in all)
            if (!token.Digits) known.PrefetchEntry(token.Hash);
        foreach (var (start, end, digits, hash) in all)
        {
            if (digits)
            {
                // Digits and points only: the token is its own plain and lower-case form.
                var figure = Figure(text.AsSpan(start, end - start));
                self = self || reading.SelfWordsBySpan.Contains(figure.AsSpan(1));
                words.Add(figure);
                concepts.Add(figure);
                continue;
            }
            // News repeats its words: each is read once (plain form, self word, stop word, stem, concept) and remembered,
            // shared by the threads; a word seen before is found by its characters, without cutting a string for it.
            var word = Known(text, start, end, hash, reading);
            self = self || word.Self;
            if (word.Stem is null) continue;
            words.Add(word.Stem);
            if (word.Concept is not null) concepts.Add(word.Concept);
        }
        var read = new StatementText(SortedDistinct(words), SortedDistinct(concepts)) { SpeaksOfSpeaker = self, Length = all.Length, written = (text, language) };
        // The lists are kept for the thread's next statement unless a long one grew them: a huge file's are let go.
        if (tokens.Capacity <= KeptTokens && words.Capacity <= KeptTokens) scratch = (words, concepts, tokens);
        return read;
    }

    /// <summary>Past this many tokens a statement's lists are not kept for the next one.</summary>
    private const int KeptTokens = 4096;

    [ThreadStatic] private static (List<string> Words, List<string> Concepts, List<Token> Tokens)? scratch;

    /// <summary>
    /// A number's figure ("#100", "#2.5" for "2,5"), made in one string: the number with points for commas, then "#" joined
    /// to it, were two strings for each number of every statement compared (<c>string.Concat</c> 0.31 % of a check's samples,
    /// perf of the bench corpus, AOT).
    /// </summary>
    private static string Figure(ReadOnlySpan<char> number)
    {
        Span<char> figure = number.Length < 128 ? stackalloc char[number.Length + 1] : new char[number.Length + 1];
        figure[0] = '#';
        number.Replace(figure[1..], ',', '.');
        return new string(figure);
    }

    /// <summary>The words of <paramref name="text"/> as written (see <see cref="Wording"/>): each word's plain form, each number with points for commas.</summary>
    private static ImmutableArray<string> ReadWording(string text, LanguagePack language)
    {
        var reading = Reading.Of(language);
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        var wording = new List<string>(tokens.Count);
        foreach (var (start, end, digits, hash) in tokens)
            wording.Add(digits ? text[start..end].Replace(',', '.') : Known(text, start, end, hash, reading).Plain);
        return SortedDistinct(wording);
    }

    /// <summary>The word <c>[start, end)</c> of <paramref name="text"/> as read, from the words remembered, else read and remembered.</summary>
    private static KnownWord Known(string text, int start, int end, int hash, Reading reading) =>
        reading.Known.Find(text.AsSpan(start, end - start), hash) ?? reading.Known.Add(ReadWord(text[start..end], reading), hash);

    /// <summary>A word or number of a statement: where it stands, whether it is a number, and the hash of its characters (a word's).</summary>
    private readonly record struct Token(int Start, int End, bool Digits, int Hash);

    /// <summary>
    /// A word as read: the token it was read from, its stem (null for a stop word), its concept across languages if any, its
    /// plain form, and whether it is one of the language's self words.
    /// </summary>
    private sealed record KnownWord(string Word, string? Stem, string? Concept, string Plain, bool Self) : SharedWordEntry(Word);

    /// <summary>One language's stop and self words, and the words of its statements as read, remembered and shared by the threads.</summary>
    private sealed class Reading(LanguagePack language)
    {
        public static Reading Of(LanguagePack language) => language.Cached(typeof(Reading), static l => new Reading(l));

        public FrozenSet<string> StopWords { get; } = language.Words("stop-words").SelectMany(w => new[] { w, Plain(w) }).ToFrozenSet(StringComparer.Ordinal);

        public FrozenSet<string> SelfWords { get; } = language.Set("self-words", ignoreCase: false);

        /// <summary>The self words looked up by characters (a number's, which has no string of its own), the look-up taken once.</summary>
        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfWordsBySpan { get; } = language.Set("self-words", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// The words read, by their tokens as written: in a flat table of the tokens' hashes (as the analyzers' words are), where
        /// a ConcurrentDictionary hashed each token again and waited on memory for its bucket, its node and its key, 1.5 % of
        /// a check's CPU (perf, AOT, bench corpus).
        /// </summary>
        public SharedWords<KnownWord> Known { get; } = new(int.MaxValue);
    }

    private static KnownWord ReadWord(string token, Reading reading)
    {
        var plain = Plain(token);
        var self = reading.SelfWords.Contains(Casing.ToLower(token));
        if (plain.Length < 2 || reading.StopWords.Contains(plain)) return new KnownWord(token, null, null, plain, self);
        var stem = plain.Length > StemLength ? plain[..StemLength] : plain;
        // Cross-language: a lexicon concept, else a name as written ("Trump"); other words belong to one language.
        return new KnownWord(token, stem, Shared.ConceptOf(plain) ?? (char.IsUpper(token[0]) ? "n:" + stem : null), plain, self);
    }

    /// <summary>
    /// The items sorted (ordinal) and each once. Sorted as a span with <see cref="string.CompareOrdinal(string, string)"/>,
    /// whose delegate the compiler makes once: a list sorted with <see cref="StringComparer.Ordinal"/>, or a span with a
    /// comparer struct, makes a delegate of the comparer's method at every call (5 MB on the bench corpus); the duplicates
    /// are dropped in place and the array made at its size, without a builder to copy from.
    /// </summary>
    private static ImmutableArray<string> SortedDistinct(List<string> items)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items);
        span.Sort(string.CompareOrdinal);
        var count = 0;
        foreach (var item in span)
            if (count == 0 || !string.Equals(span[count - 1], item, StringComparison.Ordinal)) span[count++] = item;
        return ImmutableArray.Create(span[..count]);
    }

    /// <summary>
    /// Where the words and numbers are (start, end, whether a number), a word's hash with it, into <paramref name="tokens"/>
    /// (emptied first); an elided article or pronoun ("l'", "qu'") is cut off its word. Filled in a loop: its iterator was
    /// made for every statement.
    /// </summary>
    private static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            if (char.IsDigit(text[i]))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                tokens.Add(new Token(start, i, true, 0));
                continue;
            }
            while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark
                   || (text[i] is '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            if (i < text.Length - 1 && text[i] is '\'' or '’' && i - start <= 3 && char.IsLetter(text[i + 1])) { i++; continue; } // "l'", "qu'", "d’"
            tokens.Add(new Token(start, i, false, RecentWords.HashOf(text.AsSpan(start, i - start))));
        }
    }

    /// <summary>Lower case, accents off.</summary>
    internal static string Plain(string word)
    {
        if (System.Text.Ascii.IsValid(word)) return Casing.ToLower(word);
        // The accented letters of English and French text, without Unicode decomposition (most words need no more).
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var simple = true;
        for (var i = 0; i < word.Length && simple; i++)
        {
            var c = Casing.ToLower(word[i]);
            var index = c < 128 ? -1 : Accented.IndexOf(c);
            if (c >= 128 && index < 0) simple = false;
            buffer[i] = index >= 0 ? Unaccented[index] : c;
        }
        if (simple) return new string(buffer);
        var decomposed = Casing.ToLower(word).Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString();
    }

    /// <summary>The concept lexicon shared by every language: a word's concept by whole word or by prefix.</summary>
    private sealed class Lexicon(FrozenDictionary<string, string> exact, FrozenDictionary<string, string> prefixes, int longestPrefix)
    {
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The concept of a plain word: a whole-word term first, then the longest prefix term.</summary>
        public string? ConceptOf(string plain)
        {
            if (exact.TryGetValue(plain, out var concept)) return concept;
            for (var length = Math.Min(plain.Length, longestPrefix); length >= 4; length--)
                if (prefixLookup.TryGetValue(plain.AsSpan(0, length), out concept)) return concept;
            return null;
        }

        public static Lexicon Load() => EmbeddedData.Read("Kinds/Attribution/statement-words.yml", (nodes, root) =>
        {
            var exact = new Dictionary<string, string>(StringComparer.Ordinal);
            var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
            var map = nodes.Mapping(root, "", "concepts");
            foreach (var (node, where) in nodes.Items(map is null ? null : ConfigNodes.Get(map, "concepts"), "concepts"))
            {
                if (NamesByLanguage.Read(nodes, node, where, ["id", "name"], code => LanguagePacks.BuiltIn[code] is not null) is not ({ } entry, var names)) continue;
                var name = nodes.Text(ConfigNodes.Get(entry, "name"), where + ".name");
                var id = (name == "true" ? "n:" : "c:") + nodes.Text(nodes.Required(entry, "id", where), where + ".id");
                foreach (var term in names.SelectMany(n => n.Words).Select(Plain))
                {
                    if (term.EndsWith('*')) prefixes.TryAdd(term[..^1], id);
                    else exact.TryAdd(term, id);
                }
            }
            return new Lexicon(exact.ToFrozenDictionary(StringComparer.Ordinal), prefixes.ToFrozenDictionary(StringComparer.Ordinal),
                prefixes.Count == 0 ? 0 : prefixes.Keys.Max(k => k.Length));
        });
    }
}
