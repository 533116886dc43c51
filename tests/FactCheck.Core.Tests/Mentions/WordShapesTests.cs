using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// <see cref="WordShapes"/> spares set look-ups: it may say yes to a word the set lacks, but a no for a word the set holds
/// would drop a figure, a place or a speech verb without a sound.
/// </summary>
public sealed class WordShapesTests
{
    [Fact]
    public void Every_number_word_of_the_shipped_packs_passes_however_it_is_capitalized()
    {
        foreach (var pack in LanguagePacks.BuiltIn.All)
        {
            var shapes = new WordShapes(pack.Numbers.Keys, pack.Numbers.Comparer);
            foreach (var word in pack.Numbers.Keys)
                foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                    Assert.True(shapes.MayHold(written), $"{pack.Code}: '{written}'");
        }
    }

    [Fact]
    public void A_word_of_another_length_or_first_letter_is_refused()
    {
        var shapes = new WordShapes(["dollar", "euro"], ignoreCase: true);
        Assert.True(shapes.MayHold("DOLLAR"));
        Assert.True(shapes.MayHold("Euro"));
        Assert.False(shapes.MayHold("dollars"));
        Assert.False(shapes.MayHold("the"));
        Assert.False(shapes.MayHold("said"));
    }

    [Fact]
    public void An_ordinal_set_refuses_another_case_and_a_letter_past_ascii_is_always_let_through()
    {
        var shapes = new WordShapes(["dit", "écrit"], StringComparer.Ordinal);
        Assert.True(shapes.MayHold("dit"));
        Assert.False(shapes.MayHold("Dit"));
        Assert.True(shapes.MayHold("écrit"));
        Assert.True(shapes.MayHold("Écrit")); // the set decides
        Assert.Throws<ArgumentException>(() => new WordShapes(["dit"], StringComparer.InvariantCultureIgnoreCase));
    }
}
