namespace FactCheck.Kinds.Quantity;

/// <summary>
/// What a quantity counts or measures. <see cref="Name"/> is the report's <c>unit</c>: the unit of measure as written,
/// singular and in lower case ("km", "kilomètre", "cubic foot"), or else the noun counted ("passenger", "mort", "long
/// métrage"), with the unit of time of a rate after the language's word for "per" ("barrel per day", "tonne par an").
/// <see cref="Noun"/> is the counted noun, <see cref="Unit"/> the unit of measure (null for a count), <see cref="Per"/> the
/// unit of time of a rate.
/// </summary>
public sealed record QuantityMeasure(string Name, string? Noun, MeasureUnit? Unit, MeasureUnit? Per)
{
    /// <summary>
    /// What the value measures: a unit's dimension ("length", "mass"...), "count" for a count, and for a rate the
    /// dimension per duration ("volume/duration", "count/duration"); a length per duration is a "speed".
    /// </summary>
    public string Dimension
    {
        get
        {
            var of = Unit?.Dimension ?? "count";
            return Per is null ? of : of == "length" ? "speed" : of + "/duration";
        }
    }

    /// <summary>The unit's id ("kilometre", "barrel/day"), or null for a count.</summary>
    public string? Code => Unit is null ? Per is null ? null : "/" + Per.Id : Per is null ? Unit.Id : Unit.Id + "/" + Per.Id;

    /// <summary>A value in this measure, in the base unit of its dimension (per second for a rate), or null when it has no unit.</summary>
    public double? ToBase(double value) => Unit is null && Per is null ? null : (Unit?.ToBase(value) ?? value) / (Per?.Factor ?? 1);
}
