using System.Globalization;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A time of day as written ("at 12:20 pm", "à 12h26", "shortly before 1 pm", "vers midi"): the minutes of the day it can
/// mean, from <see cref="First"/> to <see cref="Last"/>, and the time zone it names, if any ("1030 GMT"). Times of the
/// same zone (or of none, which is the local time) are compared; a time and a day never are.
/// </summary>
public sealed record ClockTime(int First, int Last, string? Zone = null)
{
    /// <summary>Minutes in a day: the bound of every time.</summary>
    public const int Day = 24 * 60;

    /// <summary>What a time must share with another to be compared with it: the zone it names ("time-of-day@utc"), or none.</summary>
    public string Dimension => Zone is null ? "time-of-day" : "time-of-day@" + Zone;

    /// <summary>"12:26", or "12:30 to 13:00" for a time written as near a moment ("shortly before 1 pm"), with its zone.</summary>
    public string Display => (First == Last ? Hhmm(First) : $"{Hhmm(First)} to {Hhmm(Last)}") + (Zone is null ? "" : " " + Zone.ToUpperInvariant());

    /// <summary>"12:26" for a minute of the day.</summary>
    public static string Hhmm(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:D2}:{minute % 60:D2}");
}
