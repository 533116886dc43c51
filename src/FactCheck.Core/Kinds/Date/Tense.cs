using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Whether a sentence looks ahead or back, from its words in its language: it tells "on Wednesday" and "in July" which
/// Wednesday and which July are meant. Read word by word (a regex with a suffix test backtracks over every word of a long
/// sentence). "next" is read with the date it qualifies ("next Tuesday"): "the next morning" does not look ahead.
/// </summary>
internal static class Tense
{
    /// <summary>Words no shorter than this are read by their endings ("célébrera", "agreed"); shorter ones are often nouns ("opéra").</summary>
    private const int EndingMinimum = 5;

    /// <summary>One language's words and endings of tense, built once per pack.</summary>
    private sealed class Words(LanguagePack language)
    {
        public static Words Of(LanguagePack language) => memoOfThread.Of(language, static l => new Words(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Words> memoOfThread;

        public FrozenSet<string> Ahead { get; } = language.Set("tense-ahead");

        public FrozenSet<string> Back { get; } = language.Set("tense-back");

        /// <summary>Endings of the future ("-era", "-iront").</summary>
        public ImmutableArray<string> AheadEndings { get; } = language.Words("future-endings");

        /// <summary>Endings of the past ("-ed").</summary>
        public ImmutableArray<string> BackEndings { get; } = language.Words("past-endings");

        /// <summary>The pronouns a hyphen joins to the verb before them ("pourra-t-il"): there, the word before the hyphen is a verb.</summary>
        public FrozenSet<string> InvertedPronouns { get; } = language.Set("inverted-pronouns");
    }

    // A sentence's dates ask for its tense one after another (each month, weekday and holiday, the narrative years, the
    // recognizer's dates), each reading every word again: the last answer is kept on the thread for the next asker.
    [ThreadStatic]
    private static (string Text, LanguagePack Language, bool? Tense)? lastRead;

    /// <summary>True when the sentence looks ahead ("will", "sera", "célébrera"), false when it looks back ("was", "said", "a"), null when it does not say.</summary>
    public static bool? Of(string text, LanguagePack language)
    {
        if (lastRead is { } last && ReferenceEquals(last.Text, text) && ReferenceEquals(last.Language, language)) return last.Tense;
        var tense = Read(text, language);
        lastRead = (text, language, tense);
        return tense;
    }

    private static bool? Read(string text, LanguagePack language)
    {
        var words = Words.Of(language);
        var ahead = words.Ahead.GetAlternateLookup<ReadOnlySpan<char>>();
        var back = words.Back.GetAlternateLookup<ReadOnlySpan<char>>();
        var looksBack = false;
        // The runs of letters the other kinds found in the sentence already (SentenceRuns): nothing here asks for another text's.
        foreach (var (start, end) in SentenceRuns.Of(text))
        {
            var word = text.AsSpan(start, end - start);
            if (ahead.Contains(word) || (IsVerbLike(text, start, end, words) && EndsWithAny(word, words.AheadEndings, StringComparison.Ordinal))) return true;
            looksBack |= back.Contains(word) || EndsWithAny(word, words.BackEndings, StringComparison.OrdinalIgnoreCase);
        }
        return looksBack ? false : null;
    }

    /// <summary>
    /// A word that may be read by its ending: in lower case (a capitalised "Alexandra" or "Petra" is a name), and not the first
    /// part of a compound ("intra-afghans", "extra-terrestre") unless a pronoun joined by the hyphen makes it a verb
    /// ("pourra-t-il", "suivra-t-elle").
    /// </summary>
    private static bool IsVerbLike(string text, int start, int end, Words words)
    {
        if (!char.IsLower(text[start])) return false;
        if (end >= text.Length || text[end] != '-') return true;
        var next = end + 1;
        if (next + 1 < text.Length && text[next] == 't' && text[next + 1] == '-') next += 2;
        var pronounEnd = next;
        while (pronounEnd < text.Length && char.IsLetter(text[pronounEnd])) pronounEnd++;
        return words.InvertedPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next, pronounEnd - next));
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, ImmutableArray<string> endings, StringComparison comparison)
    {
        if (word.Length < EndingMinimum) return false;
        foreach (var ending in endings)
            if (word.EndsWith(ending, comparison)) return true;
        return false;
    }
}
