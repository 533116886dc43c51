using System.Collections.Immutable;
using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// Splits a sentence into <see cref="FrameWord"/>s: the analyzer's words cut at their apostrophes and hyphens ("d'euros"
/// is "d'" and "euros", "million-per-year" three words, "Lagerfeld's" is "lagerfeld" and "'s"), each with its stem. Language
/// pack phrases are split the same way, so a phrase matches the text word by word.
/// </summary>
internal static class FrameWords
{
    private const int LongestWord = 40;

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<FrameWord> Of(string text, TextAnalyzer analyzer)
    {
        // About one word in six characters of news prose: sized once instead of grown by doubling for every sentence.
        var words = ImmutableArray.CreateBuilder<FrameWord>(text.Length / 6 + 4);
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
        return words.ToImmutable();
    }

    /// <summary>The keys of a pack phrase ("s'est effondré": "s'", "est", "effondr"), or the lower-case words when <paramref name="stemmed"/> is false.</summary>
    public static string[] Keys(string phrase, TextAnalyzer analyzer, bool stemmed) =>
        [.. Of(phrase, analyzer).Select(w => stemmed ? w.Key : w.Lower)];

    private static FrameWord Word(string text, int start, int end, bool kept, TextAnalyzer analyzer)
    {
        var span = text.AsSpan(start, end - start);
        var capital = char.IsUpper(span[0]);
        if (!span.ContainsAnyExceptInRange('0', '9')) return new FrameWord(start, end, span.ToString(), "#", false, false);
        if (!kept || span.Length > LongestWord)
        {
            // An elision ("d'", "l'", "qu'") or a clitic ("'s") is a word of its own, read as written.
            var elided = end < text.Length && WordTokens.IsApostrophe(text[end]);
            var lower = string.Create(span.Length + 1, (text, start, end, elided), static (into, w) =>
            {
                var word = w.text.AsSpan(w.start, w.end - w.start);
                word.ToLowerInvariant(into.Slice(w.elided ? 0 : 1, word.Length));
                into[w.elided ? word.Length : 0] = '\'';
            });
            return new FrameWord(start, end, lower, lower, true, capital);
        }
        var facts = analyzer.Facts(span)!;
        return new FrameWord(start, end, facts.Word, facts.Key, facts.Stop, capital);
    }
}
