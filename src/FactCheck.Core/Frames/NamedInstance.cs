using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// Which named thing a subject word stands for: the name it is part of ("the Nordic Grid Resilience Fund holds €2bn"), or
/// the last name of that kind its source wrote before it ("… set up the Baltic Cable Fund. The fund holds €2bn"; "le Fonds
/// nordique pour la résilience des réseaux, un fonds de 25 milliards"), as a reader resolves "the fund". French writes
/// such names with a capital on the head noun only ("le Fonds nordique", "la Banque mondiale"): a single capitalised word
/// takes the lower-case words right after it that are not function words.
/// </summary>
internal static class NamedInstance
{
    /// <summary>How many sentences back a definite "the fund" may refer to a name.</summary>
    public const int LookBack = 12;

    /// <summary>How many lower-case words after a capitalised head noun belong to its name ("Fonds monétaire international").</summary>
    private const int NameTail = 2;

    /// <summary>The holder the subject word at <paramref name="word"/> names, or null when no name of its source does.</summary>
    public static FrameHolder? Of(SentenceReading s, Range word, IReadOnlyList<SentenceReading> earlier)
    {
        var (start, end) = (word.Start.GetOffset(s.Text.Length), word.End.GetOffset(s.Text.Length));
        var head = HeadOf(s.Text[start..end]);
        if (head.Length == 0) return null;
        foreach (var name in s.Names.All)
            if (name.Start <= start && name.End >= end) return Holder(s, name) with { Inside = true };
        if (Latest(s, head, before: start) is { } here) return here;
        for (var i = earlier.Count - 1; i >= 0; i--)
            if (Latest(earlier[i], head, before: earlier[i].Text.Length) is { } found) return found;
        return null;
    }

    /// <summary>The last name before <paramref name="before"/> with <paramref name="head"/> among its words.</summary>
    private static FrameHolder? Latest(SentenceReading s, string head, int before)
    {
        var names = s.Names.All;
        for (var i = names.Length - 1; i >= 0; i--)
        {
            var name = names[i];
            if (name.End > before || (name.WordCount == 1 && name.AtSentenceStart)) continue;
            foreach (var w in s.Names.WordsOf(name))
                if (FoldsTo(s.TextOf(w), head)) return Holder(s, name);
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="word"/> folds to <paramref name="folded"/>. An ASCII word folds to its lower case, compared
    /// letter by letter: each claim with a subject word asks the names of the last dozen sentences, and folding them into
    /// new strings every time was 26 MB over the 30 MB file.
    /// </summary>
    private static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        if (!System.Text.Ascii.IsValid(word)) return WordFolding.Fold(word) == folded;
        if (word.Length != folded.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if ((char.IsAsciiLetterUpper(word[i]) ? (char)(word[i] | 0x20) : word[i]) != folded[i]) return false;
        return true;
    }

    private static FrameHolder Holder(SentenceReading s, NameSpan name)
    {
        var text = s.TextOf(name).ToString();
        var extended = false;
        if (name.WordCount == 1)
        {
            // "le Fonds nordique pour la résilience": the lower-case words that qualify the head noun are the name.
            var at = s.WordAt(name.End);
            for (var n = 0; n < NameTail && at < s.Words.Length; n++, at++)
            {
                var w = s.Words[at];
                if (w.Stop || w.Capital || w.Key == "#" || s.CommaBetween(name.End, w.Start) || !OnlySpaces(s.Text, at == s.WordAt(name.End) ? name.End : s.Words[at - 1].End, w.Start)) break;
                (text, extended) = (s.Text[name.Start..w.End], true);
            }
        }
        return new FrameHolder(text, extended ? TextAnalyzer.Fold(text) : s.Names.KeyOf(name).ToString(), []) { Sure = true };
    }

    private static bool OnlySpaces(string text, int from, int to) => from <= to && text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>The folded last word of a subject term ("trust fund": fund).</summary>
    private static string HeadOf(string term)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : TextAnalyzer.Fold(words[^1]);
    }
}
