using FactCheck.Kinds.Date;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A number and what it counts or measures: "32 allies", "157 passengers", "4,8 tonnes", "1.2 million barrels a day", "une
/// trentaine de chefs d'État". <see cref="Low"/>/<see cref="High"/> are the figure (equal unless a range),
/// <see cref="Precision"/> the value of its last significant digit, <see cref="Counted"/> the words after it as written
/// (none when the noun is left unsaid: "while 7,800 were moved"), <see cref="Measure"/> what it counts or measures,
/// <see cref="Previous"/> the value it changed from ("from 27 to 25"), and <see cref="Time"/> the date the count is tied to
/// ("in 2014"), when the text gives one. <see cref="IsWhole"/> is true when the count names a whole group ("the 32 allies",
/// "les 32 membres", "an alliance of 32 countries", "compte 32 membres") rather than some of it ("two countries signed").
/// </summary>
public sealed record QuantityMention(
    Sentences.Sentence Sentence, int Start, int End, decimal Low, decimal High, decimal Precision, string Counted, Qualifier Qualifier,
    QuantityMeasure Measure, decimal? Previous = null, DateMention? Time = null, bool IsWhole = false)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Quantity;
}
