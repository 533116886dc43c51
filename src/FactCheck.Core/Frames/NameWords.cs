namespace FactCheck.Frames;

/// <summary>
/// Measure and event words that are part of a proper name: "blanc" in "le mont Blanc", "Jours" in "Télé 7 Jours", "Nations"
/// in "Six Nations". In running text a word written with a capital past the sentence's first word is a name's, not the
/// measure's; in a heading written in title case ("Death Toll Rises To 40") capitals say nothing.
/// </summary>
internal static class NameWords
{
    /// <summary>Removes from <paramref name="hits"/> the measures and events whose first word is written as a name's.</summary>
    public static void RemoveNamed(List<FrameHit> hits, FrameWordRow words, string text)
    {
        var named = 0;
        foreach (var h in hits)
            if (Capitalised(h, words, text)) named++;
        if (named == 0 || TitleCase(words)) return;
        // In place, in order, as RemoveAll would, without a closure for every sentence.
        var kept = 0;
        for (var i = 0; i < hits.Count; i++)
            if (!Capitalised(hits[i], words, text)) hits[kept++] = hits[i];
        hits.RemoveRange(kept, hits.Count - kept);
    }

    /// <summary>True for a measure or event whose first word, not the sentence's first, is capitalised; an acronym ("TNT", "GDP") is no name.</summary>
    private static bool Capitalised(FrameHit hit, FrameWordRow words, string text) =>
        hit.Table is FrameTable.Measure or FrameTable.Predicate && hit.First > 0 && words[hit.First].Capital
        && text.AsSpan(words[hit.First].Start, words[hit.First].End - words[hit.First].Start).ContainsAnyExcept(UpperOrMark);

    private static readonly System.Buffers.SearchValues<char> UpperOrMark = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ'’-.");

    /// <summary>True when most of the sentence's content words are written with a capital: a heading, not running text.</summary>
    private static bool TitleCase(FrameWordRow words)
    {
        var (content, capitals) = (0, 0);
        foreach (var word in words)
        {
            if (word.Stop || word.Key == "#") continue;
            content++;
            if (word.Capital) capitals++;
        }
        return 2 * capitals > content;
    }
}
