using FactCheck.Analysis;
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

    public static FrameHolder? Read(SentenceReading s, Mention mention, IReadOnlyList<Mention> others, SourceNameIndex names, (int First, int End) measure, bool compared)
    {
        var (clauseStart, clauseEnd) = s.ClauseOf(mention.Start, mention.End);
        var candidates = new List<(int Start, int End, string Key, string Display)>();
        foreach (var name in s.Names)
        {
            if (name.End > mention.Start && name.Start < mention.End) continue;
            if (name.Words.Length == 1 && (name.AtSentenceStart || s.Lexicon.NotHolders.Contains(name.Words[0]))) continue;
            if (others.Any(o => o.Kind == ClaimKind.Date && o.Start <= name.Start && o.End >= name.End)) continue;
            var place = others.OfType<PlaceMention>().FirstOrDefault(p => p.Start <= name.Start && p.End >= name.End);
            if (place is not null && mention is PlaceMention) continue;
            var (key, display) = place is not null ? ("place:" + place.Place.Id, place.Place.Name) : names.Resolve(name);
            candidates.Add((name.Start, name.End, key, display));
        }
        foreach (var (start, end, text) in QuotedTerms(s.Text, clauseStart, clauseEnd))
            if (end <= mention.Start || start >= mention.End) candidates.Add((start, end, "q:" + TextAnalyzer.Fold(text), text));
        if (candidates.Count == 0) return null;
        var sure = candidates.Where(c => c.Start >= clauseStart && c.End <= clauseEnd && TiedTo(s, c.Start, c.End, mention, measure)).OrderBy(c => Math.Abs(c.Start - mention.Start)).ToList();
        var inClause = candidates.Where(c => c.Start >= clauseStart && c.End <= clauseEnd).ToList();
        var before = inClause.Where(c => c.End <= mention.Start).OrderByDescending(c => c.End).FirstOrDefault();
        var after = inClause.Where(c => c.Start >= mention.End).OrderBy(c => c.Start).FirstOrDefault();
        var primary = sure.Count > 0 ? sure[0] : compared ? (after.Key is null ? before : after) : (before.Key is null ? after : before);
        if (primary.Key is null) primary = candidates.OrderBy(c => Math.Abs(c.Start - mention.Start)).First();
        var rest = candidates.Select(c => c.Key).Where(k => k != primary.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new FrameHolder(primary.Display, primary.Key, [.. rest]) { Sure = sure.Count > 0 };
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
            if (nameFirst >= measure.End && nameFirst - measure.End <= 2 && OnlyFunctionWords(s, measure.End, nameFirst)) return true;
        }
        var verb = measure.First >= 0 && measure.First > nameEnd ? measure.First : s.WordAt(mention.Start);
        return verb > nameEnd && verb - nameEnd <= SubjectGap && !s.CommaBetween(end, s.Words[Math.Min(verb, s.Words.Length - 1)].Start)
            && Enumerable.Range(nameEnd, verb - nameEnd).All(i => !s.Words[i].Capital && s.Words[i].Key != "#");
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
