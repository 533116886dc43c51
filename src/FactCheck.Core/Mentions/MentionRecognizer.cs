using System.Collections.Immutable;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Runs every mention source over the sentences of one source, in order.</summary>
public sealed class MentionRecognizer(ImmutableArray<IMentionSource> sources)
{
    /// <summary>
    /// The recognizer with every built-in kind, calling Microsoft.Recognizers.Text where <paramref name="scope"/> says and
    /// reading places from <paramref name="places"/> (the shipped gazetteer by default).
    /// </summary>
    public static MentionRecognizer CreateDefault(RecognizerScope scope = RecognizerScope.Unexplained, Gazetteer? places = null) =>
        new([new MoneyMentionSource(scope), new PlaceMentionSource(places ?? Gazetteer.Default)]);

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
