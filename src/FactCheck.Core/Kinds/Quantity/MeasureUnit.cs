namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A unit of measure of <c>Kinds/Quantity/units.yml</c>: what it measures and how a value in it becomes a value in the base
/// unit of its dimension (<c>value × Factor + Offset</c>: "43 miles" is 69,202 m, "15 °C" 288.15 K).
/// </summary>
public sealed record MeasureUnit(string Id, string Dimension, double Factor, double Offset = 0)
{
    /// <summary>A value in this unit, in the base unit of its dimension.</summary>
    public double ToBase(double value) => (value * Factor) + Offset;
}
