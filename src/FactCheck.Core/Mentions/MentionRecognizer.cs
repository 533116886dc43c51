using System.Collections.Immutable;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Runs every mention source over the sentences of one source, in order.</summary>
public sealed class MentionRecognizer(ImmutableArray<IMentionSource> sources)
{
    /// <summary>
    /// The recognizer with every built-in kind, calling Microsoft.Recognizers.Text where <paramref name="scope"/> says and
    /// reading places from <paramref name="places"/> (the shipped gazetteer by default). The order
    /// matters: where two kinds read the same words, the first wins ("€5bn" is money, "5%" a percentage, "in 2014" a date,
    /// "five years ago" a date, "from 27 to 25 years" a change of age, and none of them a count or a duration).
    /// </summary>
    public static MentionRecognizer CreateDefault(RecognizerScope scope = RecognizerScope.Unexplained, Gazetteer? places = null) =>
        new([new MoneyMentionSource(scope), new PercentageMentionSource(), new DateMentionSource(scope), new QuantityMentionSource(), new DurationMentionSource(),
             new PlaceMentionSource(places ?? Gazetteer.Default)]);

    /// <summary>The mentions of <paramref name="sentences"/>, sorted by position; a mention overlapping one of an earlier source is left out.</summary>
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var inSentence = new List<Mention>();
        foreach (var sentence in sentences)
        {
            inSentence.Clear();
            foreach (var source in sources)
                foreach (var mention in source.Find(sentence))
                    if (!inSentence.Exists(m => m.Start < mention.End && mention.Start < m.End)) inSentence.Add(mention);
            inSentence.Sort((a, b) => a.Start.CompareTo(b.Start));
            mentions.AddRange(inSentence);
        }
        return mentions.ToImmutable();
    }
}
