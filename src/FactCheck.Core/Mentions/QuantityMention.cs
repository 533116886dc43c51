namespace FactCheck.Mentions;

/// <summary>
/// A count and what it counts: "32 allies", "32 membres", "eight countries", "the age for mobilization from 27 to 25 years".
/// <see cref="Low"/>/<see cref="High"/> are the figure (equal unless a range), <see cref="Unit"/> the value of its last
/// significant digit, <see cref="Counted"/> the words after it as written, <see cref="Previous"/> the value it changed
/// from ("from 27 to 25"), and <see cref="Time"/> the date the count is tied to ("in 2014"), when the text gives one.
/// </summary>
public sealed record QuantityMention(
    Sentences.Sentence Sentence, int Start, int End, decimal Low, decimal High, decimal Unit, string Counted, Qualifier Qualifier,
    decimal? Previous = null, DateMention? Time = null)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Quantity;
}
