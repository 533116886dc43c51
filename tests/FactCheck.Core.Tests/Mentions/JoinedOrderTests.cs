using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// <see cref="MentionRecognizer.Joined"/> sorts the mentions of a source's sentences and those read across them into reading
/// order by its own stable sort: it must give what the stable <c>OrderBy</c> it replaced gave, ties in the order given.
/// </summary>
public sealed class JoinedOrderTests
{
    [Fact]
    public void Joined_gives_the_order_a_stable_sort_by_start_gave()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(i =>
            $"\"We will spend €{i + 2}bn on {i + 3} new schools by 2027,\" Karl Lagerfeld said on Tuesday. He said {i + 4}% of them would open in July. " +
            $"Officials said the plan, first announced {i % 5 + 2} years ago, covers {1_000 + i} teachers. \"It is a good day,\" she added."));
        var source = TestText.Source(text, "en", "order.md");
        var sentences = SentenceSplitter.Default.Split(source);
        var recognizer = CheckStages.Default.Recognizer;
        var inSentences = recognizer.InSentences(sentences.AsSpan());
        var across = recognizer.AcrossSentences(sentences);

        var joined = MentionRecognizer.Joined([inSentences], across);
        var expected = inSentences.Concat(across).OrderBy(m => m.Span.Start).ToList();

        Assert.NotEmpty(across);
        Assert.Contains(expected.Zip(expected.Skip(1)), p => p.First.Span.Start == p.Second.Span.Start);
        Assert.Equal(expected.Count, joined.Length);
        for (var k = 0; k < expected.Count; k++) Assert.Same(expected[k], joined[k]);
    }
}
