using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Analysis;

/// <summary>
/// Words of one language as FactCheck matches them: content words stemmed and folded (<see cref="Terms(string)"/>, <see cref="Stem"/>),
/// stop words left out, and capitalised sequences read as candidate names (<see cref="Entities(string)"/>). Stems come from Lucene's
/// Snowball stemmers and are cached, since a corpus repeats a small vocabulary millions of times. Thread-safe.
/// </summary>
public sealed class TextAnalyzer
{
    // Past this many distinct words, new ones are stemmed each time instead of cached: memory stays bounded on any input.
    private const int CacheLimit = 500_000;
    // Longer "words" are URLs, hashes or glued text: no story is told by them.
    private const int LongestWord = 40;

    private readonly LuceneLanguage? lucene;
    private readonly SharedWords<Entry> cache = new(CacheLimit);

    /// <summary>
    /// What the cache knows of a lower-case word: the word itself (one string for all its occurrences), its key, whether it
    /// is a stop word (<see cref="Stop"/>: Lucene's, the language's news words, month and day names), and which of these
    /// kinds: a function word on Lucene's list, or a month or day name.
    /// </summary>
    internal sealed record Entry(string Word, string Key, bool Stop, bool Function, bool Calendar) : SharedWordEntry(Word)
    {
        /// <summary>
        /// What the claim frames of the language keep of the word, found for it once (the phrases of their lexicon it may
        /// open): looked for in two tables at each occurrence, it was about a seventh of reading a framed sentence. Null until the
        /// first framed sentence that has the word; the frames own it, hence an object here.
        /// </summary>
        internal object? Frames { get; set; }

        /// <summary>The <see cref="Term.KeyHash"/> of the word's terms.</summary>
        internal int KeyHash { get; } = Key.GetHashCode();
    }
    private readonly EntityReader entities;
    // Which analyzer a thread's recent words belong to (RecentWords): a number each, from 1.
    private static int analyzersMade;
    private readonly int number = Interlocked.Increment(ref analyzersMade);

    private TextAnalyzer(LanguagePack language)
    {
        Language = language;
        lucene = LuceneLanguage.For(language.Stemmer);
        Words = new LanguageWords(language);
        entities = new EntityReader(this);
    }

    /// <summary>The analyzer of <paramref name="language"/>; a pack that names no stemmer gets folding without stems or Lucene's stop words.</summary>
    public static TextAnalyzer For(LanguagePack language) => language.Cached(typeof(TextAnalyzer), static pack => new TextAnalyzer(pack));

    /// <summary>The language this analyzer reads.</summary>
    public LanguagePack Language { get; }

    internal LanguageWords Words { get; }

    /// <summary>
    /// The content words of <paramref name="text"/>, in order: parts of hyphenated words apart ("sous-marin": "sous", "marin"),
    /// elisions and clitics dropped ("l'OTAN": "otan"; "Lagerfeld's": "lagerfeld"), numbers and stop words left out.
    /// </summary>
    public ImmutableArray<Term> Terms(string text)
    {
        var terms = new List<Term>();
        Terms(text, terms);
        return [.. terms];
    }

    /// <summary>Adds the content words of <paramref name="text"/> to <paramref name="terms"/> (see <see cref="Terms(string)"/>), allocating nothing else.</summary>
    internal void Terms(string text, List<Term> terms)
    {
        var parts = partsOfThread ??= new TermParts();
        partsOfThread = null;
        Terms(text, terms, parts, keepWords: false);
        parts.ForgetEntries();
        partsOfThread = parts;
    }

    /// <summary>
    /// Adds the content words of <paramref name="sentence"/> to <paramref name="terms"/> and its candidate names to
    /// <paramref name="names"/> (<see cref="Entities(string, NamesRead)"/>), the names' words taking what the analyzer knows
    /// of them from the terms' look-ups: a capitalised word is most often a term too, and the names' reader lowered, hashed
    /// and looked it up again (perf, AOT: a fifth of the names' reading).
    /// </summary>
    internal void TermsAndEntities(string sentence, List<Term> terms, NamesRead names)
    {
        var parts = partsOfThread ??= new TermParts();
        partsOfThread = null;
        Terms(sentence, terms, parts, keepWords: true);
        entities.Read(sentence, names, parts);
        parts.ForgetEntries();
        partsOfThread = parts;
    }

    /// <summary>
    /// <see cref="Terms(string, List{Term})"/> with the thread's parts at hand; each part's entry is left in
    /// <see cref="TermParts.Entries"/> until <see cref="TermParts.ForgetEntries"/>. With <paramref name="keepWords"/> the
    /// text's words are kept too (<see cref="TermParts.Words"/>), for the names' reader: only a lead's are read again.
    /// </summary>
    private void Terms(string text, List<Term> terms, TermParts parts, bool keepWords)
    {
        // The parts first, each lowered once and the processor asked for where the thread keeps it among its recent words;
        // then the look-ups, which find their sets in the processor's cache (as FrameWords.Of does). Looked up one after the
        // other, each part waited on memory on its own: most of what reading a lead's terms cost.
        parts.Clear(text.Length);
        Span<char> lower = stackalloc char[LongestWord];
        var words = WordTokens.In(text);
        while (words.MoveNext())
        {
            var (start, end) = words.Current;
            // Most words hold no joiner: the word is its only part, kept or not by its length and digits alone. Searched for
            // an apostrophe, then split at each joiner character by character, every word was read twice more.
            if (!words.HasJoiner)
            {
                if (keepWords) parts.AddWord(start, end, apostrophe: false);
                if (MayBeTerm(text, start, end)) parts.Add(text, start, end);
                continue;
            }
            // A word too long to be looked up is searched for an apostrophe only for the names' reader.
            var apostrophe = (keepWords || end - start <= LongestWord) && HasApostrophe(text, start, end);
            if (keepWords) parts.AddWord(start, end, apostrophe);
            if (end - start <= LongestWord && apostrophe)
            {
                // "aujourd'hui" is one stop word, not "aujourd" and "hui".
                var whole = Lower(text.AsSpan(start, end - start), lower);
                if (Lookup(whole).Stop) continue;
            }
            var partStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i < end && !WordTokens.IsApostrophe(text[i]) && !WordTokens.IsHyphen(text[i])) continue;
                if (MayBeTerm(text, partStart, i) && KeepsPart(text, partStart, i, start, end)) parts.Add(text, partStart, i);
                partStart = i + 1;
            }
        }
        // The words the thread did not meet lately go to the shared table: their slots are fetched together, then their
        // entries, then they are read. A stop word the thread met is dropped by its slot alone; the entries of the other
        // words met are fetched together too, each read alone waited on memory (half of this walk's own time, perf annotate).
        var (found, stops) = (parts.Entries, parts.Stops);
        for (var p = 0; p < parts.Count; p++)
        {
            var (_, _, hash) = parts.At(p, out var lowered);
            if ((found[p] = RecentWords.Find(number, lowered, hash, out stops[p])) is null) cache.Prefetch(hash);
            else if (!stops[p]) PrefetchObject(found[p]!);
        }
        for (var p = 0; p < parts.Count; p++)
            if (found[p] is null) cache.PrefetchEntry(parts.At(p, out _).Hash);
        for (var p = 0; p < parts.Count; p++)
        {
            if (stops[p]) continue;
            var (start, end, hash) = parts.At(p, out var lowered);
            var entry = found[p] ??= Lookup(lowered, hash);
            if (!entry.Stop) terms.Add(new Term(start, end, entry.Word, entry.Key) { KeyHash = entry.KeyHash });
        }
    }

    // Taken from the thread while in use, so that a read within a read would have its own.
    [ThreadStatic]
    private static TermParts? partsOfThread;

    /// <summary>
    /// The parts of a text that may be terms, lowered into one buffer, with the hash of each: what <see cref="Terms(string, List{Term})"/>
    /// looks up once their sets are fetched. One a thread, reused text after text.
    /// </summary>
    internal sealed class TermParts
    {
        // Past this many characters a thread lets its buffer go: a huge table's sentence would hold on to it.
        private const int LongestKept = 16_384;
        private char[] lowered = new char[256];
        private (int Start, int End, int At, int Hash)[] parts = new (int, int, int, int)[64];
        private int used;

        public int Count { get; private set; }

        /// <summary>
        /// The entry of each part the thread met lately (<see cref="RecentWords"/>), null for the others; then every part's,
        /// once looked up, until <see cref="ForgetEntries"/>.
        /// </summary>
        public Entry?[] Entries { get; private set; } = new Entry?[64];

        /// <summary>
        /// Whether each part is a stop word its thread met lately (<see cref="RecentWords.Find(int, ReadOnlySpan{char}, int, out bool)"/>);
        /// false for the others, whatever they are.
        /// </summary>
        public bool[] Stops { get; private set; } = new bool[64];

        /// <summary>Clears <see cref="Entries"/> for the next text.</summary>
        public void ForgetEntries() => Array.Clear(Entries, 0, Count);

        /// <summary>Where part <paramref name="p"/> is in the text.</summary>
        public (int Start, int End) Span(int p) => (parts[p].Start, parts[p].End);

        public void Clear(int textLength)
        {
            if (lowered.Length > LongestKept && textLength <= LongestKept) (lowered, parts, Entries, Stops) = (new char[256], new (int, int, int, int)[64], new Entry?[64], new bool[64]);
            if (lowered.Length < textLength) lowered = new char[Math.Max(textLength, 2 * lowered.Length)];
            (Count, used) = (0, 0);
            if (Words.Capacity > LongestKept) Words.Capacity = 0;
            Words.Clear();
        }

        /// <summary>
        /// The text's words (<see cref="WordTokens"/>) as the terms' walk met them, and whether each holds an apostrophe: the
        /// names' reader takes them instead of walking the text again.
        /// </summary>
        public List<(int Start, int End, bool Apostrophe)> Words { get; } = [];

        public void AddWord(int start, int end, bool apostrophe) => Words.Add((start, end, apostrophe));

        public void Add(string text, int start, int end)
        {
            var part = lowered.AsSpan(used, end - start);
            var hash = LowerAndHash(text.AsSpan(start, end - start), part);
            RecentWords.Prefetch(hash);
            if (Count == parts.Length)
            {
                Array.Resize(ref parts, 2 * parts.Length);
                (Entries, Stops) = (new Entry?[parts.Length], new bool[parts.Length]);
            }
            parts[Count++] = (start, end, used, hash);
            used += part.Length;
        }

        /// <summary>
        /// Writes <paramref name="part"/> lowered (as <see cref="Lower"/>) into <paramref name="lower"/>, of its length, and
        /// returns its <see cref="RecentWords.HashOf"/>, in one walk when it is ASCII: a part holds no apostrophe (it ends at
        /// one), and ASCII lowers letter by letter as the casing table does.
        /// </summary>
        private static int LowerAndHash(ReadOnlySpan<char> part, Span<char> lower)
        {
            var hash = RecentWords.FirstHash;
            for (var i = 0; i < part.Length; i++)
            {
                var c = part[i];
                if (c >= 0x80) return RecentWords.HashOf(Lower(part, lower));
                if (c is >= 'A' and <= 'Z') c = (char)(c | 0x20);
                lower[i] = c;
                hash = RecentWords.HashOn(hash, c);
            }
            return (int)hash;
        }

        public (int Start, int End, int Hash) At(int p, out ReadOnlySpan<char> lower)
        {
            var (start, end, at, hash) = parts[p];
            lower = lowered.AsSpan(at, end - start);
            return (start, end, hash);
        }
    }

    /// <summary>The key of one word: lower-cased, stemmed and folded ("Décédée" → "deced", "killed" → "kill").</summary>
    public string Stem(string word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, LongestWord)];
        return word.Length > LongestWord ? WordFolding.Fold(word) : Lookup(Lower(word, lower)).Key;
    }

    /// <summary>True when <paramref name="word"/> is a stop word of the language (Lucene's list and the language's news words).</summary>
    public bool IsStopWord(string word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, LongestWord)];
        return word.Length <= LongestWord && Lookup(Lower(word, lower)).Stop;
    }

    /// <summary>Lower case without accents ("Mégantic" → "megantic"): how names are matched across sources and languages.</summary>
    public static string Fold(string text) => WordFolding.Fold(text);

    /// <summary>The capitalised sequences of <paramref name="sentence"/>, candidate named entities (see <see cref="EntityName"/>).</summary>
    public ImmutableArray<EntityName> Entities(string sentence) => entities.Read(sentence);

    /// <summary>
    /// Adds the candidate names of <paramref name="sentence"/> to <paramref name="names"/> (see <see cref="Entities(string)"/>),
    /// in order, as offsets and keys without an <see cref="EntityName"/> each (<see cref="NamesRead"/>).
    /// </summary>
    internal void Entities(string sentence, NamesRead names) => entities.Read(sentence, names);

    /// <summary>What the analyzer knows of <paramref name="word"/> in any case, or null for a word too long to be one.</summary>
    internal Entry? Facts(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestWord) return null;
        Span<char> lower = stackalloc char[LongestWord];
        return Lookup(Lower(word, lower));
    }

    /// <summary>
    /// Has the processor fetch where this thread keeps <paramref name="word"/> among its recent words, ahead of
    /// <see cref="Facts"/> (<see cref="RecentWords.Prefetch"/>).
    /// </summary>
    internal void Prefetch(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestWord) return;
        PrefetchLower(word, stackalloc char[LongestWord]);
    }

    /// <summary>
    /// <see cref="Prefetch"/> for a word of at most <see cref="LongestWord"/> characters, its lower case written into
    /// <paramref name="lower"/> (as long as the word) and its hash returned, for <see cref="FactsOfLower"/> to look it up
    /// without lowering and hashing it again: the frames' reader did both twice for every word of every framed sentence.
    /// </summary>
    internal static int PrefetchLower(ReadOnlySpan<char> word, Span<char> lower)
    {
        var hash = RecentWords.HashOf(Lower(word, lower));
        RecentWords.Prefetch(hash);
        return hash;
    }

    /// <summary><see cref="Facts"/> of a word <see cref="PrefetchLower"/> lowered into <paramref name="lower"/>, of hash <paramref name="hash"/>.</summary>
    internal Entry FactsOfLower(ReadOnlySpan<char> lower, int hash) => Lookup(lower, hash);

    /// <summary>
    /// A part of a word between joiners is kept unless it is an elision before an apostrophe ("l'", "qu'") or a clitic after
    /// one ("'s", "'ll").
    /// </summary>
    internal bool KeepsPart(string text, int partStart, int partEnd, int wordStart, int wordEnd)
    {
        var beforeApostrophe = partEnd < wordEnd && WordTokens.IsApostrophe(text[partEnd]);
        var afterApostrophe = partStart > wordStart && WordTokens.IsApostrophe(text[partStart - 1]);
        if (!beforeApostrophe && !afterApostrophe) return true;
        var part = text.AsSpan(partStart, partEnd - partStart);
        Span<char> lower = stackalloc char[Math.Min(part.Length, LongestWord)];
        if (part.Length > LongestWord) return true;
        var lowered = Lower(part, lower);
        if (beforeApostrophe && Words.Elided.Contains(lowered)) return false;
        return !(afterApostrophe && Words.Clitics.Contains(lowered));
    }

    /// <summary>
    /// A part of two to <see cref="LongestWord"/> characters, not all digits: the only ones a term may be. A part that does
    /// not open on a digit is not searched for another character.
    /// </summary>
    private static bool MayBeTerm(string text, int start, int end) =>
        end - start >= 2 && end - start <= LongestWord && (!char.IsAsciiDigit(text[start]) || text.AsSpan(start, end - start).ContainsAnyExcept(CharSets.Digits));

    /// <summary>Asks the processor for <paramref name="entry"/>'s fields, ahead of reading them.</summary>
    private static unsafe void PrefetchObject(Entry entry)
    {
        // The reference read as the object's address: a hint, wasted if the collector moves the entry before it is read.
        if (Sse.IsSupported) Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref entry));
    }

    private Entry Lookup(ReadOnlySpan<char> lower) => Lookup(lower, RecentWords.HashOf(lower));

    private Entry Lookup(ReadOnlySpan<char> lower, int hash)
    {
        if (RecentWords.Find(number, lower, hash) is { } recent) return recent;
        var entry = Shared(lower, hash);
        RecentWords.Keep(number, entry, hash);
        return entry;
    }

    private Entry Shared(ReadOnlySpan<char> lower, int hash)
    {
        if (cache.Find(lower, hash) is { } known) return known;
        var word = lower.ToString();
        var function = lucene?.IsStopWord(word) == true;
        var calendar = Words.IsCalendarWord(word);
        // Month and day names are in every dated story: they tell none apart.
        var stop = function || calendar || Words.StopWords.Contains(word);
        var entry = new Entry(word, WordFolding.Fold(lucene?.Stem(word) ?? word), stop, function, calendar);
        return cache.Add(entry, hash);
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = buffer[..word.Length];
        Casing.ToLower(word, lower);
        foreach (ref var c in lower)
            if (c is '’' or 'ʼ') c = '\'';
        return lower;
    }

    private static bool HasApostrophe(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (WordTokens.IsApostrophe(text[i])) return true;
        return false;
    }
}
