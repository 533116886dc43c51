using FactCheck.Kinds.Date;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A count and what it counts: "32 allies", "32 membres", "eight countries", "the age for mobilization from 27 to 25 years".
/// <see cref="Low"/>/<see cref="High"/> are the figure (equal unless a range), <see cref="Unit"/> the value of its last
/// significant digit, <see cref="Counted"/> the words after it as written, <see cref="Previous"/> the value it changed
/// from ("from 27 to 25"), and <see cref="Time"/> the date the count is tied to ("in 2014"), when the text gives one.
/// <see cref="IsWhole"/> is true when the count names a whole group ("the 32 allies", "les 32 membres", "an alliance of 32
/// countries", "compte 32 membres") rather than some of it ("two countries signed", "eight countries agreed").
/// </summary>
public sealed record QuantityMention(
    Sentences.Sentence Sentence, int Start, int End, decimal Low, decimal High, decimal Unit, string Counted, Qualifier Qualifier,
    decimal? Previous = null, DateMention? Time = null, bool IsWhole = false)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Quantity;
}
