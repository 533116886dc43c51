namespace FactCheck.Kinds.Quantity;

/// <summary>
/// What follows a figure: its measure and where the words for it end; or nothing, the figure bare (its noun is left unsaid:
/// "while 7,800 were moved"); or refused (it counts nothing a quantity reports: "five years", "three times", "22 heures").
/// </summary>
internal readonly record struct Measured(int End, QuantityMeasure? Measure, bool IsRefused = false)
{
    public static Measured Bare => new(-1, null);

    public static Measured Refused => new(-1, null, true);
}
