namespace FactCheck.Mentions;

/// <summary>The unit of time a word names ("ans" years, "décennie" decades), as a language pack's maps write it.</summary>
internal enum TimeUnit
{
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// <summary>Reads a <see cref="TimeUnit"/> as a pack writes it ("year").</summary>
internal static class TimeUnits
{
    public static TimeUnit? Parse(string name) => name switch
    {
        "day" => TimeUnit.Day,
        "week" => TimeUnit.Week,
        "month" => TimeUnit.Month,
        "year" => TimeUnit.Year,
        "decade" => TimeUnit.Decade,
        _ => null,
    };
}
