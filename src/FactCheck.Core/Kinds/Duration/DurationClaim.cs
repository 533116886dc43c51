using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Duration;

/// <summary>A duration as an interval of days, so that "five years" and "60 months" agree and "four years" does not.</summary>
public sealed record DurationClaim(Claim Claim, DurationMention Duration, ValueRange InDays) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => InDays;

    /// <summary>ISO 8601: "P5Y", "P18M", "P2W", "P2.5Y"; the upper end of a range ("three to five years" is P5Y, with its min).</summary>
    public string Iso => "P" + FigureFormat.Number(Duration.High) + Duration.Unit switch
    {
        DurationUnit.Year => "Y",
        DurationUnit.Month => "M",
        DurationUnit.Week => "W",
        _ => "D",
    };

    /// <inheritdoc/>
    public override string Display
    {
        get
        {
            var count = Duration.Low == Duration.High ? FigureFormat.Number(Duration.High) : $"{FigureFormat.Number(Duration.Low)}–{FigureFormat.Number(Duration.High)}";
            var unit = Duration.Unit.ToString().ToLowerInvariant();
            return FigureFormat.Hedge(Duration.Qualifier) + count + " " + unit + (Duration.High == 1 ? "" : "s");
        }
    }

    /// <inheritdoc/>
    public bool Equals(DurationClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
