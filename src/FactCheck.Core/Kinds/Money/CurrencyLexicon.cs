using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Money;

/// <summary>
/// The currency words of one language: every symbol, code and news abbreviation of the shipped currency file
/// (<see cref="CurrencyData"/>), the names it gives in the pack's language, the heads and symbols several currencies
/// share, and the pack's own additions (<c>currency-names</c>, <c>currency-abbreviations</c>, <c>minor-units</c>,
/// <c>weak-currency-names</c>). Words are looked up whole, longest first, from where a figure ends or starts: a
/// dictionary look-up, where a regex alternation of some 3,000 names would cost its compilation at every start.
/// </summary>
internal sealed class CurrencyLexicon
{
    // Dashes too: a list flattened into prose glues its next item's dash to the last word ("1,2 milliard d'euros.- 300 millions").
    private const string TrailingPunctuation = ".,;:!?)]»”\"'’-–—";

    private readonly FrozenDictionary<string, CurrencyWord> after;
    private readonly FrozenDictionary<string, CurrencyWord> before;
    /// <summary>
    /// For each first word of a phrase of <see cref="after"/> (case ignored), bit n set when a phrase of n + 1 words starts
    /// with it: <see cref="Phrase"/> tries only those lengths, where it cut and looked up the text's phrase at every length
    /// up to the longest (after a first word such as "new" or "de", six look-ups for one or two that can hold).
    /// </summary>
    private readonly FrozenDictionary<string, ulong> lengthsByFirst;
    private readonly FrozenSet<string> joiners;
    private readonly int longest;

    /// <summary>The most words of a phrase whose chunks' ends <see cref="Phrase"/> keeps on the stack.</summary>
    private const int MostWordsOnStack = 16;

    private CurrencyLexicon(LanguagePack language)
    {
        var data = CurrencyData.Shipped;
        var symbols = data.Shared.Where(s => s.Language is null).ToDictionary(s => s.Name, Reading, StringComparer.Ordinal);
        var words = new Dictionary<string, CurrencyWord>(StringComparer.OrdinalIgnoreCase);
        var written = new Dictionary<string, CurrencyWord>(StringComparer.OrdinalIgnoreCase);
        // A name several currencies had ("pesos mexicains": MXN, and MXP before 1993): the one in use now first; the source's year decides.
        foreach (var (name, codes) in data.Currencies.Values.OrderBy(c => c.To ?? int.MaxValue).Reverse()
                     .SelectMany(c => c.Names.GetValueOrDefault(language.Code, []).Where(n => !n.Contains('(', StringComparison.Ordinal)).Select(n => (Name: Key(n), c.Code)))
                     .GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.Select(n => n.Code).ToArray())))
            words[name] = codes is [var only] ? CurrencyWord.Of(only) : new CurrencyWord(codes[0], [.. codes], Shared: true);
        foreach (var currency in data.Currencies.Values)
        {
            foreach (var symbol in currency.After) written.TryAdd(Key(symbol), symbols.GetValueOrDefault(symbol) ?? Word(currency.Code, symbol));
            // "euro cents", "centimes d'euros": a minor unit named with its currency.
            foreach (var minor in currency.MinorNames.GetValueOrDefault(language.Code, []).Where(n => n.Contains(' ', StringComparison.Ordinal)))
                words.TryAdd(Key(minor), new CurrencyWord(currency.Code, [currency.Code], currency.MinorShare));
        }
        foreach (var head in data.Shared.Where(s => s.Language == language.Code)) words[Key(head.Name)] = Reading(head);
        foreach (var (word, codes) in language.Meanings("currency-names", IsCodes, "one or more ISO 4217 codes such as EUR or \"FRF CHF\""))
            words[Key(word)] = codes.Split(' ') is [var only] ? CurrencyWord.Of(only) : new CurrencyWord(codes.Split(' ')[0], [.. codes.Split(' ')], Shared: true);
        foreach (var (word, name) in language.Meanings("currency-abbreviations", n => words.ContainsKey(Key(n)), "a currency name of the language"))
            words[Key(word)] = words[Key(name)];
        foreach (var (word, codes) in language.Meanings("minor-units", c => IsCodes(c) && c.Split(' ').All(data.Currencies.ContainsKey), "one or more ISO 4217 codes such as USD"))
            words[Key(word)] = Minor(word, codes.Split(' '), data);
        foreach (var weak in language.Words("weak-currency-names"))
            if (words.TryGetValue(Key(weak), out var meaning)) words[Key(weak)] = meaning with { Weak = true };
        foreach (var (key, word) in words) written[key] = word;

        after = written.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        before = data.Currencies.Values.SelectMany(c => c.Before.Select(s => (Symbol: s, c.Code)))
            .DistinctBy(s => s.Symbol, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(s => s.Symbol, s => symbols.GetValueOrDefault(s.Symbol) ?? Word(s.Code, s.Symbol), StringComparer.OrdinalIgnoreCase);
        lengthsByFirst = after.Keys.GroupBy(k => k.Split(' ')[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0UL, (bits, k) => bits | 1UL << Math.Min(k.Count(c => c == ' '), 63)), StringComparer.OrdinalIgnoreCase);
        longest = after.Keys.Max(k => k.Count(c => c == ' ') + 1);
        joiners = language.Words("currency-of").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Names = words.Where(w => !w.Value.Weak && !w.Key.Contains(' ', StringComparison.Ordinal) && w.Key.All(char.IsLetter)).Select(w => w.Key)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The currencies of <paramref name="language"/>.</summary>
    public static CurrencyLexicon Of(LanguagePack language) => memoOfThread.Of(language, static l => new CurrencyLexicon(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<CurrencyLexicon> memoOfThread;

    /// <summary>The language's one-word currency names ("dollars", "roupies", "dlrs"), for the recognizer's prefilter.</summary>
    public FrozenSet<string> Names { get; }

    /// <summary>
    /// The currency written from <paramref name="at"/> on, where a figure ends: after white space or a hyphen ("10-mark"),
    /// or glued ("300p", "5 Md€"), and after a joining word of the language ("de dollars", "d'euros", "of euros").
    /// </summary>
    public (CurrencyWord Word, int End)? After(string text, int at)
    {
        var i = at;
        if (i < text.Length && text[i] == '-') i++;
        else while (i < text.Length && IsSpace(text[i])) i++;
        if (Phrase(text, i) is { } found) return found;
        // "de dollars", "d’euros", "of euros": a joining word, then the currency.
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var joined = joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        if (end < text.Length && text[end] is '\'' or '’' && IsElidedJoiner(text.AsSpan(i, end - i))) return Phrase(text, end + 1);
        if (end == i || !joined.Contains(text.AsSpan(i, end - i)) || end >= text.Length || !IsSpace(text[end])) return null;
        while (end < text.Length && IsSpace(text[end])) end++;
        return Phrase(text, end);
    }

    /// <summary>"d" before an apostrophe: a joining word when the pack lists "d'" (looked up without cutting a string).</summary>
    private bool IsElidedJoiner(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[8];
        if (word.Length + 1 > key.Length) return joiners.Contains(string.Concat(word, "'"));
        word.CopyTo(key);
        key[word.Length] = '\'';
        return joiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..(word.Length + 1)]);
    }

    /// <summary>The symbol or code written just before <paramref name="start"/> ("$5", "US$ 5", "EUR 100"), and where it starts.</summary>
    public (CurrencyWord Word, int Start)? Before(string text, int start)
    {
        var end = start > 0 && IsSpace(text[start - 1]) ? start - 1 : start;
        var from = end;
        while (from > 0 && !IsSpace(text[from - 1]) && !char.IsDigit(text[from - 1])) from--;
        while (from < end && text[from] is '(' or '[' or '«' or '“' or '"' or '\'' or '‘') from++;
        if (from == end || !before.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(from, end - from), out var word)) return null;
        return !word.CaseSensitive || text.AsSpan(from, end - from).SequenceEqual(word.Code) ? (word, from) : null;
    }

    /// <summary>The longest currency phrase starting at <paramref name="i"/>: whole words, any white space between them.</summary>
    private (CurrencyWord Word, int End)? Phrase(string text, int i)
    {
        if (i >= text.Length) return null;
        var first = Chunk(text, i);
        var firstWord = text.AsSpan(i, first - i).TrimEnd(TrailingPunctuation);
        var firstLookup = lengthsByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!firstLookup.TryGetValue(firstWord, out var lengths) && !firstWord.ContainsAny('’', '\u2019'))
            return char.IsLetterOrDigit(text[i]) || !after.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(i, 1), out var symbol) ? null : (symbol, i + 1);
        var tried = Lengths(text.AsSpan(i, first - i), firstWord, lengths, firstLookup);
        var most = Math.Min(longest, 64 - System.Numerics.BitOperations.LeadingZeroCount(tried));
        // The ends of the chunks, on the stack: a list was made for every phrase tried after a figure.
        var ends = longest <= MostWordsOnStack ? stackalloc int[MostWordsOnStack] : new int[longest];
        ends[0] = first;
        var count = 1;
        while (count < most)
        {
            var next = ends[count - 1];
            while (next < text.Length && IsSpace(text[next])) next++;
            if (next >= text.Length || next == ends[count - 1]) break;
            ends[count++] = Chunk(text, next);
        }
        for (var k = count - 1; k >= 0; k--)
        {
            if ((tried & (1UL << Math.Min(k, 63))) == 0) continue;
            var phrase = text.AsSpan(i, ends[k] - i).TrimEnd(TrailingPunctuation);
            // "40m euros - about": a dash standing alone is no part of the phrase, which the shorter one before it is.
            if (phrase.IsEmpty || IsSpace(phrase[^1]) || !TryGetAfter(phrase, out var word)) continue;
            if (word.CaseSensitive && !phrase.SequenceEqual(word.Code)) continue;
            return (word, i + phrase.Length);
        }
        return null;
    }

    /// <summary>
    /// The lengths, less one, at which a phrase whose first chunk is <paramref name="chunk"/> may be a currency: its single word
    /// always; past it, those of the phrases whose first word is the chunk as written (a phrase of several words keeps its
    /// first chunk whole), or, trimmed of punctuation, <paramref name="firstWord"/>'s (<paramref name="lengths"/>: no
    /// phrase starts with it when it was not found). A chunk with a typographic apostrophe is read as its key's word, which
    /// is not looked up here: every length is tried, as before.
    /// </summary>
    private static ulong Lengths(ReadOnlySpan<char> chunk, ReadOnlySpan<char> firstWord, ulong lengths,
        FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> firstLookup)
    {
        if (chunk.ContainsAny('’', '\u2019')) return ulong.MaxValue;
        if (chunk.Length != firstWord.Length && firstLookup.TryGetValue(chunk, out var whole)) lengths |= whole;
        return lengths | 1;
    }

    /// <summary>
    /// The currency a phrase as written names: looked up by its span when it is already in the dictionaries' form (one
    /// space between words, no typographic apostrophe), as nearly every phrase tried is; else by its <see cref="Key"/>.
    /// </summary>
    private bool TryGetAfter(ReadOnlySpan<char> phrase, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CurrencyWord word)
    {
        if (IsKey(phrase)) return after.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out word);
        return after.TryGetValue(Key(phrase.ToString()), out word);
    }

    /// <summary>True when <see cref="Key"/> would return <paramref name="phrase"/> as it is.</summary>
    private static bool IsKey(ReadOnlySpan<char> phrase)
    {
        if (phrase.IsEmpty || char.IsWhiteSpace(phrase[0]) || char.IsWhiteSpace(phrase[^1])) return false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c == '’' || (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(phrase[i + 1])))) return false;
        }
        return true;
    }

    /// <summary>Where the run of characters that are not white space starting at <paramref name="i"/> ends.</summary>
    private static int Chunk(string text, int i)
    {
        while (i < text.Length && !IsSpace(text[i])) i++;
        return i;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F';

    /// <summary>A phrase as the dictionaries hold it: one space between words, straight apostrophes.</summary>
    private static string Key(string written) =>
        string.Join(' ', written.Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsCodes(string codes) => codes.Split(' ').All(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper));

    /// <summary>A symbol, code or abbreviation of one currency; a code is read only in capitals.</summary>
    private static CurrencyWord Word(string code, string written) => CurrencyWord.Of(code) with { CaseSensitive = written == code };

    private static CurrencyWord Reading(SharedName shared) =>
        new(shared.Default ?? shared.Readings[0], shared.Readings, Shared: true);

    /// <summary>"cents": the currencies whose minor unit it names, the pack's reading first, and the share of that reading.</summary>
    private static CurrencyWord Minor(string word, string[] usual, CurrencyData data)
    {
        var others = data.Currencies.Values.Where(c => !usual.Contains(c.Code) && c.MinorNames.Values.Any(names => names.Contains(word, StringComparer.OrdinalIgnoreCase)))
            .Select(c => c.Code).Order(StringComparer.Ordinal);
        return new CurrencyWord(usual[0], [.. usual, .. others], data.Currencies[usual[0]].MinorShare, Shared: true);
    }
}
