using System.Collections.Frozen;
using FactCheck.Languages;

namespace FactCheck.Sentences;

/// <summary>Words whose final period does not end a sentence ("Dr. Weber", "U.S. officials", "M. Macron").</summary>
public sealed class AbbreviationList
{
    // Its look-up by characters, taken once: asked for at each period, it was a type test of the set's comparer each time.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;

    /// <summary>Builds a list from lower-case words written without their final period.</summary>
    public AbbreviationList(IEnumerable<string> abbreviations) => words = abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The abbreviations of a language's news text: its <c>abbreviations</c> and <c>month-abbreviations</c>.</summary>
    public static AbbreviationList Of(LanguagePack language) =>
        language.Cached(typeof(AbbreviationList), static l => new AbbreviationList(l.Words("abbreviations").Concat(l.Words("month-abbreviations"))));

    /// <summary>True when the period at <paramref name="period"/> closes an abbreviation or an initial ("J. Stoltenberg").</summary>
    public bool EndsAt(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text.AsSpan(start, period - start);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        return words.Contains(word);
    }
}
