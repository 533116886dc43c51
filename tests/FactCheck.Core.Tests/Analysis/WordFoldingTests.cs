using FactCheck.Analysis;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>
/// Folding a Latin text letter by letter from a table gives what decomposing it, dropping its marks and composing it again
/// gives: the table is only a quicker way to the same key, never another key.
/// </summary>
public sealed class WordFoldingTests
{
    [Theory]
    [InlineData("Mégantic", "megantic")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("L’OTAN", "l'otan")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "łodz")]
    [InlineData("Ελλάδα", "ελλαδα")]
    public void A_word_folds_to_lower_case_without_accents(string word, string expected)
    {
        var folded = WordFolding.Fold(word);

        Assert.Equal(expected, folded);
    }

    [Fact]
    public void Every_pair_of_Latin_letters_folds_as_the_whole_text_would()
    {
        var letters = Enumerable.Range(0x20, 0x250 - 0x20).Select(c => (char)c).Append('’').Append('ʼ').Append('e').ToArray();

        var different = new List<string>();
        foreach (var a in letters)
            foreach (var b in letters)
            {
                var text = string.Concat(a, b, 'É');
                if (WordFolding.Fold(text) != Reference(text)) different.Add(text);
            }

        Assert.Empty(different);
    }

    [Fact]
    public void Folding_on_the_stack_gives_the_folded_string_or_declines()
    {
        var letters = Enumerable.Range(0, 0x600).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).Append('’').Append('ʼ').ToArray();
        Span<char> folded = stackalloc char[8];

        var different = new List<string>();
        foreach (var c in letters)
            foreach (var text in new[] { c.ToString(), string.Concat("É", c, "a"), string.Concat("L’", c) })
                if (WordFolding.TryFold(text, folded, out var length) && folded[..length].ToString() != WordFolding.Fold(text)) different.Add(text);

        Assert.Empty(different);
        Assert.True(WordFolding.TryFold("Lac-Mégantic", stackalloc char[16], out _));
        Assert.False(WordFolding.TryFold("Ελλάδα", stackalloc char[16], out _));
        Assert.False(WordFolding.TryFold("Lac-Mégantic", stackalloc char[4], out _));
    }

    /// <summary>The folding as it was written before the table: lower case, decomposed, marks dropped, composed again.</summary>
    private static string Reference(string text) => WordFolding.Slow(text.ToLowerInvariant());
}
