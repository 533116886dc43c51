namespace FactCheck.Normalization;

/// <summary>A closed interval of values; <see cref="double.PositiveInfinity"/> as <see cref="Max"/> for "more than".</summary>
public readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>True when the two intervals share at least one value.</summary>
    public bool Meets(ValueRange other) => Min <= other.Max && other.Min <= Max;

    /// <summary>The values both intervals hold (empty when they do not meet).</summary>
    public ValueRange Intersect(ValueRange other) => new(Math.Max(Min, other.Min), Math.Min(Max, other.Max));

    /// <summary>Every value divided by <paramref name="rate"/> (a currency converted to euros).</summary>
    public ValueRange DividedBy(double rate) => new(Min / rate, Max / rate);
}
