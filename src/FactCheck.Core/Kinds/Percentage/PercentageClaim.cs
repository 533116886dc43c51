using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Percentage;

/// <summary>A percentage as an interval: "2%" is 1.8% to 2.2%, "between 2 and 3%" 1.8% to 3.3%.</summary>
public sealed record PercentageClaim(Claim Claim, PercentageMention Percentage, ValueRange Stated) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => Stated;

    /// <inheritdoc/>
    public override string Display =>
        FigureFormat.Hedge(Percentage.Qualifier)
        + (Percentage.Low == Percentage.High ? FigureFormat.Number(Percentage.Low) : $"{FigureFormat.Number(Percentage.Low)}–{FigureFormat.Number(Percentage.High)}") + "%"
        + (Time is { } time ? " in " + time.Display : "");

    /// <inheritdoc/>
    public bool Equals(PercentageClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
