using System.Collections.Immutable;

namespace FactCheck.Analysis;

/// <summary>
/// Reads the capitalised sequences of a sentence as candidate names: capitalised words side by side, with the language's
/// name joiners between them ("Bank of England", "Tour de France"), without titles, stop words and month or day names at
/// their ends ("Mr Smith" gives "Smith", "The Hague" gives "Hague", "Monday" gives nothing).
/// </summary>
internal sealed class EntityReader(TextAnalyzer analyzer)
{
    // A line of four words or more where most are capitalised and the others are function words ("Deal For $22 Billion",
    // "OIL TRAIN EXPLODES IN QUEBEC") is a title in title case or in capitals: its capitals say nothing.
    private const double TitleCaseShare = 0.5;
    private const int ShortestTitle = 4;
    private static readonly char[] Joiners = ['-', '‐', '‑', '\'', '’', 'ʼ'];

    public ImmutableArray<EntityName> Read(string sentence)
    {
        var words = NameWords(sentence);
        if (IsTitleCase(sentence, words)) return [];
        var names = ImmutableArray.CreateBuilder<EntityName>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Capitalised) continue;
            var last = i;
            var opensSentence = i == 0 || OpensClause(sentence, words[i].Start);
            while (last + 1 < words.Count && OnlySpaceBetween(sentence, words[last], words[last + 1]))
            {
                if (words[last + 1].Capitalised) last++;
                // "Bank of England", but not "Shares of Air France": a word opening the sentence may be no name at all.
                else if (last + 2 < words.Count && !(opensSentence && last == i) && IsJoiner(sentence, words[last + 1])
                         && words[last + 2].Capitalised && OnlySpaceBetween(sentence, words[last + 1], words[last + 2])) last += 2;
                else break;
            }
            var first = i;
            while (first <= last && IsLeadingNoise(sentence, words[first], opensSentence && first == i)) first++;
            var end = last;
            while (end >= first && IsTrailingNoise(sentence, words[end])) end--;
            // "OTAN", "WhatsApp": a capital inside a word makes a name wherever it stands; any other word may be capitalised
            // only because it opens the sentence, also after words left out ("Year Oper shr", "Yesterday Smith") unless one
            // was a title ("Mr Smith").
            var afterTitle = Enumerable.Range(i, first - i).Any(w => IsTitle(sentence, words[w]));
            var inDoubt = opensSentence && (first == i || (first == end && !afterTitle)) && !HasInnerCapital(sentence, words[first]);
            if (first <= end) names.Add(Name(sentence, words, first, end, inDoubt));
            i = last;
        }
        return names.ToImmutable();
    }

    /// <summary>
    /// A word of the sentence without its elision and clitic ("d'Ivoire" is "Ivoire"; the whole word starts at
    /// <see cref="WordStart"/>), and whether it is capitalised.
    /// </summary>
    private readonly record struct NameWord(int WordStart, int Start, int End, bool Capitalised);

    private List<NameWord> NameWords(string sentence)
    {
        var words = new List<NameWord>();
        foreach (var (start, end) in WordTokens.In(sentence))
        {
            var (s, e) = (start, end);
            var firstApostrophe = sentence.AsSpan(start, end - start).IndexOfAny('\'', '’', 'ʼ');
            if (firstApostrophe > 0 && !analyzer.KeepsPart(sentence, start, start + firstApostrophe, start, end)) s = start + firstApostrophe + 1;
            var lastApostrophe = sentence.AsSpan(s, end - s).LastIndexOfAny('\'', '’', 'ʼ');
            if (lastApostrophe > 0 && !analyzer.KeepsPart(sentence, s + lastApostrophe + 1, end, start, end)) e = s + lastApostrophe;
            words.Add(new NameWord(start, s, e, char.IsUpper(sentence[s])));
        }
        return words;
    }

    private bool IsTitleCase(string sentence, List<NameWord> words)
    {
        var lettered = words.Where(w => char.IsLetter(sentence[w.Start])).ToList();
        return lettered.Count >= ShortestTitle && lettered.Count(w => w.Capitalised) >= TitleCaseShare * lettered.Count
            && lettered.TrueForAll(w => w.Capitalised || analyzer.IsFunctionWord(sentence[w.Start..w.End].ToLowerInvariant()));
    }

    private static bool HasInnerCapital(string sentence, NameWord word)
    {
        for (var i = word.Start + 1; i < word.End; i++)
            if (char.IsUpper(sentence[i])) return true;
        return false;
    }

    private static bool OnlySpaceBetween(string sentence, NameWord left, NameWord right)
    {
        // "Côte d'Ivoire": the elision of the right word stands between the two as a joiner would.
        for (var i = left.End; i < right.WordStart; i++)
            if (!char.IsWhiteSpace(sentence[i])) return false;
        return true;
    }

    /// <summary>After an opening quote or a colon any word may be capitalised, as at the start of a sentence.</summary>
    private static bool OpensClause(string sentence, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(sentence[i])) i--;
        return i < 0 || sentence[i] is ':' or '«' or '“' or '"' or '—' or '–';
    }

    private bool IsJoiner(string sentence, NameWord word) =>
        analyzer.Words.NameJoiners.Contains(sentence.AsSpan(word.Start, word.End - word.Start));

    private bool IsLeadingNoise(string sentence, NameWord word, bool opensSentence)
    {
        var lower = sentence[word.Start..word.End].ToLowerInvariant();
        return IsTrailingNoise(sentence, word) || IsTitle(sentence, word) || (opensSentence && analyzer.IsStopWord(lower));
    }

    private bool IsTitle(string sentence, NameWord word) => analyzer.Words.Titles.Contains(sentence[word.Start..word.End].ToLowerInvariant());

    private bool IsTrailingNoise(string sentence, NameWord word)
    {
        var lower = sentence[word.Start..word.End].ToLowerInvariant();
        return !word.Capitalised || analyzer.IsFunctionWord(lower) || analyzer.Words.IsCalendarWord(lower);
    }

    private EntityName Name(string sentence, List<NameWord> words, int first, int last, bool atSentenceStart)
    {
        var key = new System.Text.StringBuilder();
        var nameWords = ImmutableArray.CreateBuilder<string>();
        for (var i = first; i <= last; i++)
        {
            foreach (var part in sentence[words[i].Start..words[i].End].Split(Joiners, StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = WordFolding.Fold(part);
                if (key.Length > 0) key.Append(' ');
                key.Append(folded);
                if (words[i].Capitalised && !analyzer.IsFunctionWord(folded)) nameWords.Add(part);
            }
        }
        var (start, end) = (words[first].Start, words[last].End);
        return new EntityName(start, end, sentence[start..end], key.ToString(), nameWords.ToImmutable(), atSentenceStart);
    }
}
