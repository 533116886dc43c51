using System.Collections.Immutable;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Finds one kind of mention in a sentence.</summary>
public interface IMentionSource
{
    /// <summary>The mentions in <paramref name="sentence"/>, in order, not overlapping each other.</summary>
    IReadOnlyList<Mention> Find(Sentence sentence);

    /// <summary>True for a kind that reads a whole source at once (<see cref="FindAll"/>) and may span sentences.</summary>
    bool SpansSentences => false;

    /// <summary>
    /// The mentions of all the sentences of one source, in order. A kind whose statements run across sentences (a quotation
    /// the sentence splitter cuts in two) reads them here; the others read one sentence at a time.
    /// </summary>
    IReadOnlyList<Mention> FindAll(ImmutableArray<Sentence> sentences)
    {
        var all = new List<Mention>();
        foreach (var sentence in sentences) all.AddRange(Find(sentence));
        return all;
    }
}
