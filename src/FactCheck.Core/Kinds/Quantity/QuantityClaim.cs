using System.Globalization;
using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A quantity as an interval: "32 allies" is exactly 32, "about 200 soldiers" 180 to 220, "43 miles" 42.5 to 43.5 miles.
/// <see cref="Stated"/> is in the text's unit; <see cref="InBase"/> in the base unit of its dimension (metres for "43
/// miles"), and is what is compared, so that a figure in miles meets one in kilometres.
/// </summary>
public sealed record QuantityClaim(Claim Claim, QuantityMention Quantity, ValueRange Stated, ValueRange? InBase = null) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => InBase ?? Stated;

    /// <summary>The report's unit: the unit of measure as written, else the noun counted, singular and in lower case ("km", "passenger", "barrel per day").</summary>
    public string Unit => Quantity.Measure.Name;

    /// <inheritdoc/>
    public override string? Dimension => Quantity.Measure.Dimension;

    /// <inheritdoc/>
    public override string Display =>
        FigureFormat.Hedge(Quantity.Qualifier) + FigureFormat.Number(Quantity.Low)
        + (Quantity.High != Quantity.Low ? "–" + FigureFormat.Number(Quantity.High) : "")
        + " " + (Quantity.Counted.Length > 0 ? Quantity.Counted : Quantity.Measure.Name)
        + (Quantity.Previous is { } previous ? string.Create(CultureInfo.InvariantCulture, $" (from {FigureFormat.Number(previous)})") : "")
        + (Time is { } time ? " in " + time.Display : "");

    /// <inheritdoc/>
    public bool Equals(QuantityClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
