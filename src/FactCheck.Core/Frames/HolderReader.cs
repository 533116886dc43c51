using FactCheck.Analysis;
using FactCheck.Binding;
using FactCheck.Kinds.Place;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// Reads whose measure a claim states: the names of its sentence ("Karl Lagerfeld", "WhatsApp", "la région de Sfax", a
/// short quoted term: le « non »), each as the source identifies it (<see cref="SourceNameIndex"/>) or as a place of the
/// gazetteer, so that "Nouvelle-Calédonie" and "New Caledonia" are one holder. The holder is the name the sentence ties to
/// the measure — its possessor ("Borg-Warner's debt"), its complement ("la dette de GAF", "acquisition of WhatsApp"), the
/// subject of its verb ("Karl Lagerfeld est mort", "WhatsApp comptait 600 millions") — and then it is sure; or else the
/// name nearest before the figure in its clause, or after it (after it first for a compared figure: "contre 43 % pour le
/// oui"). The other names of the sentence are kept as what a second source may call the holder.
/// </summary>
internal static class HolderReader
{
    private const int LongestQuotedHolder = 3;
    private const int SubjectGap = 3;
    private const int LongestApposition = 7;

    /// <summary>The holder of <paramref name="claim"/>; <paramref name="all"/> are the mentions of the claims of its sentence, its own included.</summary>
    public static FrameHolder? Read(SentenceReading s, Claim claim, List<Mention> all, SourceNameIndex names, (int First, int End) measure, bool compared, IReadOnlyList<SentenceReading> earlier)
    {
        var read = Read(s, claim.Mention, all, names, measure, compared);
        if (read is not null && MeasureObject.Of(s, claim, measure, names) is { } thing && thing != read.Key) read = read with { Target = thing };
        // "the Baltic Cable Fund, set up by Estonia, holds €2bn" is the Baltic Cable Fund's; "the fund" whose sentence ties no
        // name to it is the fund its source last named.
        if (claim.SubjectWord is not { } word || NamedInstance.Of(s, word, earlier) is not { } instance || (read is { Sure: true } && !instance.Inside)) return read;
        return WithOthers(instance, read);
    }

    /// <summary>
    /// The holder <paramref name="instance"/> with the names <paramref name="read"/> gave as its others. Apart from Read:
    /// there its lambda's closure over the instance was made for every claim, named instance or not.
    /// </summary>
    private static FrameHolder WithOthers(FrameHolder instance, FrameHolder? read) =>
        instance with { Others = read is null ? [] : [.. read.Others.Append(read.Key).Where(k => k != instance.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };

    private static FrameHolder? Read(SentenceReading s, Mention mention, List<Mention> all, SourceNameIndex names, (int First, int End) measure, bool compared)
    {
        var (clauseStart, clauseEnd) = s.ClauseOf(mention.Start, mention.End);
        // Emptied for each claim (with the others' list below): new lists a claim, grown from nothing, were a tenth of what
        // reading frames allocated.
        var candidates = candidatesOfThread ??= [];
        var givers = giversOfThread ??= [];
        candidates.Clear();
        givers.Clear();
        foreach (var h in s.HolderNames ??= HolderNames(s, all, names))
        {
            var name = h.Name;
            if (h.Never || (name.End > mention.Start && name.Start < mention.End)) continue;
            // "à 1,5 million de km de la Terre": a name inside the measure's own words is what it is counted from, not its holder.
            if (measure.First >= 0 && s.WordAt(name.Start) >= measure.First && s.WordAt(name.End) <= measure.End) continue;
            if (h.InPlace && mention is PlaceMention) continue;
            // Who gives the figure is no holder, but a second source may make it one ("the company said" / "the company's").
            if (h.Gives) givers.Add(h.Key);
            else candidates.Add((name.Start, name.End, h.Key, h.Display));
        }
        foreach (var (start, end, text) in QuotedTerms(s.Text, clauseStart, clauseEnd))
            if (end <= mention.Start || start >= mention.End) candidates.Add((start, end, "q:" + TextAnalyzer.Fold(text), text));
        if (candidates.Count == 0) return null;
        // "66 % des voix contre 34 % à Le Pen": a name after the compared figure is that figure's.
        if (!compared && CounterpartAfter(s, mention) is { } counterpart) RemoveFrom(candidates, counterpart);
        if (candidates.Count == 0) return null;
        // "Helga Marsh won 58 % of the vote in Dunmore": the place a figure holds in is its scope; a name tied to it besides is its holder.
        // Each pick below is the first of the candidates (in the sentence's order) that no later one beats: what a stable
        // sort's first would be, without sorting lists a claim at a time.
        (int Start, int End, string Key, string Display) sure = default, before = default, after = default;
        var sureRank = (Place: 0, Complement: false, Distance: 0);
        foreach (var c in candidates)
        {
            if (c.Start < clauseStart || c.End > clauseEnd) continue;
            if (c.End <= mention.Start && (before.Key is null || c.End > before.End)) before = c;
            if (c.Start >= mention.End && (after.Key is null || c.Start < after.Start)) after = c;
            if (!TiedTo(s, c.Start, c.End, mention, measure)) continue;
            var rank = (c.Key.StartsWith("place:", StringComparison.Ordinal) ? 1 : 0, mention.Kind != ClaimKind.Date && ComplementChain.AfterPreposition(s, c.Start), Math.Abs(c.Start - mention.Start));
            if (sure.Key is null || Beats(rank, sureRank)) (sure, sureRank) = (c, rank);
        }
        var primary = sure.Key is not null ? sure : compared ? (after.Key is null ? before : after) : (before.Key is null ? after : before);
        if (primary.Key is null)
        {
            primary = candidates[0];
            foreach (var c in candidates)
                if (Math.Abs(c.Start - mention.Start) < Math.Abs(primary.Start - mention.Start)) primary = c;
        }
        var rest = othersOfThread ??= [];
        rest.Clear();
        foreach (var c in candidates)
            if (c.Key != primary.Key && !rest.Contains(c.Key)) rest.Add(c.Key);
        foreach (var key in givers)
            if (key != primary.Key && !rest.Contains(key)) rest.Add(key);
        // With a comparison, not a comparer: List.Sort wraps a comparer's Compare in a new delegate at each call.
        rest.Sort(string.CompareOrdinal);
        return new FrameHolder(primary.Display, primary.Key, [.. rest]) { Sure = sure.Key is not null };
    }

    [ThreadStatic]
    private static List<(int Start, int End, string Key, string Display)>? candidatesOfThread;
    [ThreadStatic]
    private static List<string>? giversOfThread;
    [ThreadStatic]
    private static List<string>? othersOfThread;

    /// <summary>Leaves out the candidates that start at <paramref name="from"/> or later, the others in their order.</summary>
    private static void RemoveFrom(List<(int Start, int End, string Key, string Display)> candidates, int from)
    {
        var kept = 0;
        for (var c = 0; c < candidates.Count; c++)
            if (candidates[c].Start < from) candidates[kept++] = candidates[c];
        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>
    /// What the holder reading of every claim of the sentence needs of its names, read once for all of them. A name inside
    /// the claim's own mention is left out of its reading (<see cref="Read(SentenceReading, Mention, List{Mention}, SourceNameIndex, ValueTuple{int, int}, bool)"/>),
    /// so the dates and places around the others are the dates and places around all of them. The source's index gives the
    /// same key for a name all through its sentence once the sentence's full names are in it, which they are first.
    /// </summary>
    private static HolderName[] HolderNames(SentenceReading s, List<Mention> all, SourceNameIndex names)
    {
        // "The first McDonald's restaurant was opened by Mac McDonald": a full name makes the sentence's lone surname its
        // own, wherever in the sentence it stands. The strings made for a full name here are kept in its slot for the walk
        // below, which learns it again in the sentence's order.
        var spans = s.Names.All;
        var read = new HolderName[spans.Length];
        for (var i = 0; i < read.Length; i++)
            if (spans[i].WordCount > 1)
            {
                var (key, display) = names.Resolve(s, spans[i]);
                read[i] = new HolderName(spans[i], false, false, key, display, false);
            }
        for (var i = 0; i < read.Length; i++)
        {
            var name = spans[i];
            if ((name.WordCount == 1 && (name.AtSentenceStart || s.Lexicon.NotHolderWords.Contains(s.TextOf(s.Names.WordsOf(name)[0])))) || LowerCaseCompound(s, name) || InsideDate(all, name))
            {
                read[i] = new HolderName(name, true, false, "", "", false);
                continue;
            }
            var place = PlaceAround(all, name);
            var (key, display) = place is not null ? ("place:" + place.Place.Id, place.Place.Name)
                : name.WordCount > 1 ? names.Learn(s, name, read[i].Key, read[i].Display) : names.Resolve(s, name);
            read[i] = new HolderName(name, false, place is not null, key, display, GivesTheFigure(s, name.Start, name.End));
        }
        return read;
    }

    /// <summary>"Pre-tax profit 376 mln": a compound opening the sentence whose later parts are in lower case is a common word its place capitalised.</summary>
    private static bool LowerCaseCompound(SentenceReading s, NameSpan name)
    {
        var text = s.TextOf(name);
        if (!name.AtSentenceStart || text.Contains(' ')) return false;
        var hyphen = text.IndexOf('-');
        if (hyphen < 0) return false;
        // Each part after a hyphen opens on a lower-case letter ("Pre-tax"), read in place.
        for (var rest = text[(hyphen + 1)..]; ; rest = rest[(hyphen + 1)..])
        {
            if (rest.Length == 0 || !char.IsLower(rest[0])) return false;
            if ((hyphen = rest.IndexOf('-')) < 0) return true;
        }
    }

    /// <summary>True when <paramref name="rank"/> comes strictly before <paramref name="best"/>: not a place, not after a preposition, nearer.</summary>
    private static bool Beats((int Place, bool Complement, int Distance) rank, (int Place, bool Complement, int Distance) best) =>
        rank.Place != best.Place ? rank.Place < best.Place : rank.Complement != best.Complement ? !rank.Complement : rank.Distance < best.Distance;

    /// <summary>True when a date of the sentence holds the name ("le 14 Juillet").</summary>
    private static bool InsideDate(List<Mention> mentions, NameSpan name)
    {
        foreach (var o in mentions)
            if (o.Kind == ClaimKind.Date && o.Start <= name.Start && o.End >= name.End) return true;
        return false;
    }

    /// <summary>The place of the sentence that holds the name, or null.</summary>
    private static PlaceMention? PlaceAround(List<Mention> mentions, NameSpan name)
    {
        foreach (var o in mentions)
            if (o is PlaceMention p && p.Start <= name.Start && p.End >= name.End) return p;
        return null;
    }

    /// <summary>
    /// True when the name at <c>[start, end)</c> is the measure's possessor or pre-modifier ("Borg-Warner's debt", "Facebook
    /// shares"), its complement ("la dette de GAF"), or the subject just before the measure's verb or the figure.
    /// </summary>
    private static bool TiedTo(SentenceReading s, int start, int end, Mention mention, (int First, int End) measure)
    {
        var (nameFirst, nameEnd) = (s.WordAt(start), s.WordAt(end));
        if (measure.First >= 0)
        {
            if (nameEnd == measure.First || (nameEnd + 1 == measure.First && s.Words[nameEnd].Lower == "'s")) return true;
            // "la dette de GAF"; but "Macron a recueilli 20 millions de voix, Le Pen 10 millions": a name after a comma with a
            // figure of its own heads the list's next member.
            if (nameFirst >= measure.End && nameFirst - measure.End <= 2 && OnlyFunctionWords(s, measure.End, nameFirst)
                && !(s.CommaBetween(s.Words[measure.End - 1].End, start) && nameEnd < s.Words.Length && s.Words[nameEnd].Key == "#")) return true;
        }
        var figure = s.WordAt(mention.Start);
        // "VõrguNet, the Estonian grid operator, reported revenue of €310m": the subject stands before its apposition.
        if (AfterApposition(s, nameEnd) is { } resumed) (nameEnd, end) = (resumed, s.Words[resumed - 1].End + 1);
        var verb = figure > nameEnd ? (measure.First > nameEnd ? Math.Min(measure.First, figure) : figure) : measure.First;
        // "when Pogba returned to United from Juventus for £89m": the subject of a verb whose complements lead to the figure.
        // Not for a date (here and in the ranking above): "transferred to Real Sporting Club in 2016" dates the transfer to that
        // club, and the same player's transfer to another club is another event; the named complement stays the date's holder.
        return SubjectOf(s, end, nameEnd, verb)
            || (mention.Kind != ClaimKind.Date && ComplementChain.Start(s, figure) is { } chain && SubjectOf(s, end, nameEnd, chain));
    }

    /// <summary>True when the name ending at word <paramref name="nameEnd"/> stands a few lower-case words before <paramref name="verb"/>, with no comma.</summary>
    private static bool SubjectOf(SentenceReading s, int end, int nameEnd, int verb) =>
        verb > nameEnd && verb - nameEnd <= SubjectGap && !s.CommaBetween(end, s.Words[Math.Min(verb, s.Words.Length - 1)].Start)
            && LowerCaseWords(s, nameEnd, verb);

    private static bool LowerCaseWords(SentenceReading s, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (s.Words[i].Capital || s.Words[i].Key == "#") return false;
        return true;
    }

    /// <summary>
    /// The first word after an apposition that follows a name (", the Estonian grid operator,", ", l'opérateur estonien,"):
    /// a determiner after a comma, up to <see cref="LongestApposition"/> words without a name or a figure, and a comma; or
    /// null.
    /// </summary>
    private static int? AfterApposition(SentenceReading s, int nameEnd)
    {
        if (nameEnd >= s.Words.Length || !s.CommaBetween(s.Words[nameEnd - 1].End, s.Words[nameEnd].Start) || !s.Lexicon.Determiners.Contains(s.Words[nameEnd].Lower)) return null;
        for (var i = nameEnd + 1; i < Math.Min(s.Words.Length, nameEnd + LongestApposition); i++)
        {
            if (s.Words[i].Key == "#") return null;
            if (s.CommaBetween(s.Words[i - 1].End, s.Words[i].Start)) return i;
        }
        return null;
    }

    /// <summary>Where a compared figure's cue ("contre", "against") after the mention stands in its clause, or null.</summary>
    private static int? CounterpartAfter(SentenceReading s, Mention mention)
    {
        var end = s.WordAt(mention.End);
        var (_, clauseEnd) = s.ClauseOf(mention.Start, mention.End);
        var to = s.WordAt(clauseEnd);
        foreach (var hit in s.Hits)
            if (hit.Table == FrameTable.Cue && hit.Value.StartsWith("status-counterpart", StringComparison.Ordinal) && hit.First >= end && hit.First < to)
                return s.Words[hit.First].Start;
        return null;
    }

    /// <summary>
    /// True when the name is who gives the sentence's figures, not whose they are: after "according to", a speech verb or a
    /// word of giving ("a indiqué le Haut-Commissariat", "reported the ministry"), or before a speech verb ("the ministry said").
    /// </summary>
    private static bool GivesTheFigure(SentenceReading s, int start, int end)
    {
        var (first, last) = (s.WordAt(start), s.WordAt(end));
        var before = first;
        while (before > 0 && s.Lexicon.Determiners.Contains(s.Words[before - 1].Lower) && !s.CommaBetween(s.Words[before - 1].End, start)) before--;
        // A comma after the giver phrase parts it from the name: looked for once, not once for each of the pack's phrases.
        if (before > 0 && !s.CommaBetween(s.Words[before - 1].End, start) && s.Lexicon.GiversByLastWord.TryGetValue(s.Words[before - 1].Lower, out var phrases))
            foreach (var phrase in phrases)
                if (s.PhraseAt(phrase, before - phrase.Length)) return true;
        if (last >= s.Words.Length || s.CommaBetween(end, s.Words[last].Start)) return false;
        var next = s.Words[last].Lower;
        return s.Lexicon.SpeechVerbs.Contains(next)
            || (s.Lexicon.SpeechAuxiliaries.Contains(next) && last + 1 < s.Words.Length && s.Lexicon.SpeechParticiples.Contains(s.Words[last + 1].Lower));
    }

    private static bool OnlyFunctionWords(SentenceReading s, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!s.Words[i].Stop) return false;
        return true;
    }

    /// <summary>Terms of one to three words in quotation marks ("non", « oui »): what a vote or a list is about.</summary>
    private static IEnumerable<(int Start, int End, string Text)> QuotedTerms(string text, int from, int to)
    {
        // Most clauses quote nothing: no iterator for them.
        if (from >= to || text.AsSpan(from, to - from).IndexOfAny(Quotes) < 0) return [];
        return QuotedTermsIn(text, from, to);
    }

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("«“\"");

    private static IEnumerable<(int Start, int End, string Text)> QuotedTermsIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var close = text[i] switch { '«' => '»', '“' => '”', '"' => '"', _ => '\0' };
            if (close == '\0') continue;
            var end = text.IndexOf(close, i + 1);
            if (end < 0 || end > to) yield break;
            var inner = text[(i + 1)..end].Trim(' ', '\u00A0', '\u202F');
            if (inner.Length > 0 && inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= LongestQuotedHolder && inner.Any(char.IsLetter) && !inner.Any(char.IsDigit))
                yield return (i, end + 1, inner);
            i = end;
        }
    }
}
