using System.Globalization;
using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>A speed as an interval of kilometres per hour: "75 nœuds" is 138.9 km/h, give or take its rounding.</summary>
public sealed record SpeedClaim(Claim Claim, SpeedMention Speed, ValueRange Stated) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => Stated;

    /// <inheritdoc/>
    public override string Display => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Speed.KilometresPerHour, 1)} km/h");

    /// <inheritdoc/>
    public bool Equals(SpeedClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
