using FactCheck.Binding;
using FactCheck.Inputs;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// Reads what a claim measures, the way a reader finds it: the subject word of the lexicon when one binds it ("fund"); for
/// a count, the noun it counts ("157 morts") unless that says only "people", then the event it counts ("people were
/// killed"); for a figure, the noun it complements ("$15bn in damage", "un salaire de", "56 % des voix", "the $2.4bn
/// mission") or the verb that governs it ("bought for", "coûte"); for a date or a place, the event it dates or locates
/// ("born in", "est mort", "opened on"). A word no pack knows is kept as its stem when it stands in a figure's slot.
/// </summary>
internal static class MeasureReader
{
    /// <summary>How many function words may stand between a figure and the noun or verb of its slot.</summary>
    private const int Slot = 3;

    /// <summary>How far, in words, a noun or verb may stand from the figure it measures.</summary>
    private const int Reach = 8;

    /// <summary>How far, in words, an event may stand from its date or place ("est mort le mardi 19 février 2019 à l'hôpital de Paris").</summary>
    private const int EventReach = 12;

    /// <summary>The measure, and the words <c>[First, End)</c> that name it in the sentence (-1 when no word does: a subject word binds it).</summary>
    public static (FrameMeasure? Measure, int First, int End) Read(SentenceReading s, Claim claim, FrameConcepts concepts, List<Mention> others)
    {
        var mention = claim.Mention;
        if (claim.Subject is { } subject) return (new FrameMeasure(subject, subject, MeasureOrigin.Subject), -1, -1);
        var kind = mention.Kind.Name;
        if (kind == ClaimKind.Attribution.Name) return (null, -1, -1);
        var (first, end) = (s.WordAt(mention.Start), s.WordAt(mention.End));
        var (clauseStart, clauseEnd) = s.ClauseOf(mention.Start, mention.End);
        var (from, to) = (s.WordAt(clauseStart), s.WordAt(clauseEnd));
        if (kind == ClaimKind.Date.Name || kind == ClaimKind.Place.Name)
            return Event(s, concepts, kind, first, end, from, to, before: kind == ClaimKind.Place.Name) is { } e ? Measure(s, e, e.Value, MeasureOrigin.Predicate) : (null, -1, -1);
        var generic = false;
        var unit = kind == ClaimKind.Quantity.Name ? UnitIn(s, concepts, first, end) : null;
        if (kind == ClaimKind.Quantity.Name)
        {
            // "157 morts", "32 allies": the counted noun, inside the mention.
            foreach (var hit in s.Hits)
                if (hit.Table == FrameTable.Measure && hit.First >= first && hit.End <= end && concepts.Measure(hit.Value) is { } counted)
                {
                    if (!counted.Generic && counted.Kinds.Contains(kind)) return Measure(s, hit, hit.Value, MeasureOrigin.Counted);
                    generic = true;
                }
            if (generic && PeopleCount.Predicate(s, concepts, first, end) is { } governing)
                return Measure(s, governing, MeasureOf(governing, concepts), MeasureOrigin.Predicate);
        }
        // "1 000 des 6 000 résidants ont été évacués": a part of a whole is what the verb after the whole says.
        var (slotEnd, slotOthers) = kind == ClaimKind.Quantity.Name && WholeAfter(s, others, end) is { } whole
            ? (s.WordAt(whole.End), Without(others, whole))
            : (end, others);
        var slotted = Slotted(s, concepts, kind, unit, first, slotEnd, from, to, slotOthers);
        // "The $3bn observatory opened": an amount inside a noun phrase prices its noun; no verb of the clause governs it.
        if (slotted is null && kind == ClaimKind.Money.Name && PricedNoun.Attributive(s, first, end) is var (before, beforeFirst, beforeEnd)) return (before, beforeFirst, beforeEnd);
        if ((slotted ?? Governing(s, concepts, kind, unit, first, slotEnd, from, to, slotOthers)) is { } found)
            return Measure(s, found, MeasureOf(found, concepts), found.Table == FrameTable.Measure ? MeasureOrigin.Noun : MeasureOrigin.Predicate);
        if (kind == ClaimKind.Quantity.Name && Counted(s, first, end) is var (noun, at) && !generic)
            return (new FrameMeasure(StemKey(s, noun.Key), noun.Lower, MeasureOrigin.Counted), at, at + 1);
        if (kind == ClaimKind.Money.Name && PricedNoun.Read(s, first) is var (priced, pricedFirst, pricedEnd)) return (priced, pricedFirst, pricedEnd);
        return generic ? (null, -1, -1) : UnknownSlot(s, end, to);
    }

    /// <summary>The event word nearest a date or a place in its clause (before a place, whose complement it is: "born in Paris"), if it dates or locates.</summary>
    private static FrameHit? Event(SentenceReading s, FrameConcepts concepts, string kind, int first, int end, int from, int to, bool before)
    {
        // "born in Paris", not "announced by Buckingham Palace": a place is an event's only as its locative complement.
        if (before && !LocativeComplement.Introduces(s, first)) return null;
        if (!before && DateOwner.Complemented(s, first) is { } owner && concepts.Predicate(owner.Value) is { Generic: false } o && o.Kinds.Contains(kind)) return owner;
        FrameHit? best = null;
        var bestDistance = int.MaxValue;
        foreach (var hit in s.Hits)
        {
            if (hit.Table != FrameTable.Predicate || hit.First < from || hit.End > to || concepts.Predicate(hit.Value) is not { Generic: false } p || !p.Kinds.Contains(kind)) continue;
            if (before && hit.First >= end) continue;
            // "the start of 2020", "the beginning of May": a word of the date itself says which part of it, not what it dates.
            if (!before && hit.First >= first && hit.End <= end) continue;
            var distance = hit.End <= first ? first - hit.End : hit.First >= end ? hit.First - end : 0;
            if (distance <= EventReach && distance < bestDistance) (best, bestDistance) = (hit, distance);
        }
        return best;
    }

    /// <summary>"$15bn in damage", "56 % des voix", "the $2.4bn mission" after the figure; "un salaire de", "the cost was" before it.</summary>
    private static FrameHit? Slotted(SentenceReading s, FrameConcepts concepts, string kind, string? unit, int first, int end, int from, int to, List<Mention> others)
    {
        FrameHit? after = null, before = null;
        foreach (var hit in s.Hits)
        {
            if (hit.Table is FrameTable.Cue or FrameTable.Unit || !Measures(hit, concepts, kind, unit)) continue;
            // "50 miles from", "3 tonnes of": a phrase that begins with the figure's own unit and goes on after it.
            if (hit.First > first && hit.First < end && hit.End > end && hit.End <= to && after is null) after = hit;
            if (hit.First >= end && hit.First < to && after is null && OnlyLinks(s, end, hit.First, allowNames: true) && !(end > 0 && Sentences.TableRow.EndsBetween(s.Sentence, s.Words[end - 1].End, s.Words[hit.First].Start))
                && !NextMember(s, hit, end)) after = hit;
            if (hit.End <= first && hit.First >= from && OnlyLinks(s, hit.End, first, allowNames: false)) before = hit;
        }
        var chosen = after ?? before;
        return chosen is { } c && !FigureBetween(s, others, c, first, end) ? c : null;
    }

    /// <summary>The nearest word of the clause that measures this kind: a verb before the figure ("acquired … for $19bn") first.</summary>
    private static FrameHit? Governing(SentenceReading s, FrameConcepts concepts, string kind, string? unit, int first, int end, int from, int to, List<Mention> others)
    {
        FrameHit? best = null;
        var bestDistance = int.MaxValue;
        foreach (var hit in s.Hits)
        {
            if (hit.Table is FrameTable.Cue or FrameTable.Unit || hit.First < from || hit.End > to || !Measures(hit, concepts, kind, unit)) continue;
            var distance = hit.End <= first ? first - hit.End : hit.First >= end ? hit.First - end + 1 : int.MaxValue;
            if (distance <= Reach && distance < bestDistance && !FigureBetween(s, others, hit, first, end)) (best, bestDistance) = (hit, distance);
        }
        // "le taux de participation à ce référendum … 80 %", "the turnout in the referendum": an event in the complement of a
        // measure noun says what the measure is of; the noun is the measure.
        if (best is { Table: FrameTable.Predicate } e)
            foreach (var hit in s.Hits)
                if (hit.Table == FrameTable.Measure && hit.First >= from && hit.End < e.First && Measures(hit, concepts, kind, unit) && OnlyLinks(s, hit.End, e.First, allowNames: false))
                    return hit;
        return best;
    }

    /// <summary>A content word no pack knows in a figure's slot: right after it ("40 barbecue items" is counted; "$3m in fees").</summary>
    private static (FrameMeasure?, int, int) UnknownSlot(SentenceReading s, int end, int to)
    {
        for (var i = end; i < Math.Min(to, end + Slot + 1); i++)
        {
            var word = s.Words[i];
            if (word.Key == "#" || word.Capital) break;
            // "3.65 dlrs vs 1.38 dlrs": a cue word ("vs", "contre") says how the figure stands, never what it measures.
            if (CueAt(s, i)) break;
            if (!word.Stop)
                return OnlyLinks(s, end, i, allowNames: false) ? (new FrameMeasure(StemKey(s, word.Key), word.Lower, MeasureOrigin.Noun), i, i + 1) : (null, -1, -1);
        }
        return (null, -1, -1);
    }

    /// <summary>
    /// What a count is of (see <see cref="ClaimFrame.CountedIn"/>): a known noun's concept inside the mention, else its last
    /// content word's stem; null for a measure in a unit (its dimension is the value's) or a generic noun ("people").
    /// </summary>
    public static string? CountedIn(SentenceReading s, Mention mention, FrameConcepts concepts)
    {
        var (first, end) = (s.WordAt(mention.Start), s.WordAt(mention.End));
        string? counted = null;
        foreach (var hit in s.Hits)
        {
            if (hit.First < first || hit.End > end) continue;
            if (hit.Table == FrameTable.Unit) return null;
            if (hit.Table == FrameTable.Measure && concepts.Measure(hit.Value) is { } m) counted ??= m.Generic ? "" : hit.Value;
        }
        if (counted is not null) return counted.Length == 0 ? null : counted;
        if (Counted(s, first, end) is var (noun, _)) return $"{s.Sentence.Source.Language.Code}:{noun.Key}";
        // "73 cars, five of which exploded": a figure whose noun is left unsaid counts the noun the reader supplies.
        return mention is Kinds.Quantity.QuantityMention { Counted.Length: 0, Measure: { Unit: null, Noun: { Length: > 0 } elided } }
            ? $"{s.Sentence.Source.Language.Code}:{s.Lexicon.Analyzer.Stem(elided)}" : null;
    }

    /// <summary>The last content word of a count ("barbecue items": items), the noun it counts, and where it stands.</summary>
    private static (FrameWord Word, int At)? Counted(SentenceReading s, int first, int end)
    {
        for (var i = end - 1; i > first; i--)
            if (!s.Words[i].Stop && s.Words[i].Key != "#") return (s.Words[i], i);
        return null;
    }

    /// <summary>
    /// True when the word can measure a claim of <paramref name="kind"/>: a measure of its dimension (a percentage is a share
    /// of any measure: "56 % des voix", "2% of GDP"), or an event that governs such figures. A figure in a unit is a number
    /// of the unit's dimension: "pèse 6 tonnes" next to "8 mètres de haut" is no height, "3 kilotons" no area.
    /// </summary>
    private static bool Measures(FrameHit hit, FrameConcepts concepts, string kind, string? unit) => hit.Table switch
    {
        FrameTable.Measure => concepts.Measure(hit.Value) is { Generic: false } m && (m.Kinds.Contains(kind) || m.Kinds.Count == 0 || kind == ClaimKind.Percentage.Name)
            && OfUnit(m, unit),
        FrameTable.Predicate => concepts.Predicate(hit.Value) is { Generic: false } p && (p.Kinds.Contains(kind) || (p.Measure is { } pm && concepts.Measure(pm)?.Kinds.Contains(kind) == true))
            && (p.Measure is not { } counted || concepts.Measure(counted) is not { } cm || OfUnit(cm, unit)),
        _ => false,
    };

    /// <summary>True when a figure in a unit of <paramref name="unit"/>'s dimension (none: a count) may be of the measure.</summary>
    private static bool OfUnit(FrameConcepts.Concept measure, string? unit) =>
        unit is null || measure.Dimension is null || measure.Dimension == unit || !measure.Kinds.Contains(ClaimKind.Quantity.Name);

    /// <summary>The dimension of the unit a quantity is written in ("length" for "43 miles"), or null for a count.</summary>
    private static string? UnitIn(SentenceReading s, FrameConcepts concepts, int first, int end)
    {
        foreach (var hit in s.Hits)
            if (hit.Table == FrameTable.Unit && hit.First >= first && hit.End <= end) return concepts.UnitDimension(hit.Value);
        return null;
    }

    /// <summary>A predicate's figure counts its measure ("killed 157": deaths); a measure word is its own.</summary>
    private static string MeasureOf(FrameHit hit, FrameConcepts concepts) =>
        hit.Table == FrameTable.Predicate && concepts.Predicate(hit.Value)?.Measure is { } measure ? measure : hit.Value;

    private static (FrameMeasure, int, int) Measure(SentenceReading s, FrameHit hit, string key, MeasureOrigin origin) =>
        (new(key, s.Text[s.Words[hit.First].Start..s.Words[hit.End - 1].End], origin), hit.First, hit.End);

    /// <summary>
    /// True when only function words (and, with <paramref name="allowNames"/>, names or figures) stand in words
    /// <c>[from, to)</c>, at most <see cref="Slot"/> of them, and no comma.
    /// </summary>
    private static bool OnlyLinks(SentenceReading s, int from, int to, bool allowNames)
    {
        if (to - from > Slot) return false;
        for (var i = from; i < to; i++)
            if (!(s.Words[i].Stop || (allowNames && (s.Words[i].Capital || s.Words[i].Key == "#")))) return false;
        var left = from > 0 ? s.Words[from - 1].End : 0;
        var right = s.StartOfWord(to);
        return !s.CommaBetween(left, right);
    }

    /// <summary>The count a figure is a part of, when a partitive link joins them ("1 000 des 6 000 résidants", "300 of the 500 workers").</summary>
    private static Mention? WholeAfter(SentenceReading s, List<Mention> others, int end)
    {
        foreach (var link in s.Lexicon.PartitiveLinks)
        {
            if (!s.PhraseAt(link, end) || end + link.Length >= s.Words.Length) continue;
            var next = s.Words[end + link.Length].Start;
            // A loop, not FirstOrDefault: its closure was made for every link of every quantity.
            foreach (var o in others)
                if (o.Start == next) return o;
        }
        return null;
    }

    /// <summary>
    /// "killed 132 people and injured 900", "les blancs ont atteint 6 % et les nuls 2 %": a word after "and"/"et" heads the
    /// next member of a list; the figure after it is its own, not the one before the "and".
    /// </summary>
    private static bool NextMember(SentenceReading s, FrameHit hit, int end)
    {
        for (var i = end; i < hit.First; i++)
            if (s.Lexicon.ListWords.Contains(s.Words[i].Lower)) return true;
        return false;
    }

    /// <summary>True when another figure of the same kind stands between the figure and the word: that figure is nearer to it.</summary>
    private static bool FigureBetween(SentenceReading s, List<Mention> others, FrameHit hit, int first, int end)
    {
        var (from, to) = hit.End <= first ? (s.Words[hit.End - 1].End, s.StartOfWord(first)) : (s.Words[Math.Max(end - 1, 0)].End, s.Words[hit.First].Start);
        foreach (var other in others)
            if (other.Start >= from && other.End <= to) return true;
        return false;
    }

    /// <summary><paramref name="others"/> but <paramref name="left"/>.</summary>
    private static List<Mention> Without(List<Mention> others, Mention left)
    {
        var kept = new List<Mention>(others.Count);
        foreach (var o in others)
            if (!ReferenceEquals(o, left)) kept.Add(o);
        return kept;
    }

    /// <summary>
    /// The key of a measure no pack holds, "en:share": the language's code and the word's stem, one string per thread for each
    /// (70,029 measures of the bench corpus live to its report, most of them one of a few hundred keys).
    /// </summary>
    private static string StemKey(SentenceReading s, string stem)
    {
        var code = s.Sentence.Source.Language.Code;
        var length = code.Length + 1 + stem.Length;
        if (length > 128) return $"{code}:{stem}";
        Span<char> key = stackalloc char[length];
        code.CopyTo(key);
        key[code.Length] = ':';
        stem.CopyTo(key[(code.Length + 1)..]);
        return ShortStrings.Of(key);
    }

    private static bool CueAt(SentenceReading s, int at)
    {
        foreach (var h in s.Hits)
            if (h.Table == FrameTable.Cue && h.First <= at && h.End > at) return true;
        return false;
    }
}
