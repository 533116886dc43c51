using System.Collections.Immutable;
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

    /// <summary>Past this many words a thread's scratch builder is not kept: a sentence of a huge table would hold on to it.</summary>
    private const int LongestKeptScratch = 4096;

    // One builder per thread, filled and copied out at the exact size: sized per sentence, each one cost two arrays (the
    // builder's and the copy ToImmutable makes when the guess is off), the stage's largest allocation.
    [ThreadStatic]
    private static ImmutableArray<FrameWord>.Builder? scratch;

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<FrameWord> Of(string text, TextAnalyzer analyzer)
    {
        var words = scratch ?? ImmutableArray.CreateBuilder<FrameWord>(64);
        scratch = null;
        foreach (var (start, end) in WordTokens.In(text))
        {
            var partStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i < end && !WordTokens.IsApostrophe(text[i]) && !WordTokens.IsHyphen(text[i])) continue;
                if (i > partStart) words.Add(Word(text, partStart, i, analyzer.KeepsPart(text, partStart, i, start, end), analyzer));
                partStart = i + 1;
            }
        }
        var read = words.ToImmutable();
        words.Clear();
        if (words.Capacity <= LongestKeptScratch) scratch = words;
        return read;
    }

    /// <summary>The keys of a pack phrase ("s'est effondré": "s'", "est", "effondr"), or the lower-case words when <paramref name="stemmed"/> is false.</summary>
    public static string[] Keys(string phrase, TextAnalyzer analyzer, bool stemmed) =>
        [.. Of(phrase, analyzer).Select(w => stemmed ? w.Key : w.Lower)];

    private static FrameWord Word(string text, int start, int end, bool kept, TextAnalyzer analyzer)
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
        var facts = analyzer.Facts(span)!;
        return new FrameWord(start, end, facts.Word, facts.Key, facts.Stop, capital);
    }
}
