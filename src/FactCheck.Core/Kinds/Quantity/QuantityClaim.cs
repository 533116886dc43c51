using System.Globalization;
using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Quantity;

/// <summary>A count as an interval: "32 allies" is exactly 32, "about 200 soldiers" 180 to 220.</summary>
public sealed record QuantityClaim(Claim Claim, QuantityMention Quantity, ValueRange Stated) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => Stated;

    /// <summary>The unit counted: the subject's ("members") when bound, otherwise the words written after the figure.</summary>
    public string Unit => Claim.Subject ?? Quantity.Counted.ToLowerInvariant();

    /// <inheritdoc/>
    public override string Display =>
        FigureFormat.Hedge(Quantity.Qualifier) + FigureFormat.Number(Quantity.Low) + (Quantity.Counted.Length > 0 ? " " + Quantity.Counted : "")
        + (Quantity.Previous is { } previous ? string.Create(CultureInfo.InvariantCulture, $" (from {FigureFormat.Number(previous)})") : "")
        + (Time is { } time ? " in " + time.Display : "");

    /// <inheritdoc/>
    public bool Equals(QuantityClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
