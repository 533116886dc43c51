using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using FactCheck.Analysis;
using FactCheck.Inputs;

namespace FactCheck.Frames;

/// <summary>
/// Splits a sentence into <see cref="FrameWord"/>s: the analyzer's words cut at their apostrophes and hyphens ("d'euros"
/// is "d'" and "euros", "million-per-year" three words, "Lagerfeld's" is "lagerfeld" and "'s"), each with its stem. Language
/// pack phrases are split the same way, so a phrase matches the text word by word.
/// </summary>
internal static class FrameWords
{
    private const int LongestWord = 40;

    // Not ContainsAnyExceptInRange('0', '9'): until the JIT optimises it, that generic call boxes its bounds, 96 bytes a
    // word (a fifth of what the frames stage allocated); SearchValues never does.
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>The words of <paramref name="text"/>, in order, written into <paramref name="buffer"/> (a larger one when it is full).</summary>
    public static FrameWordRow Of(string text, TextAnalyzer analyzer, ref FrameWord[] buffer)
    {
        // The parts first, and the processor asked for where the thread keeps each word the analyzer reads: the look-ups
        // then find them in its cache. Looked up one after the other, each waited on memory on its own.
        var parts = partsOfThread ?? new Part[64];
        // The lower case of the words looked up, one after the other: lowered and hashed once, for the fetch and the look-up.
        var lowered = loweredOfThread ?? new char[256];
        var (count, at) = (0, 0);
        foreach (var (start, end) in WordTokens.In(text))
        {
            var partStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i < end && !WordTokens.IsApostrophe(text[i]) && !WordTokens.IsHyphen(text[i])) continue;
                if (i > partStart)
                {
                    if (count == parts.Length) Array.Resize(ref parts, 2 * parts.Length);
                    var kept = analyzer.KeepsPart(text, partStart, i, start, end);
                    var part = new Part(partStart, i, kept);
                    if (kept && i - partStart <= LongestWord)
                    {
                        if (at + (i - partStart) > lowered.Length) Array.Resize(ref lowered, 2 * lowered.Length + (i - partStart));
                        (part.LowerAt, part.Hash) = (at, TextAnalyzer.PrefetchLower(text.AsSpan(partStart, i - partStart), lowered.AsSpan(at, i - partStart)));
                        at += i - partStart;
                    }
                    parts[count++] = part;
                }
                partStart = i + 1;
            }
        }
        if (buffer.Length < count) Array.Resize(ref buffer, Math.Max(64, Math.Max(count, 2 * buffer.Length)));
        // Then the entries, each asked of the processor as it is found: the words made after read them from its cache. Found
        // and read at once, each waited on memory for its entry on its own (perf, AOT: the first read of an entry's fields
        // was nine tenths of the samples of Word's own code).
        for (var w = 0; w < count; w++)
        {
            ref var part = ref parts[w];
            if (!part.Kept || part.End - part.Start > LongestWord || !text.AsSpan(part.Start, part.End - part.Start).ContainsAnyExcept(Digits)) continue;
            part.Entry = analyzer.FactsOfLower(lowered.AsSpan(part.LowerAt, part.End - part.Start), part.Hash);
            Fetch(part.Entry);
        }
        for (var w = 0; w < count; w++)
        {
            buffer[w] = Word(text, parts[w].Start, parts[w].End, parts[w].Kept, parts[w].Entry, analyzer);
            parts[w].Entry = null;
        }
        partsOfThread = parts.Length <= LongestKept ? parts : null;
        loweredOfThread = lowered.Length <= LongestKept * 4 ? lowered : null;
        return new FrameWordRow(buffer, count);
    }

    /// <summary>
    /// A word's characters <c>[Start, End)</c>, whether it is read by the analyzer (not an elision nor a clitic), and its entry
    /// once looked up (let go as its word is made: the thread's array holds no entry between sentences).
    /// </summary>
    private struct Part(int start, int end, bool kept)
    {
        public readonly int Start = start;
        public readonly int End = end;
        public readonly bool Kept = kept;
        public TextAnalyzer.Entry? Entry;

        /// <summary>Where the word's lower case starts in the thread's buffer, and its hash, for a kept word not too long.</summary>
        public int LowerAt;
        public int Hash;
    }

    /// <summary>
    /// Asks the processor for the first cache line of <paramref name="entry"/>, whose address the reference holds (as
    /// <c>SharedWords</c> fetches its entries); a hint only, never a fault.
    /// </summary>
    private static unsafe void Fetch(TextAnalyzer.Entry? entry)
    {
        if (entry is null || !Sse.IsSupported) return;
        Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref entry));
    }

    /// <summary>Past this many parts the thread lets its array go: a sentence of a huge table would hold on to it.</summary>
    private const int LongestKept = 4096;

    [ThreadStatic]
    private static Part[]? partsOfThread;

    [ThreadStatic]
    private static char[]? loweredOfThread;

    /// <summary>The keys of a pack phrase ("s'est effondré": "s'", "est", "effondr"), or the lower-case words when <paramref name="stemmed"/> is false.</summary>
    public static string[] Keys(string phrase, TextAnalyzer analyzer, bool stemmed)
    {
        // One buffer a thread for all the phrases of a pack: a new one for each was some 20 MB as a lexicon was built.
        var buffer = keyBuffer ?? [];
        var words = Of(phrase, analyzer, ref buffer);
        keyBuffer = buffer;
        var keys = new string[words.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = stemmed ? words[i].Key : words[i].Lower;
        return keys;
    }

    [ThreadStatic]
    private static FrameWord[]? keyBuffer;

    private static FrameWord Word(string text, int start, int end, bool kept, TextAnalyzer.Entry? entry, TextAnalyzer analyzer)
    {
        var span = text.AsSpan(start, end - start);
        var capital = char.IsUpper(span[0]);
        if (!span.ContainsAnyExcept(Digits)) return new FrameWord(start, end, ShortStrings.Of(span), "#", false, false);
        if (!kept || span.Length > LongestWord)
        {
            // An elision ("d'", "l'", "qu'") or a clitic ("'s") is a word of its own, read as written.
            var elided = end < text.Length && WordTokens.IsApostrophe(text[end]);
            var lower = span.Length < LongestWord ? stackalloc char[span.Length + 1] : new char[span.Length + 1];
            Casing.ToLower(span, lower.Slice(elided ? 0 : 1, span.Length));
            lower[elided ? span.Length : 0] = '\'';
            var word = span.Length <= LongestWord ? ShortStrings.Of(lower) : lower.ToString();
            return new FrameWord(start, end, word, word, true, capital);
        }
        // The analyzer answers the words a thread met last from a table of the thread's own (RecentWords).
        var facts = (entry ?? analyzer.Facts(span))!;
        return new FrameWord(start, end, facts.Word, facts.Key, facts.Stop, capital) { Entry = facts };
    }
}
