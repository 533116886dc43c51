using System.Collections.Frozen;

namespace FactCheck.Sentences;

/// <summary>Words whose final period does not end a sentence ("Dr. Weber", "U.S. officials", "M. Macron").</summary>
public sealed class AbbreviationList
{
    private readonly FrozenSet<string> words;

    /// <summary>The abbreviations of English and French news text.</summary>
    public static readonly AbbreviationList Default = new(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "jr", "sr", "inc", "ltd", "corp", "co",
        "vs", "etc", "no", "nos", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e",
        "m", "mm", "mme", "mmes", "mlle", "me", "pr", "cf", "av", "env", "art", "p", "vol", "fig",
    ]);

    /// <summary>Builds a list from lower-case words written without their final period.</summary>
    public AbbreviationList(IEnumerable<string> abbreviations) => words = abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the period at <paramref name="period"/> closes an abbreviation or an initial ("J. Stoltenberg").</summary>
    public bool EndsAt(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text.AsSpan(start, period - start);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
