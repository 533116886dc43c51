using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// Reads how a claim is stated, from the cues of its pack around it: a cue that qualifies the figure after it ("an estimated
/// 5,000", "up from", "contre") just before it, one that qualifies the figure before it ("12 morts (bilan provisoire)") just
/// after it, the others in its clause a few words from it; a verb in the conditional just before it ("coûterait") is
/// hearsay, or a hypothesis after "si"; a figure inside quotation marks is the speaker's. When several apply, the one that changes the figure's standing
/// most wins: a denial, then a hypothesis, a counterpart, an earlier figure, an offer, a proposal, a target, a forecast, an
/// estimate, a provisional figure, hearsay, a quotation.
/// </summary>
internal static class StatusReader
{
    private const int Near = 4;

    /// <summary>How far from the figure, in words, a cue of its clause may stand: a cue farther off qualifies another part of it.</summary>
    private const int InClause = 6;

    private static readonly (string List, ClaimStatus Status)[] Lists =
    [
        ("status-denial", ClaimStatus.Denial), ("status-hypothetical", ClaimStatus.Hypothetical), ("status-counterpart", ClaimStatus.Counterpart),
        ("status-earlier", ClaimStatus.Earlier), ("status-offer", ClaimStatus.Offer), ("status-proposal", ClaimStatus.Proposal),
        ("status-target", ClaimStatus.Target), ("status-forecast", ClaimStatus.Forecast), ("status-estimate", ClaimStatus.Estimate),
        ("status-provisional", ClaimStatus.Provisional), ("status-rumour", ClaimStatus.Rumour),
    ];

    /// <summary>The claim's status; <paramref name="measure"/> are the words that name its measure (-1 when none), whose cues count as the figure's.</summary>
    public static ClaimStatus Read(SentenceReading s, Mention mention, (int First, int End) measure)
    {
        if (mention.Kind == ClaimKind.Attribution) return ClaimStatus.Fact;
        var (first, end) = (s.WordAt(mention.Start), s.WordAt(mention.End));
        // "the estimated cost of the damage … was $3bn": a cue on the measure's noun is a cue on the figure.
        var (near, far) = measure.First >= 0 ? (Math.Min(first, measure.First), Math.Max(end, measure.End)) : (first, end);
        var (clauseStart, clauseEnd) = s.ClauseOf(mention.Start, mention.End);
        var (from, to) = (s.WordAt(clauseStart), s.WordAt(clauseEnd));
        var found = ClaimStatus.Fact;
        var opening = s.Opening;
        var dated = mention.Kind == ClaimKind.Date;
        var trailing = TrailingSource(s, end);
        ClaimStatus? opened = null;
        foreach (var hit in s.Hits)
        {
            if (hit.Table != FrameTable.Cue || !hit.Value.StartsWith("status-", StringComparison.Ordinal)) continue;
            if (!hit.Value.EndsWith("-next", StringComparison.Ordinal) && InsideNextOnly(s.Hits, hit)) continue;
            // "a turnout lower than expected", "une majorité plus courte que prévu": the result, compared with a forecast.
            if (hit.First > 0 && s.Lexicon.StatusComparedBefore.Contains(s.Words[hit.First - 1].Lower)) continue;
            // "originally expected 50,000", "initialement prévu": an earlier word before a forecast dates the forecast; the figure is
            // still a forecast (an earlier offer stays earlier: "initially offered $20bn, later raised to $25bn").
            if (StatusOf(hit.Value) == ClaimStatus.Earlier && ForecastAt(s.Hits, hit.End)) continue;
            var applies = hit.End <= opening || hit.First >= trailing ? true : hit.Value.EndsWith("-next", StringComparison.Ordinal) ? hit.End <= first && first - hit.End <= Near && hit.First >= from
                : hit.Value.EndsWith("-previous", StringComparison.Ordinal) ? hit.First >= end && hit.First - end <= Near
                : hit.First >= from && hit.End <= to && (hit.End <= near ? near - hit.End <= InClause : hit.First >= far ? hit.First - far <= InClause && !(dated && NextConjunct(s, far, hit.First)) : true);
            if (applies && StatusOf(hit.Value) is { } status && Rank(status) < Rank(found)) found = status;
            if (hit.End <= opening && StatusOf(hit.Value) is { } given) opened = given;
        }
        // "Selon des résultats partiels, le non l'emporte avec 59 % contre 41 % pour le oui": the compared figure is as partial.
        if (found == ClaimStatus.Counterpart && opened is { } whole) found = whole;
        if (Conditional(s, from, first) is { } conditional && Rank(conditional) < Rank(found)) found = conditional;
        if (found == ClaimStatus.Fact && InsideQuotation(s.Text, mention.Start)) found = ClaimStatus.Quoted;
        return found;
    }

    /// <summary>
    /// The words of an opening "according to …," ("Selon des résultats partiels, le non l'emporte avec 59 %") or of an opening
    /// that places the sentence at a moment of an event still going on ("Three days into the disaster,"): it says how every
    /// figure of the sentence is stated. 0 when the sentence opens otherwise.
    /// </summary>
    public static int OpeningSource(SentenceReading s)
    {
        var comma = s.Text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0) return 0;
        var end = s.WordAt(comma);
        if (AccordingToAt(s, 0)) return end;
        foreach (var hit in s.Hits)
            if (hit.Table == FrameTable.Cue && hit.End <= end && hit.Value.EndsWith("-opening", StringComparison.Ordinal)) return end;
        return 0;
    }

    /// <summary>
    /// Where an "according to …" after the figure starts, with no other figure between ("évoque une trentaine de morts
    /// selon un bilan toujours provisoire", "killed 40 people, according to preliminary figures"): it says how the figure
    /// before it is stated, however far its cue stands. The count of words when none follows.
    /// </summary>
    private static int TrailingSource(SentenceReading s, int end)
    {
        for (var i = end; i < s.Words.Length; i++)
        {
            if (s.Words[i].Key == "#") break;
            if (AccordingToAt(s, i)) return i;
        }
        return s.Words.Length;
    }

    /// <summary>True when an "according to" phrase starts at word <paramref name="at"/>. Loops, not lambdas: this runs for every word after every figure.</summary>
    private static bool AccordingToAt(SentenceReading s, int at)
    {
        foreach (var phrase in s.Lexicon.AccordingTo)
            if (s.PhraseAt(phrase, at)) return true;
        return false;
    }

    /// <summary>
    /// True when "and"/"et" stands between the figure and a cue after it: the cue opens the next member of a coordination and
    /// qualifies its verb ("will reach its destination on 18 March and is expected to cost $2.7bn": the cost is expected, the
    /// date is stated). Read for dates only: for amounts it turned "its 68 billion dlr debt to commercial banks and yesterday
    /// suggested" from a proposal into a fact that met the country's whole debt (a part no frame reads yet; bench sample).
    /// </summary>
    private static bool NextConjunct(SentenceReading s, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (s.Lexicon.AndWords.Contains(s.Words[i].Lower)) return true;
        return false;
    }

    /// <summary>"for a rumoured €40m fee": a status word inside a phrase that qualifies only the next figure qualifies nothing else.</summary>
    private static bool InsideNextOnly(ReadOnlySpan<FrameHit> hits, FrameHit hit)
    {
        foreach (var n in hits)
            if (n.Table == FrameTable.Cue && n.Value.StartsWith("status-", StringComparison.Ordinal) && n.Value.EndsWith("-next", StringComparison.Ordinal)
                && n.First <= hit.First && hit.End <= n.End) return true;
        return false;
    }

    private static bool ForecastAt(ReadOnlySpan<FrameHit> hits, int at)
    {
        foreach (var n in hits)
            if (n.Table == FrameTable.Cue && n.First == at && StatusOf(n.Value) == ClaimStatus.Forecast) return true;
        return false;
    }

    private static ClaimStatus? StatusOf(string list)
    {
        foreach (var (name, status) in Lists)
            if (list.StartsWith(name, StringComparison.Ordinal)) return status;
        return null;
    }

    private static int Rank(ClaimStatus status)
    {
        for (var i = 0; i < Lists.Length; i++)
            if (Lists[i].Status == status) return i;
        return Lists.Length;
    }

    /// <summary>
    /// A verb in the conditional just before the figure, the verb that states it ("avoisinerait les 200 millions", "coûterait
    /// 10 milliards"): hearsay, or a hypothesis after "si" in the clause. Only in languages whose pack lists such endings.
    /// </summary>
    private static ClaimStatus? Conditional(SentenceReading s, int from, int first)
    {
        var lexicon = s.Lexicon;
        if (lexicon.ConditionalEndings.IsEmpty) return null;
        var hypothesis = false;
        for (var i = from; i < first; i++)
        {
            var word = s.Words[i].Lower;
            hypothesis |= lexicon.HypotheticalIf.Contains(word);
            if (first - i <= Near && word.Length >= 5 && !lexicon.NotConditional.Contains(word) && EndsWithAny(word, lexicon.ConditionalEndings))
                return hypothesis ? ClaimStatus.Hypothetical : ClaimStatus.Rumour;
        }
        return null;
    }

    private static bool EndsWithAny(string word, ImmutableArray<string> endings)
    {
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("«“„»”\"");

    /// <summary>True when a quotation opened before <paramref name="offset"/> in the sentence is still open there.</summary>
    private static bool InsideQuotation(string text, int offset)
    {
        // Most text before a figure has no quotation mark at all: one vectorised search says so.
        if (!text.AsSpan(0, Math.Clamp(offset, 0, text.Length)).ContainsAny(QuotationMarks)) return false;
        var depth = 0;
        var straight = false;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '«' or '“' or '„': depth++; break;
                case '»' or '”': depth = Math.Max(0, depth - 1); break;
                case '"': straight = !straight; break;
            }
        }
        return depth > 0 || straight;
    }
}
