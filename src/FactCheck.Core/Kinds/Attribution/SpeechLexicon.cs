using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Attribution;

/// <summary>The speech verbs and speaker words of one language, from its pack's <c>speech-</c> lists.</summary>
internal sealed class SpeechLexicon
{
    private SpeechLexicon(LanguagePack language)
    {
        var verbs = language.Words("speech-verbs");
        var quoteVerbs = language.Words("speech-quote-verbs");
        QuoteOnlyVerbs = quoteVerbs.ToFrozenSet(StringComparer.Ordinal);
        Participles = language.Set("speech-participles", ignoreCase: false);
        var singles = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<(string Tail, string Form)>>(StringComparer.Ordinal);
        Formulas = language.Words("quote-formulas").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RelayVerbs = language.Set("quote-relay-verbs", ignoreCase: false);
        DeniedObjects = language.Set("denied-objects");
        Negations = language.Words("speech-negations").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var form in verbs.Concat(quoteVerbs).Concat(language.Words("speech-according")).Concat(language.Words("quote-formulas")).Distinct(StringComparer.Ordinal))
        {
            var split = 0;
            while (split < form.Length && char.IsLetter(form[split])) split++;
            if (split == form.Length) singles.Add(form);
            else
            {
                if (!phrases.TryGetValue(form[..split], out var rest)) phrases[form[..split]] = rest = [];
                rest.Add((form[split..], form));
            }
        }
        cueShapes = new WordShapes(singles.Concat(phrases.Keys), ignoreCase: false);
        // The longest phrase first: "attribuée à tort à X" is a formula of its own, not "attribuée à" before the words "tort à X".
        cueLookup = singles.Concat(phrases.Keys).Distinct(StringComparer.Ordinal).ToFrozenDictionary(
                word => word,
                word => (singles.Contains(word) ? word : null, phrases.TryGetValue(word, out var rests) ? rests.OrderByDescending(t => t.Tail.Length).ToList() : null),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        According = language.Words("speech-according").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Auxiliaries = language.Set("speech-auxiliaries");
        Adverbs = language.Words("speech-adverbs").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Pronouns = language.Set("speech-pronouns", ignoreCase: false);
        Anonymous = language.Set("speech-anonymous");
        Others = language.Words("speech-others").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Skip = language.Set("speech-skip", ignoreCase: false);
        BareClauses = language.Set("traits").Contains("bare-reported-clauses");
        ListenerVerbs = [.. language.Words("listener-verbs")];
        PassiveSpeech = language.Set("passive-speech", ignoreCase: false);
        AnonymityStems = [.. language.Words("anonymity-stems")];
        NoClauseAfter = language.Set("no-clause-after", ignoreCase: false);
        Impersonal = language.Set("impersonal-pronouns", ignoreCase: false);
        Determiners = language.Words("determiners").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ElidedDeterminers = [.. language.Words("elided-determiners").Select(Apostrophes)];
        Particles = language.Set("name-particles", ignoreCase: false);
        Honorifics = language.Set("honorifics", ignoreCase: false);
        TitleAbbreviations = language.Set("title-abbreviations", ignoreCase: false);
        Prepositions = language.Set("prepositions");
        NotSpeakers = language.Set("not-speakers");
        Passive = language.Set("passive-auxiliaries");
        Subordinators = language.Set("subordinators", ignoreCase: false);
        AndWords = language.Set("and-words", ignoreCase: false);
        Conjunctions = AndWords.Concat(language.Words("or-words")).ToFrozenSet(StringComparer.Ordinal);
        RelativePronouns = language.Set("relative-pronouns", ignoreCase: false);
        NotInSpeaker = language.Set("not-in-speaker", ignoreCase: false);
        Bodies = language.Set("speech-bodies");
        Disowning = language.Set("speech-disowning");
        ThatWords = language.Words("that-words").Select(Apostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PossessiveEndings = [.. language.Words("possessive-endings").Select(Apostrophes)];
        LetterWords = language.Set("capital-letter-words", ignoreCase: false);
        ThatClause = PackRegexes.Get(language, $@"\G[^.,:;!?«»""“”]{{0,60}}?(?<![\p{{L}}]){language.WholeWord("that-words")}\s*", RegexOptions.CultureInvariant);
        NotASpeaker = PackRegexes.Get(language, $@"^\s*(?:{language.Alternation("according-not-prefixes")}|{language.WholeWord("that-words")})", RegexOptions.CultureInvariant);
        Inversion = PackRegexes.Get(language, $@"\G-(?:t-)?(?<p>{language.Alternation("inverted-pronouns")})(?![\p{{L}}])", RegexOptions.CultureInvariant);
        Speakers = new SpeakerParser(this);
    }

    /// <summary>The parser of speakers with these words: it keeps nothing else, so one serves every paragraph (one a paragraph was made).</summary>
    public SpeakerParser Speakers { get; }

    /// <summary>Words that open a description of a speaker ("an allied source", "le chef de l'alliance"), apostrophes straight.</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>The elided ones ("l'", "d'"): glued to a name, they make it a name still ("l'OTAN", "d'Airbus").</summary>
    public IReadOnlyList<string> ElidedDeterminers { get; }

    /// <summary>Small words inside names ("von der", "of"), as written.</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary>Honorifics before a name ("Mme", "Mr."), as written.</summary>
    public FrozenSet<string> Honorifics { get; }

    /// <summary>Abbreviated titles whose period does not end a speaker ("Dr"), as written.</summary>
    public FrozenSet<string> TitleAbbreviations { get; }

    /// <summary>"of", "sur": before a capitalized word, a channel or a place, not a speaker.</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Capitalized words that are no speaker ("Friday").</summary>
    public FrozenSet<string> NotSpeakers { get; }

    /// <summary>"was", "été": "he was told" names the listener.</summary>
    public FrozenSet<string> Passive { get; }

    /// <summary>"en déclarant", "after saying": the speaker is the clause's subject.</summary>
    public FrozenSet<string> Subordinators { get; }

    /// <summary>"and", "et".</summary>
    public FrozenSet<string> AndWords { get; }

    /// <summary>"and", "or", "et", "ou".</summary>
    public FrozenSet<string> Conjunctions { get; }

    /// <summary>"who", "qui" after a comma: the speaker stands before it.</summary>
    public FrozenSet<string> RelativePronouns { get; }

    /// <summary>Words that make a description a clause ("that", "qui", "est").</summary>
    public FrozenSet<string> NotInSpeaker { get; }

    /// <summary>"jury", "committee", "ministère": nouns of a body of people; a name after one qualifies it ("le jury Nobel"), it is not a person.</summary>
    public FrozenSet<string> Bodies { get; }

    /// <summary>"apocryphal", "variants": words that say the quotations after them are not the speaker's own words.</summary>
    public FrozenSet<string> Disowning { get; }

    /// <summary>"that", "que", "qu'": words that open a reported clause, apostrophes straight.</summary>
    public FrozenSet<string> ThatWords { get; }

    /// <summary>"'s": "Norway's energy ministry" describes a speaker.</summary>
    public IReadOnlyList<string> PossessiveEndings { get; }

    /// <summary>Capital letters that are words ("I", "A") and no initial of a name.</summary>
    public FrozenSet<string> LetterWords { get; }

    /// <summary>"said (on Tuesday) that", "a déclaré que", "qu'il": the words before a reported clause, up to its start.</summary>
    public Regex ThatClause { get; }

    /// <summary>
    /// Where the <see cref="ThatClause"/> that starts at <paramref name="at"/> ends, or -1. Its match read as a value, not a
    /// <see cref="Match"/>: one a speech verb was made and dropped at once (a sixth of reading reported speech, perf, AOT).
    /// </summary>
    public int ThatClauseEnd(string text, int at)
    {
        foreach (var match in ThatClause.EnumerateMatches(text.AsSpan(), at)) return match.Index + match.Length;
        return -1;
    }

    /// <summary>"selon lesquelles", "selon que": no speaker follows "according to".</summary>
    public Regex NotASpeaker { get; }

    /// <summary>"estime-t-elle", "déclare-t-il": the speaker inverted after the verb.</summary>
    public Regex Inversion { get; }

    /// <summary>"a-t-on annoncé": a pronoun that is nobody in particular.</summary>
    public FrozenSet<string> Impersonal { get; }

    /// <summary>A speech verb may open reported speech without "that" ("Rah said most of the purchases were made").</summary>
    public bool BareClauses { get; }

    /// <summary>"told", "tells": the words after them name the listener, not the speaker.</summary>
    public IReadOnlyList<string> ListenerVerbs { get; }

    /// <summary>"quoted as saying": the speaker stands before a passive auxiliary.</summary>
    public FrozenSet<string> PassiveSpeech { get; }

    /// <summary>"anonym": a sentence holding it makes an unnamed speaker anonymous.</summary>
    public IReadOnlyList<string> AnonymityStems { get; }

    /// <summary>Words after which no bare clause starts ("said on Tuesday").</summary>
    public FrozenSet<string> NoClauseAfter { get; }

    /// <summary>True when <paramref name="word"/> is a listener verb, alone or starting a phrase ("told reporters").</summary>
    public bool IsListenerVerb(string word)
    {
        // A loop, not Any with a lambda: its closure, its delegate and a verb and space joined for each verb were made at each ask.
        for (var i = 0; i < ListenerVerbs.Count; i++)
        {
            var verb = ListenerVerbs[i];
            if (word.StartsWith(verb, StringComparison.Ordinal) && (word.Length == verb.Length || word[verb.Length] == ' ')) return true;
        }
        return false;
    }

    private readonly WordShapes cueShapes;

    /// <summary>
    /// Each word that is a cue (<c>Single</c>, as listed) or opens cues of several words (<c>Phrases</c>, their tails longest
    /// first): one look-up a word of a cue's shape, where a set of the single words and a table of the phrases' first words
    /// were asked in turn, each hashing the word (the set's look-up alone was a third of the scan's samples, perf of the bench
    /// corpus, AOT).
    /// </summary>
    private readonly FrozenDictionary<string, (string? Single, List<(string Tail, string Form)>? Phrases)>.AlternateLookup<ReadOnlySpan<char>> cueLookup;

    /// <summary>
    /// Every speech verb, quote-only verb and "according to" word of the language in <paramref name="text"/>: where it
    /// stands and its form as listed, into <paramref name="found"/> (emptied first). A word scan with one set look-up a word,
    /// much faster than a regex of 200 alternatives.
    /// </summary>
    public List<(int Start, int End, string Form)> Cues(string text, List<(int Start, int End, string Form)> found)
    {
        found.Clear();
        // The runs found 64 characters at a time (nothing below asks for another text's runs while these are read).
        foreach (var (start, i) in SentenceRuns.Of(text))
        {
            var word = text.AsSpan(start, i - start);
            if (!cueShapes.MayHold(word)) continue; // every paragraph is scanned: most of its words start no cue
            if (start > 0 && text[start - 1] is '\'' or '’' or '-') continue; // "l'a dit", "peut-être": part of another word
            if (i < text.Length && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (!cueLookup.TryGetValue(word, out var cue)) continue;
            if (cue.Single is { } form && !(i < text.Length && text[i] is '\'' or '’')) found.Add((start, i, form));
            if (cue.Phrases is { } rests)
                foreach (var (rest, phrase) in rests)
                    if (Follows(text, i, rest) is var end and > 0) { found.Add((start, end, phrase)); break; }
        }
        return found;
    }

    /// <summary>Where <paramref name="rest"/> ends when the text goes on with it at <paramref name="at"/> (any white space for a space, either apostrophe), or 0.</summary>
    private static int Follows(string text, int at, string rest)
    {
        var i = at;
        foreach (var c in rest)
        {
            if (c == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i])) return 0;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                continue;
            }
            if (i >= text.Length || !(text[i] == c || (c is '\'' or '’' && text[i] is '\'' or '’'))) return 0;
            i++;
        }
        return i < text.Length && char.IsLetter(text[i]) ? 0 : i;
    }

    /// <summary>Verb forms that are speech verbs only next to a quotation.</summary>
    public FrozenSet<string> QuoteOnlyVerbs { get; }

    /// <summary>French participles: speech verbs only after an auxiliary.</summary>
    public FrozenSet<string> Participles { get; }

    /// <summary>"attributed to", "citation de": formulas that give a quotation to the name after them (apostrophes straight).</summary>
    public FrozenSet<string> Formulas { get; }

    /// <summary>"it", "that", "cela": after a denied verb, the quotation the source gave last.</summary>
    public FrozenSet<string> DeniedObjects { get; }

    /// <summary>"quoted", "cited": "X quoted Y as saying" gives the words to Y, named between the verb and the formula.</summary>
    public FrozenSet<string> RelayVerbs { get; }

    /// <summary>"never", "jamais", "wrongly": before a verb or a formula, they deny the statement (apostrophes straight).</summary>
    public FrozenSet<string> Negations { get; }

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

    /// <summary>The lexicon of <paramref name="language"/>.</summary>
    public static SpeechLexicon Of(LanguagePack language) => memoOfThread.Of(language, static l => new SpeechLexicon(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<SpeechLexicon> memoOfThread;

    /// <summary>The word with typographic apostrophes made straight, so both spellings look alike.</summary>
    public static string Apostrophes(string word) => word.Replace('’', '\'');
}
