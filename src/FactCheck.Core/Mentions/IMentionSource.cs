using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Finds one kind of mention in a sentence.</summary>
public interface IMentionSource
{
    /// <summary>The mentions in <paramref name="sentence"/>, in order, not overlapping each other.</summary>
    IReadOnlyList<Mention> Find(Sentence sentence);
}
