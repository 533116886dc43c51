using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Inputs;

namespace FactCheck.Analysis;

/// <summary>
/// Reads the capitalised sequences of a sentence as candidate names: capitalised words side by side, with the language's
/// name joiners between them ("Bank of England", "Tour de France"), without titles, stop words and month or day names at
/// their ends ("Mr Smith" gives "Smith", "The Hague" gives "Hague", "Monday" gives nothing).
/// </summary>
internal sealed class EntityReader(TextAnalyzer analyzer)
{
    // A line of four words or more where most are capitalised and the others are function words ("Deal For $22 Billion",
    // "OIL TRAIN EXPLODES IN QUEBEC") is a title in title case or in capitals: its capitals say nothing.
    private const double TitleCaseShare = 0.5;
    private const int ShortestTitle = 4;
    private static readonly char[] Joiners = ['-', '‐', '‑', '\'', '’', 'ʼ'];
    private static readonly SearchValues<char> JoinerValues = SearchValues.Create(Joiners);

    // Reused by each thread: a sentence's words are read in every sentence of every source.
    [ThreadStatic]
    private static List<NameWord>? wordsOfSentence;
    // The names of a sentence read for Read(string), reused by each thread: taken while in use, so that a read within a
    // read would have its own.
    [ThreadStatic]
    private static NamesRead? namesOfThread;
    // What the analyzer knows of each word of the sentence, asked once: a capitalised word is tested as leading noise,
    // trailing noise and a name word, each a look-up in the analyzer's large table. Unread until first asked.
    [ThreadStatic]
    private static TextAnalyzer.Entry?[]? factsOfWords;
    private static readonly TextAnalyzer.Entry Unread = new("", "", false, false, false);

    public ImmutableArray<EntityName> Read(string sentence)
    {
        var read = namesOfThread ?? new NamesRead();
        namesOfThread = null;
        try
        {
            Read(sentence, read);
            if (read.Names.Count == 0) return [];
            var names = ImmutableArray.CreateBuilder<EntityName>(read.Names.Count);
            foreach (var name in read.Names) names.Add(EntityNameOf(sentence, read, name));
            return names.MoveToImmutable();
        }
        finally
        {
            read.Clear();
            namesOfThread = read;
        }
    }

    /// <summary>
    /// Adds the names of <paramref name="sentence"/> to <paramref name="names"/>, in order; what the analyzer knows of a word
    /// is taken from <paramref name="terms"/>, the sentence's term parts just looked up, when one is that word.
    /// </summary>
    public void Read(string sentence, NamesRead names, TextAnalyzer.TermParts? terms = null) => Read(sentence, NameWords(sentence, terms), names);

    /// <summary>
    /// Adds the names of <paramref name="sentence"/> to <paramref name="names"/>, in order, from the parts another reader
    /// split it into (<see cref="IWordParts"/>): its words are those parts joined again where one joiner stands between two,
    /// as <see cref="WordTokens"/> joins them, and a word that is one part takes that part's facts. The frames' reader split
    /// and looked up every word of the sentence already; splitting and looking its capitalised words up again was about
    /// half of what reading a framed sentence's names cost (perf of 08e02fd, AOT, bench corpus: 0.5 of 1.2 %).
    /// </summary>
    public void ReadParts<TParts>(string sentence, NamesRead names, in TParts parts) where TParts : struct, IWordParts =>
        // The modifier letter apostrophe (ʼ) is a letter to WordTokens, so a word may end or open on it ("Unionʼ"), where
        // the parts were cut: such a rare sentence is split again.
        Read(sentence, sentence.Contains('ʼ') ? NameWords(sentence, null) : NameWordsOfParts(sentence, parts), names);

    private void Read(string sentence, List<NameWord> words, NamesRead names)
    {
        if (!words.Exists(w => w.Capitalised) || IsTitleCase(sentence, words)) return;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Capitalised) continue;
            var last = i;
            var opensSentence = i == 0 || OpensClause(sentence, words[i].Start);
            while (last + 1 < words.Count && OnlySpaceBetween(sentence, words[last], words[last + 1]))
            {
                if (words[last + 1].Capitalised) last++;
                // "Bank of England", but not "Shares of Air France": a word opening the sentence may be no name at all.
                else if (last + 2 < words.Count && !(opensSentence && last == i) && IsJoiner(sentence, words[last + 1])
                         && words[last + 2].Capitalised && OnlySpaceBetween(sentence, words[last + 1], words[last + 2])) last += 2;
                else break;
            }
            var first = i;
            while (first <= last && IsLeadingNoise(sentence, first, opensSentence && first == i)) first++;
            var end = last;
            while (end >= first && IsTrailingNoise(sentence, end)) end--;
            // "OTAN", "WhatsApp": a capital inside a word makes a name wherever it stands; any other word may be capitalised
            // only because it opens the sentence, also after words left out ("Year Oper shr", "Yesterday Smith") unless one
            // was a title ("Mr Smith").
            var afterTitle = false;
            for (var w = i; w < first; w++) afterTitle |= IsTitle(sentence, words[w]);
            var inDoubt = opensSentence && (first == i || (first == end && !afterTitle)) && !HasInnerCapital(sentence, words[first]);
            if (first <= end) AddName(sentence, words, first, end, inDoubt, names);
            i = last;
        }
    }

    /// <summary>The <see cref="EntityName"/> of a name read, its strings made.</summary>
    private static EntityName EntityNameOf(string sentence, NamesRead read, NameSpan name)
    {
        var text = sentence[name.Start..name.End];
        var words = read.WordsOf(name);
        var strings = new string[words.Length];
        for (var w = 0; w < words.Length; w++)
            strings[w] = words[w].Start == name.Start && words[w].End == name.End ? text : sentence[words[w].Start..words[w].End];
        return new EntityName(name.Start, name.End, text, read.KeyOf(name).ToString(), ImmutableCollectionsMarshal.AsImmutableArray(strings), name.AtSentenceStart);
    }

    /// <summary>
    /// A word of the sentence without its elision and clitic ("d'Ivoire" is "Ivoire"; the whole word starts at
    /// <see cref="WordStart"/>), and whether it is capitalised.
    /// </summary>
    private readonly record struct NameWord(int WordStart, int Start, int End, bool Capitalised);

    private List<NameWord> NameWords(string sentence, TextAnalyzer.TermParts? terms)
    {
        var words = wordsOfSentence ??= [];
        words.Clear();
        if (terms is null)
        {
            foreach (var (start, end) in WordTokens.In(sentence)) AddWord(sentence, start, end, mayHoldApostrophe: true, prefetch: true, words);
        }
        else
        {
            // The words the terms' walk met, those without an apostrophe not searched for one again.
            foreach (var (start, end, apostrophe) in terms.Words) AddWord(sentence, start, end, apostrophe, prefetch: false, words);
        }
        var facts = FactsFor(words.Count);
        if (terms is not null) TakeFacts(sentence, words, terms, facts);
        return words;
    }

    /// <summary>The words of a sentence from its <paramref name="parts"/> (see <see cref="ReadParts{TParts}"/>).</summary>
    private List<NameWord> NameWordsOfParts<TParts>(string sentence, in TParts parts) where TParts : struct, IWordParts
    {
        var words = wordsOfSentence ??= [];
        words.Clear();
        for (var p = 0; p < parts.Count;)
        {
            var (start, end, apostrophe) = (parts.StartOf(p), parts.EndOf(p), false);
            // Two parts are of one word when a single joiner stands between them: between two words WordTokens leaves a
            // character that is no joiner, or a joiner with no word character after it.
            for (p++; p < parts.Count && parts.StartOf(p) == end + 1 && IsJoinerChar(sentence[end]); p++)
            {
                apostrophe |= WordTokens.IsApostrophe(sentence[end]);
                end = parts.EndOf(p);
            }
            AddWord(sentence, start, end, apostrophe, prefetch: false, words);
        }
        var facts = FactsFor(words.Count);
        // A capitalised word that is one part takes the part's facts; the others are looked up when first asked, each
        // prefetched now (as TakeFacts does with the terms' parts).
        var at = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (!word.Capitalised) continue;
            while (at < parts.Count && parts.StartOf(at) < word.Start) at++;
            if (at < parts.Count && parts.StartOf(at) == word.Start && parts.EndOf(at) == word.End && parts.EntryOf(at) is { } entry) facts[w] = entry;
            else analyzer.Prefetch(sentence.AsSpan(word.Start, word.End - word.Start));
        }
        return words;
    }

    private static bool IsJoinerChar(char c) => WordTokens.IsApostrophe(c) || WordTokens.IsHyphen(c);

    /// <summary>The thread's facts of the sentence's words, <paramref name="count"/> of them marked unread.</summary>
    private static TextAnalyzer.Entry?[] FactsFor(int count)
    {
        var facts = factsOfWords;
        if (facts is null || facts.Length < count) factsOfWords = facts = new TextAnalyzer.Entry?[Math.Max(64, 2 * count)];
        Array.Fill(facts, Unread, 0, count);
        return facts;
    }

    /// <summary>
    /// Adds the word <c>[start, end)</c> without its elision and clitic. A capitalised word's facts are asked for (noise at a
    /// name's ends, a name's word): with <paramref name="prefetch"/>, the processor fetches where the thread keeps it while the
    /// sentence is still being split, so the look-up does not wait on memory.
    /// </summary>
    private void AddWord(string sentence, int start, int end, bool mayHoldApostrophe, bool prefetch, List<NameWord> words)
    {
        var (s, e) = (start, end);
        if (mayHoldApostrophe)
        {
            var firstApostrophe = sentence.AsSpan(start, end - start).IndexOfAny('\'', '’', 'ʼ');
            if (firstApostrophe > 0 && !analyzer.KeepsPart(sentence, start, start + firstApostrophe, start, end)) s = start + firstApostrophe + 1;
            var lastApostrophe = sentence.AsSpan(s, end - s).LastIndexOfAny('\'', '’', 'ʼ');
            if (lastApostrophe > 0 && !analyzer.KeepsPart(sentence, s + lastApostrophe + 1, end, start, end)) e = s + lastApostrophe;
        }
        // "selon Jean dʼ" at a sentence's end: the modifier apostrophe (ʼ) is a letter to WordTokens, so the word is all
        // elision, and nothing of it is left to be capitalised (its first character past the text was read: an exception).
        var capitalised = s < e && char.IsUpper(sentence[s]);
        if (capitalised && prefetch) analyzer.Prefetch(sentence.AsSpan(s, e - s));
        words.Add(new NameWord(start, s, e, capitalised));
    }

    /// <summary>
    /// Takes the facts of each capitalised word that is a term part of the sentence (the same characters) from the part's
    /// look-up; the others are looked up when first asked, each prefetched now.
    /// </summary>
    private void TakeFacts(string sentence, List<NameWord> words, TextAnalyzer.TermParts terms, TextAnalyzer.Entry?[] facts)
    {
        var p = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (!word.Capitalised) continue;
            while (p < terms.Count && terms.Span(p).Start < word.Start) p++;
            if (p < terms.Count && terms.Span(p) == (word.Start, word.End) && terms.Entries[p] is { } entry) facts[w] = entry;
            else analyzer.Prefetch(sentence.AsSpan(word.Start, word.End - word.Start));
        }
    }

    private bool IsTitleCase(string sentence, List<NameWord> words)
    {
        var (lettered, capitalised) = (0, 0);
        foreach (var word in words)
        {
            // A word of elision alone (see AddWord) is no letter.
            if (word.Start == word.End || !char.IsLetter(sentence[word.Start])) continue;
            lettered++;
            if (word.Capitalised) capitalised++;
        }
        if (lettered < ShortestTitle || capitalised < TitleCaseShare * lettered) return false;
        for (var w = 0; w < words.Count; w++)
            if (!words[w].Capitalised && words[w].Start < words[w].End && char.IsLetter(sentence[words[w].Start]) && Facts(sentence, w) is not { Function: true }) return false;
        return true;
    }

    private static bool HasInnerCapital(string sentence, NameWord word)
    {
        for (var i = word.Start + 1; i < word.End; i++)
            if (char.IsUpper(sentence[i])) return true;
        return false;
    }

    private static bool OnlySpaceBetween(string sentence, NameWord left, NameWord right)
    {
        // "Côte d'Ivoire": the elision of the right word stands between the two as a joiner would.
        for (var i = left.End; i < right.WordStart; i++)
            if (!char.IsWhiteSpace(sentence[i])) return false;
        return true;
    }

    /// <summary>After an opening quote or a colon any word may be capitalised, as at the start of a sentence.</summary>
    private static bool OpensClause(string sentence, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(sentence[i])) i--;
        return i < 0 || sentence[i] is ':' or '«' or '“' or '"' or '—' or '–';
    }

    private bool IsJoiner(string sentence, NameWord word) =>
        analyzer.Words.NameJoiners.Contains(sentence.AsSpan(word.Start, word.End - word.Start));

    private bool IsLeadingNoise(string sentence, int w, bool opensSentence) =>
        IsTrailingNoise(sentence, w) || IsTitle(sentence, wordsOfSentence![w]) || (opensSentence && Facts(sentence, w) is { Stop: true });

    private bool IsTitle(string sentence, NameWord word)
    {
        var span = sentence.AsSpan(word.Start, word.End - word.Start);
        if (span.Length > 8) return false;
        Span<char> lower = stackalloc char[span.Length];
        Casing.ToLower(span, lower);
        return analyzer.Words.Titles.Contains(lower);
    }

    private bool IsTrailingNoise(string sentence, int w) =>
        !wordsOfSentence![w].Capitalised || Facts(sentence, w) is { Function: true } or { Calendar: true };

    /// <summary>What the analyzer knows of the <paramref name="w"/>th word of the sentence (see <see cref="factsOfWords"/>).</summary>
    private TextAnalyzer.Entry? Facts(string sentence, int w)
    {
        ref var known = ref factsOfWords![w];
        if (ReferenceEquals(known, Unread))
        {
            var word = wordsOfSentence![w];
            known = analyzer.Facts(sentence.AsSpan(word.Start, word.End - word.Start));
        }
        return known;
    }

    private void AddName(string sentence, List<NameWord> words, int first, int last, bool atSentenceStart, NamesRead names)
    {
        var (start, end) = (words[first].Start, words[last].End);
        var firstWord = names.Words.Count;
        for (var i = first; i <= last; i++)
        {
            if (!words[i].Capitalised) continue;
            var word = sentence.AsSpan(words[i].Start, words[i].End - words[i].Start);
            if (word.Length > 0 && !word.ContainsAny(JoinerValues))
            {
                // A word of one part, as most are: its facts are known.
                if (Facts(sentence, i) is var facts and not { Function: true }) names.Words.Add(new NameWordSpan(words[i].Start, words[i].End, facts));
                continue;
            }
            foreach (var range in word.SplitAny(Joiners))
            {
                var (offset, length) = range.GetOffsetAndLength(word.Length);
                if (length > 0 && analyzer.Facts(word.Slice(offset, length)) is var facts and not { Function: true })
                    names.Words.Add(new NameWordSpan(words[i].Start + offset, words[i].Start + offset + length, facts));
            }
        }
        names.Add(start, end, Key(sentence.AsSpan(start, end - start), names), firstWord, atSentenceStart);
    }

    // Past this many characters a name's key is folded as a string: the keys' room holds the others.
    private const int LongestKeyOnStack = 128;

    /// <summary>
    /// The key of a name: its folded form with one space between its words and its parts ("Lac-Mégantic" is "lac megantic").
    /// Folded, its separators replaced and its spaces collapsed in the room <paramref name="names"/> keeps keys in: folded
    /// as strings, a name in French or of several words was two or three strings, each copied from the last. Returns the
    /// key's length.
    /// </summary>
    private static int Key(ReadOnlySpan<char> text, NamesRead names)
    {
        var folded = names.KeyRoom(LongestKeyOnStack);
        if (!WordFolding.TryFold(text, folded, out var length))
        {
            var key = KeyOf(WordFolding.Fold(text));
            key.CopyTo(names.KeyRoom(key.Length));
            return key.Length;
        }
        folded = folded[..length];
        var doubled = false;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsKeySeparator(folded[i])) continue;
            folded[i] = ' ';
            doubled |= i > 0 && folded[i - 1] == ' ';
        }
        if (!doubled) return folded.Length;
        // Runs of spaces as one, none at either end, as the words split and joined again give them.
        var (at, pending) = (0, false);
        foreach (var c in folded)
        {
            if (c == ' ')
            {
                pending = at > 0;
                continue;
            }
            if (pending) folded[at++] = ' ';
            (folded[at++], pending) = (c, false);
        }
        return at;
    }

    /// <summary>The key of a name from its folded form (see <see cref="Key"/>), for the names past the stack or past the folding table.</summary>
    private static string KeyOf(string folded)
    {
        // Most names are one word without joiners: their folded form is their key, not copied.
        if (!HasKeySeparator(folded)) return folded;
        var key = string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = IsKeySeparator(source[i]) ? ' ' : source[i];
        });
        return key.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : key;
    }

    private static bool IsKeySeparator(char c) => c is '-' or '‐' or '‑' or '\'' || char.IsWhiteSpace(c);

    private static bool HasKeySeparator(string folded)
    {
        foreach (var c in folded)
            if (IsKeySeparator(c)) return true;
        return false;
    }
}
