using System.Collections.Frozen;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Whether a sentence looks ahead or back, from its words: it tells "on Wednesday" and "in July" which Wednesday and which
/// July are meant. Read word by word (a regex with a suffix test backtracks over every word of a long sentence).
/// </summary>
internal static class Tense
{
    // "next" is read with the date it qualifies ("next Tuesday"): "the next morning" does not look ahead.
    private static readonly FrozenSet<string> Ahead = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "shall", "upcoming", "due", "scheduled", "expected", "ll", "sera", "seront", "va", "vont", "prochain", "prochaine",
        "doit", "doivent", "devrait", "devraient", "prévu", "prévue");

    private static readonly FrozenSet<string> Back = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "had", "did", "said", "told", "met", "held", "took", "came", "went", "flew", "made", "gave", "began", "rose", "fell",
        "won", "lost", "last", "a", "ont", "avait", "avaient", "était", "étaient", "dernier", "dernière");

    /// <summary>True when the sentence looks ahead ("will", "sera", "célébrera"), false when it looks back ("was", "said", "a"), null when it does not say.</summary>
    public static bool? Of(string text)
    {
        var ahead = Ahead.GetAlternateLookup<ReadOnlySpan<char>>();
        var back = Back.GetAlternateLookup<ReadOnlySpan<char>>();
        var looksBack = false;
        foreach (var (start, end) in LetterRuns.In(text))
        {
            var word = text.AsSpan(start, end - start);
            if (ahead.Contains(word) || IsFrenchFuture(word)) return true;
            looksBack |= back.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
        }
        return looksBack ? false : null;
    }

    /// <summary>"célébrera", "discuteront", "finira": the French future's endings, on words long enough not to be nouns ("opéra").</summary>
    private static bool IsFrenchFuture(ReadOnlySpan<char> word) =>
        word.Length >= 5 && (word.EndsWith("era", StringComparison.Ordinal) || word.EndsWith("eront", StringComparison.Ordinal)
            || word.EndsWith("ira", StringComparison.Ordinal) || word.EndsWith("iront", StringComparison.Ordinal));
}
