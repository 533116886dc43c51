using FactCheck.Kinds.Money;
using FactCheck.Mentions;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The fast path calls the recognizer only where the own rules leave a currency word unexplained. It must find
/// exactly the money the naive way (the recognizer on every sentence, plus the own rules) finds.
/// </summary>
public sealed class RecognizerScopeTests
{
    public static TheoryData<string> Folders => ["../shared/seeds", "samples"];

    [NeedsSharedTheory("seeds")]
    [MemberData(nameof(Folders))]
    public void The_fast_path_finds_the_same_money_as_the_recognizer_on_every_sentence(string folder)
    {
        var loaded = new SourceLoader(RepoPaths.Root).Load([folder]);
        Assert.Null(loaded.Error);
        var sentences = loaded.Documents.SelectMany(d => SentenceSplitter.Default.Split(d)).ToList();

        var fast = Money(sentences, RecognizerScope.Unexplained);
        var everywhere = Money(sentences, RecognizerScope.Everywhere);

        Assert.NotEmpty(fast);
        Assert.Equal(everywhere, fast);
    }

    /// <summary>
    /// A scale word with no count before it sends no window to the recognizer, which reads none of these; with a count
    /// before it ("a hundred million dollars", "douze millions de dollars") it still does.
    /// </summary>
    [Theory]
    [InlineData("They paid millions of dollars in damages.", "en")]
    [InlineData("It cost hundreds of millions of dollars to build.", "en")]
    [InlineData("The billion-dollar deal was signed on Monday.", "en")]
    [InlineData("It could be tens of millions of dollars, he said.", "en")]
    [InlineData("Clint Eastwood won for Million Dollar Baby.", "en")]
    [InlineData("They paid billions of rupees and million rupees to the state.", "en")]
    [InlineData("It cost a hundred million dollars to build.", "en")]
    [InlineData("Il a coûté des milliards de dollars aux Etats-Unis.", "fr")]
    [InlineData("Une aide de plusieurs centaines de millions d'euros a été votée.", "fr")]
    [InlineData("Il a coûté des millions de roupies.", "fr")]
    [InlineData("Douze millions de dollars et des réformes de la police locale.", "fr")]
    public void A_scale_without_a_count_is_left_out_as_the_recognizer_leaves_it(string text, string language)
    {
        static List<string> Read(string text, string language, RecognizerScope scope) =>
            [.. TestText.Money(text, language, scope).Select(m => $"{m.Span.Start} {m.Text} = {m.Low}..{m.High} {m.Currency} {m.Qualifier}")];

        Assert.Equal(Read(text, language, RecognizerScope.Everywhere), Read(text, language, RecognizerScope.Unexplained));
    }

    private static List<string> Money(List<Sentence> sentences, RecognizerScope scope)
    {
        var source = new MoneyMentionSource(scope);
        return [.. sentences.SelectMany(source.Find).Cast<MoneyMention>()
            .Select(m => $"{m.Sentence.Source.Id}:{m.Span.Start} {m.Text} = {m.Low}..{m.High} {m.Currency} {m.Qualifier}")];
    }
}
