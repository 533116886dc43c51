using System.Globalization;

namespace FactCheck.Configuration;

/// <summary>Percentages as configuration files write them ("0.5%", "10%"): the sign is required, so "0.5" cannot be misread as 50%.</summary>
public static class Percentage
{
    /// <summary>The fraction <paramref name="text"/> stands for (0.005 for "0.5%"), or null when it is not a percentage of 0 to 100.</summary>
    public static double? Parse(string? text)
    {
        if (text is null || !text.EndsWith('%')) return null;
        return double.TryParse(text.AsSpan(0, text.Length - 1).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent <= 100
            ? percent / 100
            : null;
    }
}
