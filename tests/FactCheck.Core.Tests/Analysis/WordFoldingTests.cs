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

    /// <summary>The folding as it was written before the table: lower case, decomposed, marks dropped, composed again.</summary>
    private static string Reference(string text) => WordFolding.Slow(text.ToLowerInvariant());
}
