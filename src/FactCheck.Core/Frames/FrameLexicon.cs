using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Analysis;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// One language's words for claim frames, from its pack: the measure, predicate and unit concepts
/// (<c>measure-deaths: [death, fatality, killed…]</c>), matched by their Snowball stems, and the cue lists (status, basis,
/// part, the words that link a figure to its noun or verb), matched as written. Built once per pack; a sentence is searched
/// for all of them in one pass (<see cref="Hits"/>), one dictionary look-up a word.
/// </summary>
internal sealed class FrameLexicon
{
    private static readonly string[] ConceptPrefixes = ["measure-", "predicate-", "unit-"];
    private static readonly string[] GiverLists = ["speech-verbs", "speech-participles", "speech-according", "holder-givers"];
    private static readonly string[] CuePrefixes = ["status-", "basis-", "part-", "complement-", "predicate-links"];

    private readonly FrozenDictionary<string, ImmutableArray<FramePhrase>> byStem;
    private readonly FrozenDictionary<string, ImmutableArray<FramePhrase>> byWord;

    private FrameLexicon(LanguagePack pack)
    {
        Analyzer = TextAnalyzer.For(pack);
        var stems = new Dictionary<string, List<(string[], FrameTable, string)>>(StringComparer.Ordinal);
        var words = new Dictionary<string, List<(string[], FrameTable, string)>>(StringComparer.Ordinal);
        var concepts = new List<(string Phrase, FrameTable Table, string Value)>();
        // In file order: where two concepts share a stem, the one written first wins.
        var lists = pack.ListNames.Where(l => ConceptPrefixes.Concat(CuePrefixes).Any(p => l.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(l => pack.Entries(l).FirstOrDefault().Line).ThenBy(l => l, StringComparer.Ordinal);
        foreach (var list in lists)
        {
            var prefix = ConceptPrefixes.FirstOrDefault(p => list.StartsWith(p, StringComparison.Ordinal) && list != "predicate-links");
            if (prefix is not null)
            {
                var table = prefix switch { "measure-" => FrameTable.Measure, "predicate-" => FrameTable.Predicate, _ => FrameTable.Unit };
                foreach (var phrase in pack.Words(list)) concepts.Add((phrase, table, list[prefix.Length..]));
            }
            else if (CuePrefixes.Any(p => list.StartsWith(p, StringComparison.Ordinal)))
                foreach (var phrase in pack.Words(list)) Add(words, FrameWords.Keys(phrase, Analyzer, stemmed: false), FrameTable.Cue, list);
        }
        // "80 % de votants" (turnout) and "56 % des votes" (votes) share their stems: phrases of two concepts that do are
        // matched as written.
        var shared = concepts.Where(c => c.Phrase.Contains(' ', StringComparison.Ordinal))
            .GroupBy(c => (c.Table, Keys: string.Join(' ', FrameWords.Keys(c.Phrase, Analyzer, stemmed: true))))
            .Where(g => g.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count() > 1).SelectMany(g => g).ToHashSet();
        // A word whose stem other words of another meaning share ("rating" and "rate") is matched as written, and its plurals.
        var asWritten = pack.Set("concepts-as-written");
        foreach (var (phrase, table, value) in concepts)
        {
            if (asWritten.Contains(phrase))
                foreach (var form in Mentions.NounForms.Of(pack).Plurals(phrase).Prepend(phrase)) Add(words, FrameWords.Keys(form, Analyzer, stemmed: false), table, value);
            else
                Add(shared.Contains((phrase, table, value)) ? words : stems, FrameWords.Keys(phrase, Analyzer, stemmed: !shared.Contains((phrase, table, value))), table, value);
        }
        byStem = Freeze(stems);
        byWord = Freeze(words);
        noStarts = new Starts(this, [], []);
        numberConcepts = byStem.GetValueOrDefault(FrameNumberKey, []);
        digitCues = byWord.Keys.Any(k => k.Length > 0 && !k.AsSpan().ContainsAnyExceptInRange('0', '9'));
        Rounds = pack.Meanings("round-words", _ => true, "a round");
        RoundShapes = new Mentions.WordShapes(Rounds.Keys, ignoreCase: true, lastLetters: true);
        Ordinals = pack.Meanings("ordinals", _ => true, "an ordinal");
        HolderPronouns = pack.Set("holder-pronouns");
        GiversByLastWord = GiverLists.SelectMany(l => pack.Words(l)).Select(p => FrameWords.Keys(p, Analyzer, stemmed: false)).Where(k => k.Length > 0)
            .GroupBy(k => k[^1], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        SpeechVerbs = pack.Set("speech-verbs");
        DateBoundBefore = Phrases(pack, "date-bound-before");
        DateApartBetween = Phrases(pack, "date-apart-between");
        DateEarlierEventBefore = Phrases(pack, "date-earlier-event-before");
        DateNounLinks = pack.Set("date-noun-links");
        RecordsBeforeSince = Phrases(pack, "record-before-since");
        PriceLinks = Phrases(pack, "price-links");
        PartitiveLinks = Phrases(pack, "partitive-links");
        AccordingTo = Phrases(pack, "speech-according");
        SpeechAuxiliaries = pack.Set("speech-auxiliaries");
        SpeechParticiples = pack.Set("speech-participles");
        Determiners = pack.Set("determiners");
        Prepositions = pack.Set("prepositions");
        ListWords = [.. pack.Words("and-words"), .. pack.Words("or-words")];
        AndWords = pack.Set("and-words");
        Articles = pack.Set("articles");
        PlaceCues = pack.Set("place-cues");
        NotHolders = pack.Set("not-holders", ignoreCase: false);
        NotHolderWords = NotHolders.GetAlternateLookup<ReadOnlySpan<char>>();
        NameReader = new EntityReader(Analyzer);
        ObjectLinks = pack.Set("holder-object-links");
        ConditionalEndings = pack.Words("conditional-endings");
        NotConditional = pack.Set("not-conditional");
        StatusComparedBefore = pack.Set("compared-before-status");
        HypotheticalIf = pack.Set("status-hypothetical-if");
        InfinitiveMarkers = pack.Set("infinitive-markers");
        adverbEndings = pack.Words("adverb-endings");
        AdjectiveAfter = pack.Set("traits").Contains("adjective-after");
    }

    private readonly ImmutableArray<string> adverbEndings;

    /// <summary>
    /// The phrases of the pack's list <paramref name="list"/> as lower-case keys, each once: a list that gives a phrase in both
    /// cases ("according to", "According to") gives the same keys twice, and the readers ask for the first phrase that
    /// stands at a word, for every word after every figure (the second asking could only repeat the first's answer).
    /// </summary>
    private ImmutableArray<string[]> Phrases(LanguagePack pack, string list) =>
        [.. pack.Words(list).Select(p => FrameWords.Keys(p, Analyzer, stemmed: false)).Where(k => k.Length > 0).DistinctBy(k => string.Join(' ', k), StringComparer.Ordinal)];

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static FrameLexicon Of(LanguagePack pack) => memoOfThread.Of(pack, static p => new FrameLexicon(p));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<FrameLexicon> memoOfThread;

    /// <summary>The language's analyzer, which stems the words.</summary>
    public TextAnalyzer Analyzer { get; }

    /// <summary>Words that number a round ("tour": round, "quarter": quarter).</summary>
    public FrozenDictionary<string, string> Rounds { get; }

    /// <summary>
    /// The (length, first letter, last letter) of the <see cref="Rounds"/>: a sentence's round is looked for at each of its
    /// words, and most words are told to be none by their shape, before a look-up in the table (0.2 % of a check's samples,
    /// perf of 96a7342, AOT, bench corpus).
    /// </summary>
    public Mentions.WordShapes RoundShapes { get; }

    /// <summary>Ordinals and what they number ("second": 2, "final": final).</summary>
    public FrozenDictionary<string, string> Ordinals { get; }

    /// <summary>"to": after a count, the verb that follows says what its people do ("expects 2,000 people to lose their jobs").</summary>
    public FrozenSet<string> InfinitiveMarkers { get; }

    /// <summary>"than", "que": a status word right after one ("lower than expected") is what a figure is compared with.</summary>
    public FrozenSet<string> StatusComparedBefore { get; }

    /// <summary>"and", "or", "et", "ou": the words that join the members of a list.</summary>
    public ImmutableArray<string> ListWords { get; }

    /// <summary>"and", "et": the words that join two members of a coordination.</summary>
    public FrozenSet<string> AndWords { get; }

    /// <summary>"the", "la", "l'": articles, which may open a member of a list ("l'Estonie, la Lettonie et la Lituanie").</summary>
    public FrozenSet<string> Articles { get; }

    /// <summary>"in", "à", "near": words that open a place.</summary>
    public FrozenSet<string> PlaceCues { get; }

    /// <summary>"he", "il": a subject pronoun standing for the holder named before it.</summary>
    public FrozenSet<string> HolderPronouns { get; }

    /// <summary>
    /// "according to", "a indiqué", "reported": phrases, as lower-case words, after which a name gives a figure, by their last
    /// word. A name is asked for the phrases that end on the word before it, not for each of the pack's (a hundred and more,
    /// each compared word by word: 0.3 % of a check's samples, perf, AOT, bench corpus).
    /// </summary>
    public FrozenDictionary<string, ImmutableArray<string[]>> GiversByLastWord { get; }

    /// <summary>"until", "jusqu'en": a date just after them is a bound, not an event's date.</summary>
    public ImmutableArray<string[]> DateBoundBefore { get; }

    /// <summary>"after", "après": between a date and an event, they date another event ("15 days after the death").</summary>
    public ImmutableArray<string[]> DateApartBetween { get; }

    /// <summary>"since", "depuis" opening the phrase that ends with a date ("since the referendum of 1974"): an earlier event's date.</summary>
    public ImmutableArray<string[]> DateEarlierEventBefore { get; }
    /// <summary>"of", "de": between a noun and a date, they make the date that noun's ("l'attaque de janvier 2015").</summary>
    public FrozenSet<string> DateNounLinks { get; }

    /// <summary>"le plus élevé", "the highest", "record": a "since"/"depuis" after them says how long a record holds, not a cumulative basis.</summary>
    public ImmutableArray<string[]> RecordsBeforeSince { get; }

    /// <summary>"à": between a noun phrase and an amount, they make the amount its cost ("un stade à 600 millions").</summary>
    public ImmutableArray<string[]> PriceLinks { get; }

    /// <summary>"of the", "des": between two counts, they make the first a part of the second ("1 000 des 6 000 résidants").</summary>
    public ImmutableArray<string[]> PartitiveLinks { get; }

    /// <summary>"according to", "selon": a sentence opening with them says where all its figures come from.</summary>
    public ImmutableArray<string[]> AccordingTo { get; }

    /// <summary>"said", "indique": a name just before them speaks.</summary>
    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>"a", "ont": before a participle, a speech verb.</summary>
    public FrozenSet<string> SpeechAuxiliaries { get; }

    /// <summary>"indiqué", "déclaré": speech verbs after an auxiliary.</summary>
    public FrozenSet<string> SpeechParticiples { get; }

    /// <summary>"the", "le": words that may open a name's phrase.</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>Prepositions ("from", "par"): a name after one is a complement, never the subject of a verb.</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Capitalised words that are no holder ("The", "Le").</summary>
    public FrozenSet<string> NotHolders { get; }

    /// <summary><see cref="NotHolders"/> asked by a name's word where it stands in its sentence, with no string made for it.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotHolderWords { get; }

    /// <summary>Reads a framed sentence's names from its words (<see cref="SentenceReading.Names"/>).</summary>
    public EntityReader NameReader { get; }

    /// <summary>Words between a measure's noun and the name it is for ("deal for Pogba", "offre pour Tessel").</summary>
    public FrozenSet<string> ObjectLinks { get; }

    /// <summary>Endings of the conditional ("rait"), read as hearsay.</summary>
    public ImmutableArray<string> ConditionalEndings { get; }

    /// <summary>Words with such an ending that are no verb ("portrait").</summary>
    public FrozenSet<string> NotConditional { get; }

    /// <summary>True when the language writes its adjectives after their noun ("les élections européennes").</summary>
    public bool AdjectiveAfter { get; }

    /// <summary>"if", "si": a conditional after them is a hypothesis.</summary>
    public FrozenSet<string> HypotheticalIf { get; }

    /// <summary>
    /// Every phrase of the pack in <paramref name="words"/>, into <paramref name="hits"/>: concepts by stem, cues as written. A concept inside a longer one
    /// of the same table is left out ("grandchildren" inside "great-grandchildren").
    /// </summary>
    public void Hits(FrameWordRow words, string text, List<FrameHit> hits)
    {
        // Found into one list per thread and copied out at the exact size: a list sized per sentence was mostly empty.
        var found = hitScratch ??= new List<FrameHit>(64);
        found.Clear();
        for (var i = 0; i < words.Length; i++)
        {
            var (concepts, cues) = StartsAt(words[i]);
            if (concepts.Length > 0) Match(words, text, i, concepts, found, stemmed: true);
            if (cues.Length > 0) Match(words, text, i, cues, found, stemmed: false);
        }
        hits.Clear();
        // A hit can only be inside a concept of two words or more: in a sentence with none, every hit is kept without
        // weighing each against all the others (InsideLonger 0.16 → 0.04 % of the samples, six alternated perf pairs).
        if (!AnyLongConcept(found))
        {
            hits.AddRange(found);
            if (found.Capacity > 4096) hitScratch = null;
            return;
        }
        // Each hit is weighed against all that were found: one inside a longer one that is itself inside another is inside
        // that one too, so the order of removal does not matter.
        Span<bool> inside = found.Count <= 256 ? stackalloc bool[found.Count] : new bool[found.Count];
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
            if (!(inside[i] = found[i].Table != FrameTable.Cue && InsideLonger(found, found[i]))) kept++;
        hits.EnsureCapacity(kept);
        for (var i = 0; i < found.Count; i++)
            if (!inside[i]) hits.Add(found[i]);
        if (found.Capacity > 4096) hitScratch = null;
    }

    [ThreadStatic]
    private static List<FrameHit>? hitScratch;

    /// <summary>
    /// The phrases that may start at <paramref name="word"/>: the concepts of its stem, the cues as it is written. A word of
    /// the analyzer keeps them on its entry, found in the two tables once for all its occurrences.
    /// </summary>
    private (ImmutableArray<FramePhrase> Concepts, ImmutableArray<FramePhrase> Cues) StartsAt(in FrameWord word)
    {
        // Most words open no phrase: their shared answer is told by its reference, before the type test and its fields.
        if (word.Entry is { } met && ReferenceEquals(met.Frames, noStarts)) return (noStarts.Concepts, noStarts.Cues);
        if (word.Entry?.Frames is Starts kept && ReferenceEquals(kept.Lexicon, this)) return (kept.Concepts, kept.Cues);
        // A number has no entry: its concepts are those of "#", found once, and its digits open no cue unless the pack has one.
        if (word.Entry is null && word.Key == FrameNumberKey) return (numberConcepts, digitCues ? byWord.GetValueOrDefault(word.Lower, []) : []);
        // An elision or a clitic ("d'", "l'", "'s") has no entry either, and is its own key: its answer is kept in the thread's
        // few slots, not asked of both tables at each of its occurrences.
        if (word.Entry is null && ReferenceEquals(word.Key, word.Lower)) return Unkeyed(word.Lower);
        var (concepts, cues) = (byStem.GetValueOrDefault(word.Key, []), byWord.GetValueOrDefault(word.Lower, []));
        // Most words open no phrase: they share one answer, and the words the frames meet keep no object of their own.
        if (word.Entry is { } entry) entry.Frames = concepts.Length + cues.Length == 0 ? noStarts : new Starts(this, concepts, cues);
        return (concepts, cues);
    }

    /// <summary>
    /// The phrases that may start at <paramref name="word"/>, a word without an entry whose key is the word as written, from
    /// the thread's slots (a slot holds the last such word of its shape), or found in both tables and kept there. The
    /// entry-less words are a handful repeated in every sentence ("d'", "l'", "qu'", "'s"): their two frozen-table look-ups
    /// were 0.13 % of a check's samples (perf of 96a7342, AOT, bench corpus).
    /// </summary>
    private (ImmutableArray<FramePhrase> Concepts, ImmutableArray<FramePhrase> Cues) Unkeyed(string word)
    {
        var slots = unkeyedOfThread ??= new UnkeyedStarts?[UnkeyedSlots];
        ref var slot = ref slots[word.Length == 0 ? 0 : (word.Length * 31 + word[0] * 7 + word[^1]) & (UnkeyedSlots - 1)];
        if (slot is { } known && ReferenceEquals(known.Lexicon, this) && string.Equals(known.Word, word, StringComparison.Ordinal)) return (known.Concepts, known.Cues);
        var (concepts, cues) = (byStem.GetValueOrDefault(word, []), byWord.GetValueOrDefault(word, []));
        // A word too long for the analyzer is as rare as it is long: not worth a slot.
        if (word.Length <= 8) slot = new UnkeyedStarts(this, word, concepts, cues);
        return (concepts, cues);
    }

    /// <summary>How many entry-less words a thread keeps the starts of (<see cref="Unkeyed"/>).</summary>
    private const int UnkeyedSlots = 64;

    [ThreadStatic]
    private static UnkeyedStarts?[]? unkeyedOfThread;

    /// <summary>What <see cref="Unkeyed"/> found for <see cref="Word"/> in <see cref="Lexicon"/>.</summary>
    private sealed record UnkeyedStarts(FrameLexicon Lexicon, string Word, ImmutableArray<FramePhrase> Concepts, ImmutableArray<FramePhrase> Cues);

    /// <summary>The phrases that may start at a word of <see cref="Lexicon"/>'s language (see <see cref="StartsAt"/>).</summary>
    private sealed record Starts(FrameLexicon Lexicon, ImmutableArray<FramePhrase> Concepts, ImmutableArray<FramePhrase> Cues);

    private readonly Starts noStarts;

    /// <summary>The key <see cref="FrameWords"/> gives a number.</summary>
    private const string FrameNumberKey = "#";

    /// <summary>The concepts that start at a number, found once: a number has no entry to keep them, and was looked up in both tables each time.</summary>
    private readonly ImmutableArray<FramePhrase> numberConcepts;

    /// <summary>True when a cue of the pack starts with a word of digits only, as a number is written.</summary>
    private readonly bool digitCues;

    /// <summary>True when a hit of a concept table spans two words or more: only such a hit can hold another.</summary>
    private static bool AnyLongConcept(List<FrameHit> hits)
    {
        foreach (var h in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hits))
            if (h.Table != FrameTable.Cue && h.End - h.First > 1) return true;
        return false;
    }

    private static bool InsideLonger(List<FrameHit> hits, FrameHit hit)
    {
        foreach (var o in hits)
            if (o.Table == hit.Table && o.First <= hit.First && o.End >= hit.End && o.End - o.First > hit.End - hit.First) return true;
        return false;
    }

    /// <summary>
    /// The phrases starting at word <paramref name="at"/>; an adverb between two of a phrase's words is read through, and so is
    /// an incise between commas inside a concept's phrase ("s'est engagé, vendredi 30 décembre, avec le club").
    /// </summary>
    private void Match(FrameWordRow words, string text, int at, ImmutableArray<FramePhrase> phrases, List<FrameHit> hits, bool stemmed)
    {
        // Most phrases fail on their second word. Unless the next word is an adverb, where a phrase's second word must stand
        // does not depend on the phrase: the next word, or for a concept the first word after an incise there. Those words
        // are read once here, and a phrase whose second word is neither is passed over without the walk below.
        var second = at + 1;
        var direct = second >= words.Length - 1 || !IsAdverb(words[second].Lower);
        var (plain, afterIncise) = (default(string), default(string));
        if (direct && second < words.Length)
        {
            plain = stemmed ? words[second].Key : words[second].Lower;
            if (stemmed && Incise.After(words, text, second) is var resumed && resumed < words.Length) afterIncise = words[resumed].Key;
        }
        // The strings are compared only where the signatures agree: the test is the same, without reaching the phrase's keys.
        var (plainSignature, inciseSignature) = (FramePhrase.Signature(plain), FramePhrase.Signature(afterIncise));
        foreach (ref readonly var phrase in phrases.AsSpan())
        {
            if (direct && phrase.Length > 1 && (phrase.Second != plainSignature || !SameWord(phrase.Keys[1], plain))
                && (phrase.Second != inciseSignature || !SameWord(phrase.Keys[1], afterIncise))) continue;
            var (keys, table, value) = phrase;
            var next = at + 1;
            var matches = true;
            // The phrase's own length, not its array's: a phrase of one word matches without its keys being reached.
            for (var k = 1; k < phrase.Length && matches; k++)
            {
                while (next < words.Length - 1 && IsAdverb(words[next].Lower) && (stemmed ? words[next].Key : words[next].Lower) != keys[k]) next++;
                if (stemmed && next < words.Length && words[next].Key != keys[k]) next = Incise.After(words, text, next);
                matches = next < words.Length && (stemmed ? words[next].Key : words[next].Lower) == keys[k];
                next++;
            }
            if (matches && new FrameHit(at, next, table, value) is var hit && !FoundAt(hits, hit)) hits.Add(hit);
        }
    }

    /// <summary>
    /// True when <paramref name="hit"/> was found already. The hits are found word after word, so those that start where it
    /// does are the last ones: a search of the whole list (List.Contains through the record's equality comparer) was a
    /// tenth of matching's samples (perf of 08e02fd, AOT, bench corpus).
    /// </summary>
    private static bool FoundAt(List<FrameHit> hits, FrameHit hit)
    {
        var found = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hits);
        for (var i = found.Length - 1; i >= 0 && found[i].First == hit.First; i--)
            if (found[i] == hit) return true;
        return false;
    }

    /// <summary>Equal words; their lengths compared first, in line: a word of another length is told apart without a call.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameWord(string key, string? word) => word is not null && key.Length == word.Length && string.Equals(key, word, StringComparison.Ordinal);

    private bool IsAdverb(string word)
    {
        foreach (var ending in adverbEndings)
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void Add(Dictionary<string, List<(string[], FrameTable, string)>> into, string[] keys, FrameTable table, string value)
    {
        if (keys.Length == 0) return;
        if (!into.TryGetValue(keys[0], out var phrases)) into[keys[0]] = phrases = [];
        // The first concept of a stem wins within a table: "vol" is a flight before a theft.
        if (table != FrameTable.Cue && keys.Length == 1 && phrases.Exists(p => p.Item1.Length == 1 && p.Item2 == table)) return;
        phrases.Add((keys, table, value));
    }

    private static FrozenDictionary<string, ImmutableArray<FramePhrase>> Freeze(Dictionary<string, List<(string[], FrameTable, string)>> lists) =>
        lists.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Item1.Length).Select(x => new FramePhrase(x.Item1, x.Item2, x.Item3)).ToImmutableArray(), StringComparer.Ordinal);
}
