using System.Buffers;

namespace FactCheck.Mentions;

/// <summary>
/// A quick "no" before a regex that looks through a whole sentence for a list's phrases, case ignored: each phrase holds a
/// run of plain letters ("following" in "the following year"), and a sentence holding none of those runs, which one
/// vectorized search tells, holds none of the phrases. The regex then runs only where one may stand; most sentences hold
/// none, and a regex's own search stops at every letter a phrase can start with.
/// </summary>
internal sealed class PhraseSearch
{
    private readonly SearchValues<string>? keys;

    /// <param name="phrases">The phrases as the pack writes them (a space for any white space, an apostrophe for ' or ’).</param>
    public PhraseSearch(IEnumerable<string> phrases)
    {
        var found = new List<string>();
        foreach (var phrase in phrases)
        {
            var key = KeyOf(phrase);
            if (key.Length == 0) return; // nothing to look for: any sentence may hold this phrase
            found.Add(key);
        }
        keys = SearchValues.Create([.. found], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>False when <paramref name="text"/> holds none of the phrases; true when it may.</summary>
    public bool MayHold(ReadOnlySpan<char> text) => keys is null || text.IndexOfAny(keys) >= 0;

    /// <summary>
    /// The longest run of ASCII letters of a phrase: the pack's regexes hold them as written and ignore their case as the
    /// ordinal comparison does, all but k, which they also match to the Kelvin sign (U+212A); a run stops there.
    /// </summary>
    private static string KeyOf(string phrase)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i < phrase.Length && char.IsAsciiLetter(phrase[i]) && phrase[i] is not ('k' or 'K')) continue;
            if (i - start > bestLength) (bestStart, bestLength) = (start, i - start);
            start = i + 1;
        }
        return phrase.Substring(bestStart, bestLength);
    }
}
