using FactCheck.Mentions;

namespace FactCheck.Kinds.Money;

/// <summary>
/// "€100bn", "100 milliards de dollars", "between 40 and 50 billion". <see cref="Low"/> and <see cref="High"/> are the
/// figures as stated with their scale applied (equal unless a range); <see cref="Unit"/> is the value of the last digit
/// written, which Normalization turns into the precision of the figure. <see cref="Currency"/> is ISO 4217 or null.
/// </summary>
public sealed record MoneyMention(
    Sentences.Sentence Sentence, int Start, int End,
    decimal Low, decimal High, decimal Unit, string? Currency, Qualifier Qualifier, MoneyMention? Restatement = null)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Money;

    /// <summary>
    /// What a price is for ("3.25 dlrs a share": "share"; "per barrel", "le litre"), lower case; null for a total. A price
    /// per share and a company's value are both money, and never the same figure.
    /// </summary>
    public string? Per { get; init; }
}
