using System.Collections.Frozen;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The longest run of letters of every term of a lexicon: a sentence holding none of them as a whole word holds no term,
/// because the lexicons read terms only between non-letters, so each run of a term is a whole run of the sentence. A
/// lookup per word is much faster than a search for substrings of these words (many French ones have accents, which send
/// <c>SearchValues</c> down its slow case-insensitive path), and it does not let through every "shown" and "database".
/// </summary>
internal sealed class KeyWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly WordShapes shapes;

    public KeyWords(IEnumerable<string> terms) : this(terms.Select(LongestRun).Where(w => w.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase))
    {
    }

    private KeyWords(FrozenSet<string> words) => (this.words, shapes) = (words.GetAlternateLookup<ReadOnlySpan<char>>(), new WordShapes(words, ignoreCase: true));

    /// <summary>True when a word of <paramref name="text"/> is the longest run of letters of some term.</summary>
    public bool MayHoldAny(string text)
    {
        // Each sentence is scanned so (by the sites and the binder): the shapes spare the look-up of most of its words.
        foreach (var (start, end) in SentenceRuns.Of(text))
            if (shapes.MayHold(text.AsSpan(start, end - start)) && words.Contains(text.AsSpan(start, end - start))) return true;
        return false;
    }

    private static string LongestRun(string term)
    {
        var (start, end) = (0, 0);
        foreach (var run in LetterRuns.In(term))
            if (run.End - run.Start > end - start) (start, end) = run;
        return term[start..end];
    }
}
