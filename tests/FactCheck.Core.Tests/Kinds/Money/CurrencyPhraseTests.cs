using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using FactCheck.Kinds.Money;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Kinds.Money;

/// <summary>
/// <see cref="CurrencyLexicon.After"/> tries a phrase only at the lengths some currency phrase of its first word has: it finds
/// what the search at every length up to the longest found (kept here as it was), on texts made of every phrase of the
/// lexicon, cut short, run on, in other cases, with other white space, typographic apostrophes and punctuation.
/// </summary>
public sealed class CurrencyPhraseTests
{
    private const string TrailingPunctuation = ".,;:!?)]»”\"'’-–—";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void A_phrase_is_found_as_at_every_length(string code)
    {
        var language = LanguagePacks.BuiltIn[code]!;
        var lexicon = CurrencyLexicon.Of(language);
        var after = (FrozenDictionary<string, CurrencyWord>)typeof(CurrencyLexicon).GetField("after", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(lexicon)!;
        var longest = after.Keys.Max(k => k.Count(c => c == ' ') + 1);
        var keys = after.Keys.ToArray();
        var firstWords = after.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var joiners = language.Words("currency-of").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        string[] glue = [" ", "  ", "\u00A0", "\u202F", "\n", "-", ""];
        string[] tails = ["", ".", ",", ")", "’", "'", " -", " – about", " of", " de", " and", " et", " in 2024", "s", "x"];
        string[] words = ["de", "d’", "of", "new", "the", "US", "U.S.", "Hong", "Kong", "dollars", "euros", "livres", "sterling", "cents", "mil"];
        var random = new Random(22);
        var text = new StringBuilder();
        for (var n = 0; n < 60_000; n++)
        {
            text.Clear().Append("12");
            var at = text.Length;
            if (random.Next(4) > 0) text.Append(glue[random.Next(3)]);
            var key = keys[random.Next(keys.Length)].Split(' ');
            var taken = random.Next(5) == 0 ? random.Next(1, key.Length + 1) : key.Length;
            for (var w = 0; w < taken; w++)
            {
                if (w > 0) text.Append(glue[random.Next(glue.Length)]);
                var word = key[w].Replace('\'', random.Next(3) == 0 ? '’' : '\'');
                text.Append(random.Next(6) switch { 0 => word.ToUpperInvariant(), 1 => word.ToLowerInvariant(), _ => word });
            }
            for (var k = random.Next(3); k > 0; k--) text.Append(glue[random.Next(3)]).Append(words[random.Next(words.Length)]);
            text.Append(tails[random.Next(tails.Length)]);
            var written = text.ToString();
            Assert.True(Same(EveryLength(written, at, after, firstWords, joiners, longest), lexicon.After(written, at)), written);
        }
    }

    private static bool Same((CurrencyWord Word, int End)? a, (CurrencyWord Word, int End)? b) =>
        a.HasValue == b.HasValue && (a is not { } x || (b is { } y && ReferenceEquals(x.Word, y.Word) && x.End == y.End));

    /// <summary>The search as it was: the phrase after the figure (or after a joining word) tried at every length, longest first.</summary>
    private static (CurrencyWord Word, int End)? EveryLength(string text, int at, FrozenDictionary<string, CurrencyWord> after, FrozenSet<string> firstWords,
        FrozenSet<string> joiners, int longest)
    {
        var i = at;
        if (i < text.Length && text[i] == '-') i++;
        else while (i < text.Length && IsSpace(text[i])) i++;
        if (Phrase(i) is { } found) return found;
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end < text.Length && text[end] is '\'' or '’' && joiners.Contains(string.Concat(text.AsSpan(i, end - i), "'"))) return Phrase(end + 1);
        if (end == i || !joiners.Contains(text[i..end]) || end >= text.Length || !IsSpace(text[end])) return null;
        while (end < text.Length && IsSpace(text[end])) end++;
        return Phrase(end);

        (CurrencyWord Word, int End)? Phrase(int i)
        {
            if (i >= text.Length) return null;
            var first = Chunk(i);
            var firstWord = text.AsSpan(i, first - i).TrimEnd(TrailingPunctuation);
            if (!firstWords.Contains(firstWord.ToString()) && !firstWord.ContainsAny('’', '\u2019'))
                return char.IsLetterOrDigit(text[i]) || !after.TryGetValue(text[i..(i + 1)], out var symbol) ? null : (symbol, i + 1);
            var ends = new List<int> { first };
            while (ends.Count < longest)
            {
                var next = ends[^1];
                while (next < text.Length && IsSpace(text[next])) next++;
                if (next >= text.Length || next == ends[^1]) break;
                ends.Add(Chunk(next));
            }
            for (var k = ends.Count - 1; k >= 0; k--)
            {
                var phrase = text.AsSpan(i, ends[k] - i).TrimEnd(TrailingPunctuation);
                if (phrase.IsEmpty || IsSpace(phrase[^1]) || !after.TryGetValue(Key(phrase.ToString()), out var word)) continue;
                if (word.CaseSensitive && !phrase.SequenceEqual(word.Code)) continue;
                return (word, i + phrase.Length);
            }
            return null;
        }

        int Chunk(int i)
        {
            while (i < text.Length && !IsSpace(text[i])) i++;
            return i;
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F';

    private static string Key(string written) => string.Join(' ', written.Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
