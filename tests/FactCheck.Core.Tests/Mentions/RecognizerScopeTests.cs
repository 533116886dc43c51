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

    private static List<string> Money(List<Sentence> sentences, RecognizerScope scope)
    {
        var source = new MoneyMentionSource(scope);
        return [.. sentences.SelectMany(source.Find).Cast<MoneyMention>()
            .Select(m => $"{m.Sentence.Source.Id}:{m.Span.Start} {m.Text} = {m.Low}..{m.High} {m.Currency} {m.Qualifier}")];
    }
}
