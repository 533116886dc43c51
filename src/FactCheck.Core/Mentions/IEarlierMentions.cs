using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// What a source of mentions found in some sentences of a text in an earlier pass over the same text (the first pass reads
/// the places of each lead for its story profile): asked before the source reads a sentence, so that no sentence is read
/// twice by the same source.
/// </summary>
public interface IEarlierMentions
{
    /// <summary>
    /// What <paramref name="source"/> found in the <paramref name="index"/>th sentence of the text, made anew on
    /// <paramref name="sentence"/> (that sentence split again); null when it did not read that sentence.
    /// </summary>
    IReadOnlyList<Mention>? Found(IMentionSource source, int index, Sentence sentence);
}
