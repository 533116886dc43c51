using System.Globalization;
using System.Text;
using FactCheck.Pipeline;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// A book-length source is read in chunks of sentences on every core: what it gives must be what reading its sentences one
/// by one gives, in reading order, with nothing lost or doubled at the chunks' edges.
/// </summary>
public sealed class LongSourceTests
{
    [Fact]
    public void A_long_source_gives_every_sentence_s_figures_in_reading_order()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 9_000; i++)
            text.Append(CultureInfo.InvariantCulture, $"Depot {i} stored {i} tonnes of grain and sold it for €{i}m on 3 May 2021.\n\n");
        var sentences = SentenceSplitter.Default.Split(TestText.Source(text.ToString()));
        var recognizer = CheckStages.Default.Recognizer;

        var whole = recognizer.Recognize(sentences);
        var oneByOne = sentences.SelectMany(s => recognizer.Recognize([s])).ToList();

        Assert.Equal(9_000, sentences.Length);
        Assert.Equal(oneByOne.Select(m => (m.Span.Start, m.Span.End, m.Kind.Name)), whole.Select(m => (m.Span.Start, m.Span.End, m.Kind.Name)));
        Assert.True(whole.Length > 2 * 9_000, $"{whole.Length} mentions"); // the tonnes, the amount and the date of nearly every sentence
        Assert.Equal(whole.OrderBy(m => m.Span.Start).Select(m => m.Span.Start), whole.Select(m => m.Span.Start));
    }
}
