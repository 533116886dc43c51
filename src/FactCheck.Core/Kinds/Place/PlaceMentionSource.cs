using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Place;

/// <summary>
/// Place mentions from the gazetteer. Only a word that starts with a capital is looked up (one dictionary lookup on its
/// folded form, then the longest name that starts with it), so most of the text costs a character scan. A name found is
/// then read in its sentence (<see cref="PlaceReading"/>): part of a longer name ("Air France", "Banque de France"), an
/// actor ("Kiev has urgent needs", "Moscou a répondu"), or a common word without a place cue ("Nice work") is no mention.
/// </summary>
public sealed class PlaceMentionSource(Gazetteer gazetteer) : IMentionSource
{
    /// <summary>A source reading the shipped gazetteer.</summary>
    public PlaceMentionSource() : this(Gazetteer.Default)
    {
    }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var span = text.AsSpan();
        // The thread's list, taken while in use: a read within a read would make its own.
        var found = matchesOfThread ?? [];
        matchesOfThread = null;
        found.Clear();
        var nextLower = NextLowerCaseName(span, 0);
        var i = 0;
        while (i < text.Length)
        {
            // A vectorized search for the next capital (or the next word that starts one of the few lower-case names).
            var upper = span[i..].IndexOfAny(PlaceText.Capitals);
            if (nextLower >= 0 && nextLower < i) nextLower = NextLowerCaseName(span, i);
            var start = upper < 0 ? nextLower : nextLower < 0 ? i + upper : Math.Min(i + upper, nextLower);
            if (start < 0) break;
            if (start > 0 && (PlaceText.IsWordChar(text[start - 1]) || (text[start - 1] == '-' && start > 1 && char.IsLetter(text[start - 2]))))
            {
                i = PlaceText.WordEnd(text, start); // inside a word: "McDonald", "pro-Russia"
                continue;
            }
            var end = PlaceText.WordEnd(text, start);
            // The search for lower-case names also stops inside a capitalized word ("la" in "Latvia"): that word is read as one.
            if ((start != nextLower || char.IsUpper(text[start]) || StartsLowerCaseName(text, start, end)) && Match(text, start, end) is { } match)
            {
                found.Add(match);
                i = match.End;
                continue;
            }
            i = Math.Max(end, start + 1);
        }
        // A locative predicate's complement is a place even where the gazetteer knows no name ("died at the X Medical Center").
        IReadOnlyList<Mention> mentions = found.Count == 0 ? [] : PlaceReading.Mentions(sentence, found);
        if (found.Capacity <= MatchesKept) matchesOfThread = found;
        return PlaceSites.With(sentence, mentions);
    }

    // Past this many matches a sentence's list is let go (a huge table's sentence).
    private const int MatchesKept = 1024;

    /// <summary>
    /// The matches of the sentence being read, reused sentence after sentence: a list and a match object of every sentence
    /// naming a place were garbage (the profiles' stage of a check of the bench corpus allocated 163 → 151 MB without them).
    /// </summary>
    [ThreadStatic]
    private static List<PlaceMatch>? matchesOfThread;

    private int NextLowerCaseName(ReadOnlySpan<char> text, int from)
    {
        var at = text[from..].IndexOfAny(gazetteer.LowerCaseFirstWords);
        return at < 0 ? -1 : from + at;
    }

    private bool StartsLowerCaseName(string text, int start, int end)
    {
        Span<char> key = stackalloc char[32];
        if (end - start > key.Length) return false;
        var length = 0;
        PlaceText.AppendFolded(text.AsSpan(start, end - start), key, ref length);
        return gazetteer.StartsLowerCaseName(key[..length]);
    }

    /// <summary>The longest key a name is looked up by, in characters.</summary>
    private const int KeyLength = 160;

    /// <summary>The longest gazetteer name that starts with the word at <c>[start, firstEnd)</c>, or null.</summary>
    /// <remarks>Its buffers are not cleared first: each is read only as far as it was written (the key to its length, the words and variants to their counts).</remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private PlaceMatch? Match(string text, int start, int firstEnd)
    {
        Span<char> key = stackalloc char[KeyLength];
        Span<(int Length, bool Possessive)> variants = stackalloc (int, bool)[3];
        var first = text.AsSpan(start, firstEnd - start);
        var longest = 0;
        for (var v = Variants(first, single: true, variants) - 1; v >= 0; v--)
        {
            var length = 0;
            PlaceText.AppendFolded(first[..variants[v].Length], key, ref length);
            longest = Math.Max(longest, gazetteer.LongestFrom(key[..length]));
        }
        if (longest == 0) return null;

        Span<(int Start, int End)> words = stackalloc (int, int)[Math.Min(longest, 8)];
        words[0] = (start, firstEnd);
        var count = 1;
        while (count < words.Length && NextWordStart(text, words[count - 1].End) is var next and >= 0)
            words[count++] = (next, PlaceText.WordEnd(text, next));

        // Every key tried is a start of the key of all the words (folding keeps each character in its place): that key is
        // folded once, and the keys, longest first, are each readied (their buckets fetched together) before any is looked up.
        Span<int> wordAt = stackalloc int[words.Length];
        var keyLength = 0;
        for (var w = 0; w < count; w++)
        {
            wordAt[w] = keyLength;
            PlaceText.AppendFolded(text.AsSpan(words[w].Start, words[w].End - words[w].Start), key, ref keyLength);
            if (w < count - 1 && keyLength < key.Length) key[keyLength++] = ' ';
        }
        Span<(int Words, int LastLength, bool Possessive, int Length, long Prepared)> tries = stackalloc (int, int, bool, int, long)[2 * count + 1];
        var tried = 0;
        for (var k = count; k >= 1; k--)
        {
            var last = text.AsSpan(words[k - 1].Start, words[k - 1].End - words[k - 1].Start);
            var variantCount = Variants(last, single: k == 1, variants);
            for (var v = 0; v < variantCount; v++)
            {
                var length = Math.Min(wordAt[k - 1] + variants[v].Length, keyLength);
                tries[tried++] = (k, variants[v].Length, variants[v].Possessive, length, gazetteer.PrepareLookup(key[..length]));
            }
        }
        foreach (var (k, lastLength, possessive, length, prepared) in tries[..tried])
        {
            if (gazetteer.Lookup(key[..length], prepared) is not { } names) continue;
            var spanEnd = words[k - 1].Start + lastLength;
            var lower = IsLowerAnywhere(text.AsSpan(start, spanEnd - start));
            var usable = lower && Array.Exists(names, n => n.Initialism) ? Array.FindAll(names, n => !n.Initialism) : names;
            if (usable.Length > 0) return new PlaceMatch(start, spanEnd, usable, possessive);
        }
        return null;
    }

    /// <summary>
    /// The forms of a word to look up: as written; without a possessive "'s" ("Kiev's", then an actor); and for a single
    /// word, the part before a hyphen when a lower-case word follows it ("Kyiv-based", "US-led").
    /// </summary>
    private static int Variants(ReadOnlySpan<char> word, bool single, Span<(int Length, bool Possessive)> into)
    {
        var count = 0;
        into[count++] = (word.Length, false);
        if (word.Length > 2 && word[^1] is 's' or 'S' && PlaceText.IsApostrophe(word[^2])) into[count++] = (word.Length - 2, true);
        var hyphen = word.IndexOf('-');
        if (single && hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1])) into[count++] = (hyphen, false);
        return count;
    }

    private static bool IsLowerAnywhere(ReadOnlySpan<char> written)
    {
        foreach (var c in written)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>The start of the word after <paramref name="end"/> when only spaces (and at most one comma) stand between, or -1.</summary>
    private static int NextWordStart(string text, int end)
    {
        var i = end;
        var comma = false;
        while (i < text.Length && (text[i] is ' ' or '\u00A0' or '\u202F' || (text[i] == ',' && !comma)))
        {
            comma |= text[i] == ',';
            i++;
        }
        // A French elision is glued to the next word: "Côte d'Ivoire" is "Côte", "d'", "Ivoire".
        var glued = i == end && end > 0 && PlaceText.IsApostrophe(text[end - 1]);
        return (i > end || glued) && i < text.Length && PlaceText.IsWordChar(text[i]) ? i : -1;
    }
}
