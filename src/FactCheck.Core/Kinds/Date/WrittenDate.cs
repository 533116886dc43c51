namespace FactCheck.Kinds.Date;

/// <summary>
/// A date as the text writes it, before it is placed on the calendar: absolute ("9 July 2024", "2014", "the 1990s") or
/// relative to the day the text was written ("tomorrow", "on Wednesday", "le mois dernier", "in July"). Normalization
/// resolves a relative date against its source's declared date, and leaves it relative when there is none.
/// </summary>
/// <param name="Unit">How precise the date is: a day, a week, a month, a year or a decade.</param>
/// <param name="Year">The year written (the decade's first year for a decade), or null when the text gives none.</param>
/// <param name="Month">The month written, or null.</param>
/// <param name="Day">The day of the month written, or null.</param>
public sealed record WrittenDate(DateUnit Unit, int? Year = null, int? Month = null, int? Day = null)
{
    /// <summary>What the date is counted from; <see cref="DateAnchor.Absolute"/> when the text names it fully.</summary>
    public DateAnchor Anchor { get; init; } = DateAnchor.Absolute;

    /// <summary>With <see cref="DateAnchor.WritingDate"/>: how many <see cref="Unit"/>s after the writing date (tomorrow +1 day, le mois dernier -1 month).</summary>
    public int Offset { get; init; }

    /// <summary>With <see cref="DateAnchor.Weekday"/>: the day named.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>"early", "mid", "late", "début", "fin des": which third of the period is meant.</summary>
    public DatePart Part { get; init; } = DatePart.Whole;

    /// <summary>For a weekday or a month without a year: true when the sentence looks ahead ("will meet on Wednesday"), false when it looks back, null when it does not say.</summary>
    public bool? Future { get; init; }

    /// <summary>The last date of a span ("du 3 au 5 mai", "2010-2017", "between January and April"); null for one date.</summary>
    public WrittenDate? Through { get; init; }

    /// <summary>A time of day ("at 12:20 pm", "à 12h26"): what is written is a moment of some day, not a day.</summary>
    public ClockTime? Clock { get; init; }

    /// <summary>True when the date needs the day the text was written to be placed on the calendar.</summary>
    public bool IsRelative => Anchor != DateAnchor.Absolute || Through?.IsRelative == true;
}

/// <summary>The precision of a written date.</summary>
public enum DateUnit
{
    /// <summary>"9 July 2024", "tomorrow", "on Wednesday".</summary>
    Day,
    /// <summary>"this week", "la semaine dernière".</summary>
    Week,
    /// <summary>"July 2024", "in July", "le mois dernier".</summary>
    Month,
    /// <summary>"Q3 2024", "le troisième trimestre", "the fourth quarter" (<see cref="WrittenDate.Month"/> is its first month).</summary>
    Quarter,
    /// <summary>"2014", "this year", "l'an prochain".</summary>
    Year,
    /// <summary>"the 1990s", "les années 90".</summary>
    Decade,
}

/// <summary>What a written date is counted from.</summary>
public enum DateAnchor
{
    /// <summary>Nothing: the text names the date fully.</summary>
    Absolute,
    /// <summary>The day the text was written, moved by <see cref="WrittenDate.Offset"/> units.</summary>
    WritingDate,
    /// <summary>The weekday nearest the writing date, before or after it as <see cref="WrittenDate.Future"/> says.</summary>
    Weekday,
    /// <summary>A month (and day) whose year is the one nearest the writing date: "in July", "le 9 juillet".</summary>
    UnstatedYear,
    /// <summary>A day whose month is the one nearest the writing date: "before the 16th", "on the 11th".</summary>
    UnstatedMonth,
}

/// <summary>Which part of a period a date names.</summary>
public enum DatePart
{
    /// <summary>The whole period.</summary>
    Whole,
    /// <summary>"early 2023", "début avril", "au début des années 2000": its first third.</summary>
    Start,
    /// <summary>"mid-2023", "mi-juillet", "le milieu des années 90": its middle third.</summary>
    Middle,
    /// <summary>"late 2023", "fin mars", "fin des années 90": its last third.</summary>
    End,
}
