using System.Globalization;

namespace FactCheck.Inputs;

/// <summary>
/// A possibly partial calendar date ("2024", "2024-04", "2024-04-02") and where it came from,
/// so that a report can say when a rate was taken at an assumed date.
/// </summary>
public sealed record SourceDate(int Year, int? Month, int? Day, DateOrigin Origin)
{
    /// <summary>ISO 8601, partial where the date is partial.</summary>
    public string Iso => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>Parses "2024", "2024-04" or "2024-04-02" (a time part after 'T' or a space is ignored).</summary>
    public static SourceDate? TryParse(string text, DateOrigin origin)
    {
        var value = text.Trim().Trim('"', '\'');
        var cut = value.IndexOfAny(['T', ' ']);
        if (cut > 0) value = value[..cut];
        var parts = value.Split('-');
        // Year 0 does not exist in the calendar .NET counts days in: "0000-01-01" is no date, not a crash.
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[0].Length != 4 || year < 1)
            return null;
        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return null;
            month = m;
        }
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)) return null;
            day = d;
        }
        return new SourceDate(year, month, day, origin);
    }

    /// <summary>A sortable day number (the middle of the period when partial), for "nearest date" look-ups.</summary>
    public DateOnly Midpoint => new(Year, Month ?? 7, Day ?? (Month is null ? 1 : 15));
}

/// <summary>Where a source's date comes from.</summary>
public enum DateOrigin
{
    /// <summary>The front matter or the command line says so.</summary>
    Declared,
    /// <summary>The newest full date written in the text: the article cannot be older than that.</summary>
    InferredFromText,
}
