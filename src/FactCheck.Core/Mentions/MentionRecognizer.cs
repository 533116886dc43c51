using System.Collections.Immutable;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Runs every mention source over the sentences of one source, in order.</summary>
public sealed class MentionRecognizer(ImmutableArray<IMentionSource> sources)
{
    /// <summary>The recognizer with every built-in kind, calling Microsoft.Recognizers.Text where <paramref name="scope"/> says.</summary>
    public static MentionRecognizer CreateDefault(RecognizerScope scope = RecognizerScope.Unexplained) => new([new MoneyMentionSource(scope), new AttributionMentionSource()]);

    /// <summary>The mentions of <paramref name="sentences"/> (one source's, in reading order), sorted by position.</summary>
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        foreach (var source in sources) mentions.AddRange(source.FindAll(sentences));
        if (sources.Length == 1 || mentions.Count < 2) return mentions.ToImmutable();
        // Reading order is the order of the first character in the original file; a stable sort keeps each source's order for ties.
        return [.. mentions.OrderBy(m => m.Span.Start)];
    }
}
