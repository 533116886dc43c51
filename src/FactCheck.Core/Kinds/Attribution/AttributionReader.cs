using FactCheck.Sentences;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Reads the statements of one paragraph: quotations and the speakers their verbs give them, then reported speech
/// ("Stoltenberg said that…", "selon un diplomate, …", "…, affirment des diplomates"). Offsets are into the block's prose.
/// </summary>
internal sealed partial class AttributionReader(SpeechLexicon lexicon, string text, int[] sentenceStarts, int[] sentenceEnds)
{
    /// <summary>A quotation's speaker is looked for this far after it, in its sentence.</summary>
    private const int IncisePlace = 80;


    private readonly SpeakerParser speakers = lexicon.Speakers;
    private List<Quotation> quotations = NoQuotations;

    /// <summary>
    /// The quotations of a paragraph without a quotation mark, most: one list that nothing adds to (<see cref="KeepWithin"/>
    /// removes nothing from it), where a list was made for each reader twice, and a list of bare quotations a third time
    /// (lists of quotations were 2.9 MB over the bench corpus).
    /// </summary>
    private static readonly List<Quotation> NoQuotations = [];
    private List<Cue> cues = null!;

    /// <summary>
    /// The cues of the paragraph being read, in a list the thread keeps: each reader made its own, sized for the verbs
    /// found (6.4 MB of arrays over the bench corpus). Taken by <see cref="Read"/> while in use (a nested reader gets its
    /// own), given back emptied, and let go past <see cref="KeptCues"/> so a huge paragraph's is not held.
    /// </summary>
    [ThreadStatic]
    private static List<Cue>? cuesOfThread;

    private const int KeptCues = 256;

    private readonly record struct Cue(int Start, int End, int VerbStart, string Word, SpeakerPhrase? Inverted, bool QuoteOnly, bool According)
    {
        public bool Used { get; init; }

        /// <summary>"attributed to", "citation de": the speaker follows, a few words after the quotation.</summary>
        public bool Formula { get; init; }

        /// <summary>"never said", "n'a jamais dit", "wrongly attributed to": the speaker did not say it.</summary>
        public bool Denies { get; init; }
    }

    /// <summary>How far after a quotation a formula may stand ("«…» is often attributed to").</summary>
    private const int FormulaPlace = 40;

    /// <summary>Quote-site layouts: the quotation, then a dash or a tilde and the name ("“…” — Jane Doe").</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;:«»“”\"()");

    private static readonly System.Buffers.SearchValues<char> BylineMarks = System.Buffers.SearchValues.Create("—–―~-");

    /// <summary>The block's statements, in order, none overlapping another, from the speech verbs <paramref name="found"/> in it.</summary>
    public List<AttributionDraft> Read(List<(int Start, int End, string Form)> found, bool carriesSpeaker)
    {
        (cues, cuesOfThread) = (cuesOfThread ?? [], null);
        // Sized once for every verb found: grown by doubling, the cues were 20 MB of arrays on the 30 MB file of issue 11.
        cues.EnsureCapacity(found.Count);
        // A caller may give some of a paragraph's sentences only: what stands outside them is not read (a verb or a
        // quotation there would be given a sentence it is not in).
        var (first, last) = (sentenceStarts[0], sentenceEnds[^1]);
        var some = !text.AsSpan(0, first).IsWhiteSpace() || !text.AsSpan(last).IsWhiteSpace();
        foreach (var (start, end, form) in found)
            if ((!some || (start >= first && end <= last)) && MakeCue(start, end, form) is { } cue) cues.Add(cue);
        var quotes = QuoteScanner.MayQuote(text) ? QuoteScanner.Find(text, SentenceStartOf) : NoQuotations;
        if (some) KeepWithin(quotes, first, last);
        quotations = quotes;
        var drafts = new List<AttributionDraft>();
        List<Quotation>? bare = null;
        foreach (var quote in quotes)
        {
            if (quote.InnerEnd <= quote.InnerStart) continue;
            var draft = After(quote) ?? Before(quote);
            if (draft is not null) drafts.Add(draft);
            else if (IsWholeSentence(quote)) (bare ??= []).Add(quote);
        }
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Used || cues[i].QuoteOnly || Reported(i) is not { } reported) continue;
            // A denial of a quotation that already has its speaker here speaks of it as of any earlier one.
            if (reported is { Denied: true, AboutEarlier: false } && AnyOverlaps(drafts, reported))
                reported = reported with { Start = reported.Speaker!.Start, QuoteStart = reported.Speaker.Start, QuoteEnd = reported.Speaker.Start, AboutEarlier = true };
            if (!AnyOverlaps(drafts, reported)) drafts.Add(reported);
        }
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (bare is not null)
            foreach (var quote in bare) Continuation(quote, drafts, carriesSpeaker);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (cues.Capacity <= KeptCues)
        {
            cues.Clear();
            cuesOfThread = cues;
        }
        return drafts;
    }

    /// <summary>A verb found by the lexicon's scan, with its auxiliary ("a déclaré", "a-t-il dit") or inversion ("estime-t-elle").</summary>
    private Cue? MakeCue(int matchStart, int matchEnd, string word)
    {
        var according = lexicon.According.Contains(SpeechLexicon.Apostrophes(word));
        if (according && lexicon.NotASpeaker.IsMatch(text.AsSpan(matchEnd))) return null; // "selon lesquelles", "selon que"
        var verbStart = matchStart;
        SpeakerPhrase? inverted = null;
        if (lexicon.Auxiliaries.Count > 0)
        {
            // French: an auxiliary before the verb, adverbs allowed between ("a également déclaré", "a-t-il dit");
            // a participle is a speech verb only with one.
            var i = matchStart;
            string? auxiliary = null;
            for (var hops = 0; hops < 3 && auxiliary is null; hops++)
            {
                var end = i;
                while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
                var start = end;
                while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
                if (start == end) break;
                var previous = text[start..end];
                if (lexicon.Auxiliaries.Contains(previous)) (auxiliary, verbStart) = (previous, start);
                else if (!lexicon.Adverbs.Contains(previous)) break;
                i = start;
            }
            if (auxiliary is null && lexicon.Participles.Contains(word)) return null;
            var dash = auxiliary?.LastIndexOf('-') ?? -1;
            if (dash > 0) inverted = new SpeakerPhrase(verbStart + dash + 1, verbStart + auxiliary!.Length, auxiliary[(dash + 1)..], SpeakerForm.Pronoun, false);
        }
        var cueEnd = matchEnd;
        // The inversion opens on a hyphen at the verb's end ("estime-t-elle"): most verbs are not followed by one, and are
        // not given to the regex, whose Match object was made for every speech verb.
        if (inverted is null && cueEnd < text.Length && text[cueEnd] == '-' && lexicon.Inversion.Match(text, cueEnd) is { Success: true } inv)
        {
            var p = inv.Groups["p"];
            inverted = new SpeakerPhrase(p.Index, p.Index + p.Length, p.Value, SpeakerForm.Pronoun, false);
            cueEnd = inv.Index + inv.Length;
        }
        if (inverted is not null && lexicon.Impersonal.Contains(inverted.Text)) return null; // "a-t-on annoncé": nobody in particular
        var formula = lexicon.Formulas.Contains(SpeechLexicon.Apostrophes(word));
        return new Cue(verbStart, cueEnd, verbStart, word, inverted, lexicon.QuoteOnlyVerbs.Contains(word) || formula, according)
        {
            Formula = formula,
            Denies = Negated(verbStart, matchEnd),
        };
    }

    /// <summary>"«…», notes an allied source"; "“…,” he said"; "«…», a-t-il dit"; "«…», selon Mme Dahl"; "“…” — Jane Doe".</summary>
    private AttributionDraft? After(Quotation quote)
    {
        if (!quote.Closed) return null;
        if (Byline(quote) is { } byline) return Quoted(quote, byline);
        var limit = SentenceEndOf(quote.Close - 1);
        var from = quote.Close;
        while (from < limit && (char.IsWhiteSpace(text[from]) || text[from] is ',' or '\u00A0' or '\u202F')) from++;
        if (from >= limit) return null;
        // Searched with a loop: a predicate capturing the place was made for every quotation.
        var index = 0;
        while (index < cues.Count && (cues[index].VerbStart < from || cues[index].Used)) index++;
        if (index == cues.Count || cues[index].VerbStart >= limit || cues[index].VerbStart - from > IncisePlace) return null;
        var cue = cues[index];
        SpeakerPhrase? speaker;
        if (cue.VerbStart == from || (cue.Formula && cue.VerbStart - from <= FormulaPlace))
            speaker = cue.Inverted ?? (lexicon.IsListenerVerb(cue.Word) ? null : speakers.After(text, cue.End, limit));
        else
            speaker = cue.According || cue.Formula ? null : speakers.Classify(text, from, cue.VerbStart);
        if (speaker is null) return null;
        cues[index] = cue with { Used = true };
        return Quoted(quote, Anonymized(speaker, quote.Open)) with { Denied = cue.Denies };
    }

    /// <summary>
    /// "“…” — Albert Einstein, physicist", "“…” ~Edmund Burke": a dash or a tilde right after the quotation, then a name
    /// (capitalized words up to a comma, a bracket or a word such as "This" that starts the next sentence). "«…», Victor
    /// Hugo.": after a comma, a name that ends the sentence is a byline too (a quotation site's layout).
    /// </summary>
    private SpeakerPhrase? Byline(Quotation quote)
    {
        var i = quote.Close;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F') i++;
        var comma = i < text.Length && text[i] == ',';
        if (i >= text.Length || !(BylineMarks.Contains(text[i]) || comma)) return null;
        i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        var end = start;
        while (i < text.Length && char.IsUpper(text[i]))
        {
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '.' or '-' or '\'' or '’')) wordEnd++;
            if (lexicon.Determiners.Contains(text[i..wordEnd]) || lexicon.Pronouns.Contains(text[i..wordEnd].ToLowerInvariant())) break;
            end = wordEnd;
            // "Winston Churchill. Qui …": a period after a word that is no initial or title ends the name with its sentence.
            if (text[wordEnd - 1] == '.' && wordEnd - i > 2 && !lexicon.TitleAbbreviations.Contains(text[i..(wordEnd - 1)])) break;
            i = wordEnd;
            if (i < text.Length && text[i] == ' ') i++;
        }
        while (end > start && text[end - 1] == '.') end--;
        if (end <= start || (comma && !EndsSentence(end))) return null;
        var phrase = speakers.Classify(text, start, end);
        return comma && phrase is not { Form: SpeakerForm.Name } ? null : phrase;
    }

    /// <summary>True when the sentence, the line or the paragraph ends at <paramref name="offset"/> (spaces allowed before its end).</summary>
    private bool EndsSentence(int offset)
    {
        var i = offset;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F' or '\r') i++;
        return i >= text.Length || text[i] is '\n' or '.' or '!';
    }

    /// <summary>True when a word of the language's negations stands in the few words before <paramref name="verbStart"/> ("never said", "n'a jamais dit").</summary>
    private bool Negated(int verbStart, int cueEnd)
    {
        // Only the verb's own clause: a "pas" inside the quotation before it ("« … n'est pas ma vision », a ajouté") denies nothing.
        var from = Math.Max(SentenceStartOf(verbStart), verbStart - 24);
        from = Math.Max(from, text.AsSpan(from, verbStart - from).LastIndexOfAny(ClauseEnds) + from + 1);
        // The words are read in place and looked up by their characters: cutting out the clause and each of its words was
        // 28 MB of strings on the 30 MB file of issue 11, for a cue of every attribution.
        var negations = lexicon.Negations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = from; i < cueEnd;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var wordStart = i;
            while (i < cueEnd && char.IsLetter(text[i])) i++;
            // "n'a" (the elided "n'" is a word of its own), "didn't" (one word across its apostrophe).
            var glued = i < text.Length && text[i] is '\'' or '’';
            if (IsNegation(negations, wordStart, i)) return true;
            if (!glued) continue;
            var next = i + 1;
            while (next < text.Length && char.IsLetter(text[next])) next++;
            if (IsNegation(negations, wordStart, i + 1) || IsNegation(negations, wordStart, next)) return true;
        }
        return false;
    }

    /// <summary>True when the text <c>[start, end)</c>, its apostrophes straight, is a negation.</summary>
    private bool IsNegation(System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> negations, int start, int end)
    {
        Span<char> word = end - start <= 64 ? stackalloc char[end - start] : new char[end - start];
        text.AsSpan(start, end - start).Replace(word, '’', '\'');
        return negations.Contains(word);
    }

    /// <summary>"Orban a déclaré : « … »"; "he concedes: “…”"; "un responsable a déclaré que les ministres « … »".</summary>
    private AttributionDraft? Before(Quotation quote)
    {
        var floor = SentenceStartOf(quote.Open);
        var index = cues.Count - 1;
        while (index >= 0 && !(cues[index].End <= quote.Open && cues[index].VerbStart >= floor && !cues[index].Used)) index--;
        if (index < 0 || cues[index].According) return null;
        var cue = cues[index];
        if (cue.Formula) return FormulaBefore(quote, index);
        var gap = text.AsSpan(cue.End, quote.Open - cue.End);
        var direct = gap.Trim().IsEmpty || gap.Trim() is ":" or "," || (gap.TrimEnd().EndsWith(':') && gap.Length < 60 && gap.IndexOfAny(".;!?") < 0);
        var that = direct ? -1 : lexicon.ThatClauseEnd(text, cue.End);
        if (!direct && (that < 0 || that > quote.Open)) return null;
        if (cue.QuoteOnly && !gap.TrimEnd().EndsWith(':')) return null;
        // "Selon la formule de X, « … »": a formula's speaker follows it.
        var speaker = cue.Formula ? speakers.After(text, cue.End, quote.Open)
            : cue.Inverted ?? speakers.Before(text, floor, cue.VerbStart, lexicon.PassiveSpeech.Contains(cue.Word));
        if (speaker is null) return null;
        cues[index] = cue with { Used = true };
        speaker = Anonymized(speaker, quote.Open);
        if (direct) return Quoted(quote, speaker) with { Denied = cue.Denies };
        // Reported speech holding a quotation: the quotation is the statement when it is most of the clause.
        var clauseStart = that;
        var clauseEnd = Math.Max(quote.Close, TrimEnd(SentenceEndOf(quote.Open)));
        if (Words(quote.InnerStart, quote.InnerEnd) * 2 >= Words(clauseStart, clauseEnd)) return Quoted(quote, speaker) with { Denied = cue.Denies };
        return Draft(clauseStart, clauseEnd, speaker, quote.Open) is { } draft ? draft with { Denied = cue.Denies } : null;
    }

    /// <summary>"Selon la formule de X, « … »", "In the words of X: “…”": the formula, its speaker, then the quotation.</summary>
    private AttributionDraft? FormulaBefore(Quotation quote, int index)
    {
        var cue = cues[index];
        var speaker = speakers.After(text, cue.End, quote.Open) is { } after && text.AsSpan(after.End, quote.Open - after.End).Trim() is "" or "," or ":"
            ? after
            : Relayed(cue);
        if (speaker is null) return null;
        cues[index] = cue with { Used = true };
        return Quoted(quote, speaker) with { Denied = cue.Denies };
    }

    /// <summary>
    /// "Burke never actually said it.", "Churchill ne l'a jamais dit.": a named speaker denied, with no words but a pronoun
    /// after the verb; the statement is the quotation the source gave last (<see cref="AttributionDraft.AboutEarlier"/>).
    /// </summary>
    private AttributionDraft? DenialOfEarlier(Cue cue, int sentenceStart, int sentenceEnd)
    {
        var tail = text.AsSpan(cue.End, sentenceEnd - cue.End).Trim().TrimEnd(".!?;,").Trim();
        if (!tail.IsEmpty && !lexicon.DeniedObjects.Contains(SpeechLexicon.Apostrophes(tail.ToString()))) return null;
        if ((cue.Inverted ?? speakers.Before(text, sentenceStart, cue.VerbStart, false)) is not { Form: SpeakerForm.Name } speaker) return null;
        cues[cues.IndexOf(cue)] = cue with { Used = true };
        var end = cue.End + (text.AsSpan(cue.End, sentenceEnd - cue.End).Length - text.AsSpan(cue.End, sentenceEnd - cue.End).TrimStart().Length) + tail.Length;
        // The quotation last given before it in the paragraph ("“…” What a line. Yet Burke never said it."): the statement
        // runs from it to the denial.
        var quoted = quotations.FindLast(q => q.Closed && q.Close <= speaker.Start);
        return quoted.Closed
            ? new AttributionDraft(quoted.Open, end, quoted.InnerStart, quoted.InnerEnd, true, speaker, false) { Denied = true }
            : new AttributionDraft(speaker.Start, end, speaker.Start, speaker.Start, true, speaker, false) { Denied = true, AboutEarlier = true };
    }

    /// <summary>"The paper quoted the minister as saying": the one quoted, between a relay verb and the formula, not the paper.</summary>
    private SpeakerPhrase? Relayed(Cue cue)
    {
        var floor = SentenceStartOf(cue.Start);
        var lead = text[floor..cue.Start];
        var verbEnd = -1;
        foreach (var (start, end) in LetterRuns.In(lead))
            if (lexicon.RelayVerbs.Contains(lead[start..end])) verbEnd = end;
        return verbEnd < 0 ? null : speakers.Classify(text, floor + verbEnd, cue.Start);
    }

    /// <summary>Reported speech around the verb of cue <paramref name="index"/>, or null.</summary>
    private AttributionDraft? Reported(int index)
    {
        var cue = cues[index];
        var sentenceStart = SentenceStartOf(cue.Start);
        var sentenceEnd = TrimEnd(SentenceEndOf(cue.Start));
        // A cue that runs out of its own sentence (a sentence cut in pieces inside it) reports nothing.
        if (cue.VerbStart < sentenceStart || cue.End > sentenceEnd) return null;
        if (cue.Denies && !cue.According && !cue.Formula && DenialOfEarlier(cue, sentenceStart, sentenceEnd) is { } denial) return denial;
        var lead = text.AsSpan(sentenceStart, cue.VerbStart - sentenceStart).Trim();
        if (cue.According)
        {
            // "Selon un diplomate, …" or "…, according to officials."
            var comma = text.IndexOf(',', cue.End, Math.Max(0, sentenceEnd - cue.End));
            if (lead.IsEmpty || lexicon.Skip.Contains(lead.ToString()))
                return comma > 0 && speakers.After(text, cue.End, comma) is { } first ? Draft(comma + 1, sentenceEnd, first, cue.Start) : null;
            if (!lead.EndsWith(",") || comma >= 0) return null;
            return speakers.After(text, cue.End, sentenceEnd) is { } last ? Draft(sentenceStart, LastComma(cue.VerbStart), last, cue.Start) : null;
        }
        var tail = text.AsSpan(cue.End, sentenceEnd - cue.End).Trim();
        if (tail.IsEmpty || (tail.Length < 40 && tail.IndexOfAny(',', ':') < 0 && !lexicon.ThatClause.IsMatch(text, cue.End)))
        {
            // "…, a spokesman said." / "…, affirment des diplomates." / "…, said Stoltenberg."
            var before = text.AsSpan(sentenceStart, cue.VerbStart - sentenceStart).TrimEnd();
            var speaker = before.EndsWith(",") && cue.Inverted is null && tail.IsEmpty is false
                ? speakers.After(text, cue.End, sentenceEnd)
                : cue.Inverted ?? speakers.Before(text, sentenceStart, cue.VerbStart, false);
            if (speaker is not null && !(lexicon.ListenerVerbs.Contains(cue.Word) && speaker.Start > cue.Start))
            {
                var comma = LastComma(Math.Min(speaker.Start, cue.VerbStart));
                if (comma > sentenceStart) return Draft(sentenceStart, comma, speaker, cue.Start);
            }
            if (tail.IsEmpty) return null; // no comma before: "The NATO chief said the allies agreed" is read below
        }
        // "Stoltenberg said (on Tuesday) that …", "un responsable a déclaré que …", "Rah said most of the purchases …"
        var clause = lexicon.ThatClauseEnd(text, cue.End);
        int clauseStart;
        if (clause >= 0 && clause < sentenceEnd) clauseStart = clause;
        else
        {
            if (!lexicon.BareClauses || lexicon.IsListenerVerb(cue.Word)) return null;
            clauseStart = cue.End;
            while (clauseStart < sentenceEnd && char.IsWhiteSpace(text[clauseStart])) clauseStart++;
            var next = text.AsSpan(clauseStart, Math.Min(12, sentenceEnd - clauseStart));
            var firstWord = next[..(next.IndexOfAny(' ', '\n') is var sp and >= 0 ? sp : next.Length)].ToString();
            if (firstWord.Length == 0 || !char.IsLetterOrDigit(firstWord[0]) || lexicon.NoClauseAfter.Contains(firstWord)) return null;
        }
        var who = cue.Inverted ?? speakers.Before(text, sentenceStart, cue.VerbStart, lexicon.PassiveSpeech.Contains(cue.Word));
        return who is null ? null : Draft(clauseStart, sentenceEnd, who, cue.Start);
    }

    /// <summary>A bare quotation that is a whole sentence shares the speaker of the quotation just before or after it.</summary>
    private void Continuation(Quotation quote, List<AttributionDraft> drafts, bool carriesSpeaker)
    {
        var after = drafts.FindIndex(d => d.Start >= quote.Close);
        var before = after < 0 ? drafts.Count - 1 : after - 1;
        int source;
        if (before >= 0 && drafts[before].Quoted && SentenceIndexOf(quote.Open) - SentenceIndexOf(drafts[before].Extent.To - 1) <= 1) source = before;
        else if (after >= 0 && drafts[after].Quoted && SentenceIndexOf(drafts[after].Start) - SentenceIndexOf(quote.Close - 1) <= 1) source = after;
        else if (before < 0 && carriesSpeaker && SentenceIndexOf(quote.Open) == 0) source = -2; // the paragraph before ends with a quotation
        else return;
        // "… une citation de X. On trouve des variantes apocryphes : « … »": words the source disowns are nobody's.
        if (source >= 0 && ContainsWordOf(drafts[source].Extent.To, quote.Open, lexicon.Disowning)) return;
        drafts.Add(Quoted(quote, null) with { Continues = source >= 0 ? drafts[source].Start : -2 });
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>True when a word of <paramref name="words"/> stands in the text <c>[from, to)</c>.</summary>
    private bool ContainsWordOf(int from, int to, System.Collections.Frozen.FrozenSet<string> words)
    {
        if (to <= from) return false;
        foreach (var (start, end) in LetterRuns.In(text[from..to]))
            if (words.Contains(text[(from + start)..(from + end)])) return true;
        return false;
    }

    /// <summary>"a déclaré le responsable, sous couvert d'anonymat": an unnamed speaker whose sentence says so is anonymous.</summary>
    private SpeakerPhrase Anonymized(SpeakerPhrase speaker, int at) =>
        speaker.Form == SpeakerForm.Description && !speaker.Anonymous
        && ContainsAny(text.AsSpan(SentenceStartOf(at), SentenceEndOf(at) - SentenceStartOf(at)), lexicon.AnonymityStems)
            ? speaker with { Anonymous = true }
            : speaker;

    private static AttributionDraft Quoted(Quotation quote, SpeakerPhrase? speaker) =>
        new(quote.Open, quote.Close, quote.InnerStart, quote.InnerEnd, false, speaker, true);

    private AttributionDraft? Draft(int start, int end, SpeakerPhrase speaker, int at)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '-' or '–' or '—')) start++;
        end = TrimEnd(end);
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':') end--;
        return !HasWords(start, end, 3) ? null : new AttributionDraft(start, end, start, end, true, Anonymized(speaker, at), false);
    }

    private bool IsWholeSentence(Quotation quote)
    {
        var start = SentenceStartOf(quote.Open);
        var end = TrimEnd(SentenceEndOf(quote.Close - 1));
        return quote.Open - start <= 2 && (!quote.Closed || end - quote.Close <= 2) && HasWords(quote.InnerStart, quote.InnerEnd, 3);
    }

    private static bool Overlaps(AttributionDraft a, AttributionDraft b) => a.Start < b.End && b.Start < a.End;

    // Loops, not RemoveAll and Exists with lambdas: their closures over the bounds and the draft were made for every
    // paragraph and every reported statement Read was given.

    /// <summary>True when a draft of <paramref name="drafts"/> overlaps <paramref name="draft"/>.</summary>
    private static bool AnyOverlaps(List<AttributionDraft> drafts, AttributionDraft draft)
    {
        foreach (var other in drafts)
            if (Overlaps(other, draft)) return true;
        return false;
    }

    /// <summary>Leaves out the quotations that open before <paramref name="first"/> or close after <paramref name="last"/>, the others in their order.</summary>
    private static void KeepWithin(List<Quotation> quotes, int first, int last)
    {
        var kept = 0;
        for (var q = 0; q < quotes.Count; q++)
            if (quotes[q].Open >= first && quotes[q].Close <= last) quotes[kept++] = quotes[q];
        quotes.RemoveRange(kept, quotes.Count - kept);
    }

    /// <summary>
    /// True when <paramref name="text"/> holds one of <paramref name="stems"/>, in any case. Indexed, not a foreach: the
    /// list's enumerator was made for each statement given to a description (0.16 % of a check's samples under it, perf
    /// of the bench corpus, AOT).
    /// </summary>
    private static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> stems)
    {
        for (var i = 0; i < stems.Count; i++)
            if (text.Contains(stems[i], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private int LastComma(int before) => text.LastIndexOf(',', Math.Max(0, before - 1));

    /// <summary>
    /// True when <c>[start, end)</c> holds <paramref name="count"/> words or more: counted up to there only, where counting a
    /// reported clause's words to its sentence's end was a third of making its statement (perf of the bench corpus, AOT).
    /// </summary>
    private bool HasWords(int start, int end, int count)
    {
        for (var i = start; i < end && count > 0; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))) count--;
        return count <= 0;
    }

    private int Words(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))) count++;
        return count;
    }

    private int TrimEnd(int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private int SentenceIndexOf(int offset)
    {
        var i = Array.BinarySearch(sentenceStarts, offset);
        return Math.Max(0, i < 0 ? ~i - 1 : i);
    }

    private int SentenceStartOf(int offset) => sentenceStarts[SentenceIndexOf(offset)];

    private int SentenceEndOf(int offset) => sentenceEnds[SentenceIndexOf(offset)];
}
