using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// A figure that a list in its sentence shows to be one part of a larger whole, though no "dont" or "including" says so:
/// a share of a sum split between recipients ("€2bn to France, €1bn to Britain and €500m to the US", "2 milliards à la
/// France, 900 millions au Royaume-Uni"); one component of a price paid in several ("$4bn in cash and 12 million shares",
/// "300 M$ en numéraire et 20 millions d'actions"); a count of one kind of a thing listed with another kind of it ("thirty
/// cars and several lorries", "une trentaine de voitures et plusieurs camions": the vehicles are more than the cars).
/// </summary>
internal static class ListedPart
{
    /// <summary>How many words may stand between a figure and the word that gives it to a recipient ("2 milliards d'euros d'amende à").</summary>
    private const int RecipientGap = 3;

    /// <summary>How many words may stand between "and" after a component's word and the next figure ("en numéraire et l'équivalent de 700 millions").</summary>
    private const int ComponentGap = 4;

    /// <summary>How many words may stand between "and" and the other kind of the counted thing ("et plusieurs poids lourds").</summary>
    private const int KindGap = 2;

    /// <summary>True when the figure is one part of a list of parts (<paramref name="others"/>: the sentence's other figures).</summary>
    public static bool Is(SentenceReading s, Mention mention, List<Mention> others, FrameConcepts concepts)
    {
        if (mention.Kind != ClaimKind.Money && mention.Kind != ClaimKind.Quantity) return false;
        // One figure given to someone is the whole sum of that sentence; two or more are its shares.
        if (Recipient(s, mention) && OtherRecipient(s, mention, others)) return true;
        if (Component(s, mention, others)) return true;
        return mention.Kind == ClaimKind.Quantity && OtherKindListed(s, mention, concepts);
    }

    /// <summary>True when a recipient word and a name follow the figure ("… to France", "… au Royaume-Uni", "… à la France").</summary>
    private static bool Recipient(SentenceReading s, Mention figure)
    {
        var end = s.WordAt(figure.End);
        foreach (var hit in s.Hits)
        {
            if (hit.Table != FrameTable.Cue || hit.Value != "part-recipient" || hit.First < end || hit.First - end > RecipientGap) continue;
            if (s.CommaBetween(figure.End, s.Words[hit.First].Start) || Figures(s, end, hit.First)) continue;
            var next = hit.End;
            while (next < s.Words.Length && s.Lexicon.Articles.Contains(s.Words[next].Lower)) next++;
            if (next < s.Words.Length && s.Words[next].Capital) return true;
        }
        return false;
    }

    /// <summary>True when a component's word follows the figure and another figure follows it after "and" ("in cash and 178 million shares").</summary>
    private static bool Component(SentenceReading s, Mention figure, List<Mention> others)
    {
        var end = s.WordAt(figure.End);
        foreach (var hit in s.Hits)
        {
            if (hit.Table != FrameTable.Cue || hit.Value != "part-component" || hit.First != end) continue;
            if (hit.End < s.Words.Length && s.Lexicon.ListWords.Contains(s.Words[hit.End].Lower) && FigureSoonAfter(s, others, hit.End))
                return true;
        }
        return false;
    }

    /// <summary>True when an amount or a count of <paramref name="others"/> starts a few words after word <paramref name="at"/>.</summary>
    private static bool FigureSoonAfter(SentenceReading s, List<Mention> others, int at)
    {
        foreach (var o in others)
            if (o.Kind is { } k && (k == ClaimKind.Money || k == ClaimKind.Quantity) && s.WordAt(o.Start) > at && s.WordAt(o.Start) - at <= ComponentGap) return true;
        return false;
    }

    /// <summary>
    /// True when the count's noun is followed by "and" and another noun of its measure or of a measure related to it in
    /// concepts.yml ("30 voitures et plusieurs poids lourds": vehicles and trucks).
    /// </summary>
    private static bool OtherKindListed(SentenceReading s, Mention count, FrameConcepts concepts)
    {
        var (first, end) = (s.WordAt(count.Start), s.WordAt(count.End));
        FrameHit counted = default;
        foreach (var h in s.Hits)
            if (h.Table == FrameTable.Measure && h.First >= first && h.End <= end) { counted = h; break; }
        if (counted == default || end >= s.Words.Length || !s.Lexicon.ListWords.Contains(s.Words[end].Lower)) return false;
        foreach (var h in s.Hits)
            if (h.Table == FrameTable.Measure && concepts.SameOrRelatedMeasures(h.Value, counted.Value)
                && h.First > end && h.First - end - 1 <= KindGap && s.Words[h.First].Lower != s.Words[counted.First].Lower) return true;
        return false;
    }

    private static bool OtherRecipient(SentenceReading s, Mention mention, List<Mention> others)
    {
        foreach (var o in others)
            if (o.Kind == mention.Kind && Recipient(s, o)) return true;
        return false;
    }

    private static bool Figures(SentenceReading s, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (s.Words[i].Key == "#") return true;
        return false;
    }
}
