using FactCheck.Kinds.Date;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Percentage;

/// <summary>
/// "2% of GDP", "2 % du PIB", "between 2 and 3 per cent": a share in percent. <see cref="Low"/>/<see cref="High"/> are the
/// figure (equal unless a range), <see cref="Unit"/> the value of its last significant digit, <see cref="Time"/> the date it
/// is tied to ("this year"), when the text gives one. <see cref="IsChange"/> marks a figure that is not the rate's level: a
/// change ("rose 2%", "fell by 0.5%", "en hausse de 3 %", "from 4.7%") or a goal ("the 2% target", "l'objectif de 2 %").
/// </summary>
public sealed record PercentageMention(
    Sentences.Sentence Sentence, int Start, int End, decimal Low, decimal High, decimal Unit, Qualifier Qualifier, DateMention? Time = null,
    bool IsChange = false)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Percentage;
}
