namespace FactCheck.Frames;

/// <summary>
/// "le taux le plus élevé depuis 1969", "its highest level since 2008", "du jamais-vu depuis 1981": a "depuis"/"since" a
/// few words after a superlative or a record word says how long the record had held. The figure is the value of one
/// moment, not a total counted since then ("3 000 morts depuis 2011" stays cumulative).
/// </summary>
internal static class RecordSince
{
    /// <summary>How many words before the "since" a record word may stand ("le plus élevé enregistré lors des scrutins présidentiels depuis").</summary>
    private const int Reach = 10;

    /// <summary>How many words may stand between the "since" and the date it opens ("depuis le scrutin présidentiel de 1969").</summary>
    private const int DateReach = 4;

    /// <summary>True when <paramref name="date"/> is the start of a record's run ("la plus forte abstention depuis 1969"), not the time of a figure.</summary>
    public static bool Opens(SentenceReading s, Mentions.Mention date)
    {
        var first = s.WordAt(date.Start);
        foreach (var hit in s.Hits)
            if (hit.Table == FrameTable.Cue && hit.Value == "basis-cumulative" && hit.End <= first && first - hit.End <= DateReach
                && !s.CommaBetween(s.Words[hit.End - 1].End, date.Start) && Is(s, hit)) return true;
        return false;
    }

    /// <summary>True when a record word of the pack stands in the few words before the cue <paramref name="since"/>, in its clause.</summary>
    public static bool Is(SentenceReading s, FrameHit since)
    {
        var (clauseStart, _) = s.ClauseOf(s.Words[since.First].Start, s.Words[since.First].End);
        var from = Math.Max(s.WordAt(clauseStart), since.First - Reach);
        return s.AnyPhraseIn(s.Lexicon.RecordsBeforeSince, from, since.First);
    }
}
