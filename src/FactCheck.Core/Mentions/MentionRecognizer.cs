using System.Collections.Immutable;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Runs every mention source over the sentences of one source, in order.</summary>
public sealed class MentionRecognizer(ImmutableArray<IMentionSource> sources)
{
    /// <summary>The recognizer with every built-in kind, calling Microsoft.Recognizers.Text where <paramref name="scope"/> says.</summary>
    public static MentionRecognizer CreateDefault(RecognizerScope scope = RecognizerScope.Unexplained) => new([new MoneyMentionSource(scope)]);

    /// <summary>The mentions of <paramref name="sentences"/>, sorted by position.</summary>
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        foreach (var sentence in sentences)
            foreach (var source in sources)
                mentions.AddRange(source.Find(sentence));
        return mentions.ToImmutable();
    }
}
