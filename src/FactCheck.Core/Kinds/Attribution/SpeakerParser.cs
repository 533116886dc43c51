using System.Globalization;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Reads the words around a speech verb as a speaker: a pronoun, a name (titles and a determiner allowed: "Mme Dahl",
/// "la CGT"), or a short description ("an allied source", "le chef de l'alliance", "Western diplomats").
/// Offsets are into the block's prose text.
/// </summary>
internal sealed class SpeakerParser(SpeechLexicon lexicon)
{
    private const int MaxWords = 8;

    /// <summary>"M. Estrosi", "Dr. Weber", "George W. Bush": a period after a title or an initial does not end the speaker.</summary>
    private bool AbbreviationEndsAt(string text, int period)
    {
        var start = period;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, period - start);
        return (word.Length == 1 && char.IsUpper(word[0])) || lexicon.TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>The speaker written just before a verb starting at <paramref name="verbStart"/>, not before <paramref name="floor"/>.</summary>
    public SpeakerPhrase? Before(string text, int floor, int verbStart, bool quotedAsSaying)
    {
        // Before runs at every speech verb: its words are read into a list the thread keeps for it (nothing it calls reads
        // speakers before a verb, and the list goes nowhere), not a new one sized for forty words each time.
        var words = Words(text, floor, verbStart, wordsBeforeOfThread ??= []);
        // "he also said", "it had said": adverbs and auxiliaries between a speaker and the verb.
        while (words.Count > 0 && lexicon.Adverbs.Contains(SpeechLexicon.Apostrophes(words[^1].Value))) words.RemoveAt(words.Count - 1);
        if (words.Count > 0 && lexicon.Passive.Contains(words[^1].Value))
        {
            if (!quotedAsSaying) return null; // "he was told": the listener, not the speaker
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count > 0 && lexicon.Subordinators.Contains(words[^1].Value)) return null; // "en déclarant": the speaker is the clause's subject
        if (words.Count > 1 && lexicon.AndWords.Contains(words[^1].Value))
        {
            // "Trump s'est élevé contre … et a déclaré": the speaker opens the clause.
            var from = Boundary(text, floor, words[^1].Index);
            var head = words.FindIndex(w => w.Index >= from);
            var last = head;
            while (last >= 0 && last + 1 < words.Count && IsCapitalized(words[last + 1].Value)) last++;
            return head >= 0 && (IsCapitalized(words[head].Value) || lexicon.Pronouns.Contains(words[head].Value))
                ? Classify(text, words[head].Index, words[last].Index + words[last].Length) : null;
        }
        var end = words.Count > 0 ? words[^1].Index + words[^1].Length : verbStart;
        if (words.Count > 0 && Gap(text, end, verbStart).Contains(',') is false && Boundary(text, floor, end) is var start)
        {
            var phrase = Classify(text, start, end);
            if (phrase is not null) return phrase;
        }
        // "it is petty to point out that Edmund Burke never said it": the speaker opens the clause its "that" opens.
        var that = words.Count - 1;
        while (that >= 0 && !lexicon.ThatWords.Contains(SpeechLexicon.Apostrophes(words[that].Value))) that--;
        if (that >= 0 && that + 1 < words.Count && Classify(text, words[that + 1].Index, end) is { Form: SpeakerForm.Name } named) return named;
        return Appositive(text, floor, verbStart);
    }

    /// <summary>The speaker written just after a verb ending at <paramref name="from"/> ("said Stoltenberg", "a déclaré un diplomate").</summary>
    public SpeakerPhrase? After(string text, int from, int limit)
    {
        var start = from;
        while (start < limit && char.IsWhiteSpace(text[start])) start++;
        var end = start;
        while (end < limit && (text[end] is not (',' or '.' or ';' or ':' or '!' or '?' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or '—' or '–')
               || (text[end] == '.' && AbbreviationEndsAt(text, end))) && !SpacedHyphen(text, end)) end++;
        // "le responsable, sous couvert d'anonymat": the speaker stops at the comma; "said Ingrid Dahl, Norway's energy minister": so does a name.
        var words = Words(text, start, end);
        if (words.Count == 0) return null;
        if (IsCapitalized(words[0].Value) || lexicon.Honorifics.Contains(words[0].Value))
        {
            var last = 0;
            while (last + 1 < words.Count && (IsCapitalized(words[last + 1].Value) || lexicon.Particles.Contains(words[last + 1].Value) && last + 2 < words.Count && IsCapitalized(words[last + 2].Value))) last++;
            var phrase = Classify(text, words[0].Index, words[last].Index + words[last].Length);
            return phrase is null ? null : phrase with { Apposition = ApposedAfter(text, words[last].Index + words[last].Length, limit) };
        }
        // "a affirmé dans un communiqué le professeur Ziyad Al-Aly": past an adjunct, the speaker starts on a determiner or a capital.
        for (var first = 0; first < words.Count; first++)
        {
            if (first > 0 && !lexicon.Determiners.Contains(SpeechLexicon.Apostrophes(words[first].Value)) && !IsCapitalized(words[first].Value)) continue;
            if (first > 0 && (lexicon.Prepositions.Contains(words[first - 1].Value) || !lexicon.Prepositions.Contains(words[0].Value))) continue; // "a déclaré sur BFMTV": a channel, not a speaker
            if (Classify(text, words[first].Index, words[^1].Index + words[^1].Length) is { } phrase) return phrase;
        }
        return null;
    }

    /// <summary>"Orban, s'exprimant après une rencontre avec Trump, a déclaré"; "Vladimir Poutine, qui a affirmé": the speaker before a comma.</summary>
    private SpeakerPhrase? Appositive(string text, int floor, int verbStart)
    {
        var comma = text.LastIndexOf(',', Math.Max(floor, verbStart - 1), Math.Max(0, verbStart - floor));
        if (comma < floor) return null;
        var between = text.AsSpan(comma + 1, verbStart - comma - 1).Trim();
        if (lexicon.RelativePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between))
        {
            var before = Words(text, floor, comma);
            var first = before.Count;
            while (first > 0 && (IsCapitalized(before[first - 1].Value) || lexicon.Particles.Contains(before[first - 1].Value) && first < before.Count)) first--;
            while (first < before.Count && !IsCapitalized(before[first].Value)) first++;
            return first < before.Count ? Classify(text, before[first].Index, before[^1].Index + before[^1].Length) : null;
        }
        if (!between.IsEmpty) return null;
        var open = text.LastIndexOf(',', Math.Max(floor, comma - 1), Math.Max(0, comma - floor));
        if (open < floor || comma - open > 160) return null;
        var start = Boundary(text, floor, open);
        var phrase = Classify(text, start, TrimEnd(text, open));
        return phrase is null ? null : phrase with { Apposition = text[(open + 1)..comma].Trim() };
    }

    /// <summary>", Norway's energy minister, who hosted…": what the text says a named speaker is.</summary>
    private static string? ApposedAfter(string text, int end, int limit)
    {
        if (end >= limit || text[end] != ',') return null;
        var stop = text.IndexOfAny([',', '.', ';', '(', ')'], end + 1);
        if (stop < 0 || stop > limit) stop = limit;
        var apposition = text[(end + 1)..stop].Trim();
        return apposition.Length is > 0 and < 100 ? apposition : null;
    }

    /// <summary>The words of <c>[start, end)</c> read as a speaker, or null when they are not one.</summary>
    public SpeakerPhrase? Classify(string text, int start, int end)
    {
        // The words in a list the thread keeps, taken while read (a nested reading gets its own): a list was made for each
        // phrase read (the lists of speakers' words were 6.5 MB over the bench corpus). Nothing keeps the words read.
        var words = Words(text, start, end, classifyWordsOfThread ?? new List<SpeakerWord>(42));
        classifyWordsOfThread = null;
        var phrase = Classify(text, words);
        if (words.Capacity <= KeptWords) classifyWordsOfThread = words;
        return phrase;
    }

    [ThreadStatic]
    private static List<SpeakerWord>? classifyWordsOfThread;

    /// <summary>Past this many words a list of the thread's is let go (<see cref="Words(string, int, int, List{SpeakerWord})"/> keeps 41).</summary>
    private const int KeptWords = 64;

    /// <summary><paramref name="words"/>, the words of a phrase of <paramref name="text"/>, read as a speaker (the list is changed).</summary>
    private SpeakerPhrase? Classify(string text, List<SpeakerWord> words)
    {
        while (words.Count > 1 && (lexicon.Skip.Contains(words[0].Value) || lexicon.According.Contains(SpeechLexicon.Apostrophes(words[0].Value)))) words.RemoveAt(0);
        if (words.Count == 0 || words.Count > MaxWords) return null;
        var start = words[0].Index;
        var end = words[^1].Index + words[^1].Length;
        var phraseText = text[start..end];
        var first = SpeechLexicon.Apostrophes(words[0].Value);
        if (words.Count == 1 && lexicon.Pronouns.Contains(words[0].Value)) return new(start, end, phraseText, SpeakerForm.Pronoun, false);
        if (lexicon.Others.Contains(first) || (words.Count == 2 && lexicon.Others.Contains(first + " " + words[1].Value))) return new(start, end, phraseText, SpeakerForm.Description, true);
        var anonymous = AnyAnonymous(words);
        var determiner = lexicon.Determiners.Contains(first) || ElidedDeterminer(first, gluedToName: false);
        var rest = determiner && !first.Contains('\'') ? words.Skip(1).ToList() : words;
        // "l'OTAN", "d'Airbus": an elided determiner glued to a name.
        var elided = ElidedDeterminer(first, gluedToName: true);
        if (words.Count == 1 && lexicon.Anonymous.Contains(first)) return new(start, end, phraseText, SpeakerForm.Description, true); // "Analysts said"
        if (words.Count == 1 && lexicon.NotSpeakers.Contains(first)) return null; // "the United States said Friday"
        // "U.S. Officials", "Western Diplomats": capitals in a headline, an anonymous source all the same.
        if (words.Count > 1 && lexicon.Anonymous.Contains(words[^1].Value) && IsName(words)) return new(start, end, phraseText, SpeakerForm.Description, true);
        // "NEW YORK, March 2 - …", "S": a dateline or a lone initial is not a speaker.
        if (words.Count > 1 && words.TrueForAll(w => w.Value.Length > 1 && !w.Value.Any(char.IsLower) && char.IsLetter(w.Value[0]))) return null;
        if (words.Count == 1 && words[0].Value.TrimEnd('.').Length == 1) return null;
        if ((rest.Count > 0 && IsName(rest)) || (elided && (words.Count == 1 || IsName(words.Skip(1).ToList()))))
            return new(start, end, phraseText, SpeakerForm.Name, false);
        if (NotInSpeakerAfterFirst(words))
            return null;
        // "le secrétaire d'État américain Antony Blinken", "Secretary of State Antony Blinken": a name after its title.
        var name = words.Count;
        // A particle between capitals is inside the name ("Banque Nationale de Paris"): a place at the end of a longer name
        // is not the speaker.
        while (name > 0 && ((IsCapitalized(words[name - 1].Value) && !lexicon.Determiners.Contains(words[name - 1].Value))
               || (name > 1 && name < words.Count && lexicon.Particles.Contains(words[name - 1].Value) && IsCapitalized(words[name - 2].Value)))) name--;
        if (name > 0 && name < words.Count && !lexicon.Prepositions.Contains(words[name - 1].Value) && !lexicon.Conjunctions.Contains(words[name - 1].Value)
            && !words[name - 1].Value.EndsWith('\''))
        {
            // "le jury Nobel", "the Interior Ministry": a name after the noun of a body names the body, not a person.
            if (lexicon.Bodies.Contains(words[name - 1].Value)) return new(start, end, phraseText, SpeakerForm.Description, false);
            var title = text[start..(words[name - 1].Index + words[name - 1].Length)];
            return new(words[name].Index, end, text[words[name].Index..end], SpeakerForm.Name, false, title);
        }
        // "the company", "un responsable", "Norway's energy ministry"; with no determiner only an anonymous plural ("officials", "Western diplomats").
        var possessive = EndsPossessive(SpeechLexicon.Apostrophes(words[0].Value));
        if (determiner || possessive || (anonymous && words[^1].Value.EndsWith('s')))
            return words.Count > 1 || anonymous ? new(start, end, phraseText, SpeakerForm.Description, anonymous) : null;
        return null;
    }

    // Loops, not Any and Exists with lambdas: Classify runs for every phrase before or after a speech verb, and the closure
    // of its lambdas over the first word and their delegates were made at each call.

    /// <summary>True when a word of <paramref name="words"/> is an anonymous source's ("officials", "sources").</summary>
    private bool AnyAnonymous(List<SpeakerWord> words)
    {
        foreach (var word in words)
            if (lexicon.Anonymous.Contains(word.Value)) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="first"/> opens with an elided determiner and goes on ("l'alliance"); with
    /// <paramref name="gluedToName"/>, only when a capital follows it ("l'OTAN").
    /// </summary>
    private bool ElidedDeterminer(string first, bool gluedToName)
    {
        var determiners = lexicon.ElidedDeterminers;
        for (var i = 0; i < determiners.Count; i++)
        {
            var d = determiners[i];
            if (first.Length > d.Length && first.StartsWith(d, StringComparison.OrdinalIgnoreCase) && (!gluedToName || char.IsUpper(first[d.Length]))) return true;
        }
        return false;
    }

    /// <summary>True when a word after the first is one no speaker holds, or starts with a digit.</summary>
    private bool NotInSpeakerAfterFirst(List<SpeakerWord> words)
    {
        for (var w = 1; w < words.Count; w++)
            if (lexicon.NotInSpeaker.Contains(words[w].Value) || char.IsDigit(words[w].Value[0])) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> ends as a possessive does ("Norway's").</summary>
    private bool EndsPossessive(string word)
    {
        var endings = lexicon.PossessiveEndings;
        for (var i = 0; i < endings.Count; i++)
            if (word.EndsWith(endings[i], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Capitalized words, particles between them ("Jens Stoltenberg", "Bank of England", "Me Rodolphe Bosselut").</summary>
    private bool IsName(List<SpeakerWord> words)
    {
        if (!IsCapitalized(words[0].Value) && !lexicon.Honorifics.Contains(words[0].Value)) return false;
        for (var i = 1; i < words.Count; i++)
            if (!IsCapitalized(words[i].Value) && !(lexicon.Particles.Contains(words[i].Value) && i + 1 < words.Count)) return false;
        return IsCapitalized(words[^1].Value);
    }

    private bool IsCapitalized(string word) => char.IsUpper(word[0]) && !(word.Length == 1 && lexicon.LetterWords.Contains(word));

    /// <summary>Where the words before <paramref name="end"/> start: after the last punctuation, quotation mark or dash.</summary>
    private static int Boundary(string text, int floor, int end)
    {
        var i = end;
        while (i > floor && text[i - 1] is not (',' or '.' or ';' or ':' or '!' or '?' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or '—' or '–' or '\n' or '|')
               && !(text[i - 1] == '-' && i >= 2 && text[i - 2] == ' ')) i--;
        // "U.S. officials", "M. Dupont": a period inside a name is not a boundary.
        if (i > floor + 1 && text[i - 1] == '.' && i >= 2 && char.IsUpper(text[i - 2]) && (i < 3 || !char.IsLetter(text[i - 3]) || text[i - 3] == '.'))
            return Boundary(text, floor, i - 2);
        return i;
    }

    /// <summary>"George Santayana - Sur internet…": a hyphen between spaces is a dash; it ends the speaker.</summary>
    private static bool SpacedHyphen(string text, int at) =>
        text[at] == '-' && at > 0 && text[at - 1] == ' ' && at + 1 < text.Length && text[at + 1] == ' ';

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static ReadOnlySpan<char> Gap(string text, int from, int to) => from < to ? text.AsSpan(from, to - from) : [];

    /// <summary>The words of the last 160 characters of <c>[start, end)</c>: a speaker never needs more.</summary>
    private static List<SpeakerWord> Words(string text, int start, int end)
    {
        if (end <= start) return [];
        // Room for the words of so many characters at once (news words average five letters and a space), not grown from
        // four by doubling: the lists' growth was half of what reading speakers allocated.
        return Words(text, start, end, new List<SpeakerWord>(Math.Min(42, Math.Min(end - start, 160) / 4 + 1)));
    }

    [ThreadStatic]
    private static List<SpeakerWord>? wordsBeforeOfThread;

    /// <summary>The words of <c>[start, end)</c> (see <see cref="Words(string, int, int)"/>) in <paramref name="list"/>, emptied first.</summary>
    private static List<SpeakerWord> Words(string text, int start, int end, List<SpeakerWord> list)
    {
        list.Clear();
        if (end <= start) return list;
        if (end - start > 160) start = end - 160; // a speaker is a few words long; reading the whole sentence would be wasted
        // A new string a word: looked up in a table of the thread's strings instead (ShortStrings), the words cost three times
        // the CPU for 20 MB less allocated, which the collector spends far less on.
        var i = start;
        while (i < end)
        {
            if (!StartsWord(text[i])) { i++; continue; }
            var wordStart = i++;
            while (i < end && InWord(text[i])) i++;
            list.Add(new SpeakerWord(wordStart, i - wordStart, text.Substring(wordStart, i - wordStart)));
            if (list.Count > 40) list.RemoveAt(0);
        }
        return list;
    }

    // The words are found by a scan of their characters, as the regex [\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&]* found them:
    // its value matches were a third of reading the speaker before a speech verb (perf of the bench corpus, AOT), most of it
    // the regex engine's search loop for a class any letter opens.

    /// <summary>True for a letter, a mark or a digit of any script: a character that opens a speaker's word.</summary>
    internal static bool StartsWord(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : (int)char.GetUnicodeCategory(c) <= (int)UnicodeCategory.OtherNumber;

    /// <summary>True for a character that goes on a speaker's word: one that opens it, an apostrophe, a period, a hyphen or an ampersand.</summary>
    internal static bool InWord(char c) => StartsWord(c) || c is '\'' or '’' or '.' or '-' or '&';

    /// <summary>One word before a speech verb: where it stands and how it is written.</summary>
    private readonly record struct SpeakerWord(int Index, int Length, string Value);
}
