using System.Globalization;
using FactCheck.Mentions;

namespace FactCheck.Normalization;

/// <summary>Writes counts, percentages and durations the way an editor reads them: "32", "1.5 million", "about 2.5".</summary>
public static class FigureFormat
{
    /// <summary>"about ", "nearly ", "more than "...: the hedge as the text report shows it, with its space.</summary>
    public static string Hedge(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about ",
        Qualifier.Nearly => "nearly ",
        Qualifier.MoreThan => "more than ",
        Qualifier.AtLeast => "at least ",
        Qualifier.LessThan => "less than ",
        Qualifier.AtMost => "at most ",
        Qualifier.UpTo => "up to ",
        _ => "",
    };

    /// <summary>"32", "2.5", "1,500", "1.5 million".</summary>
    public static string Number(decimal value) => value >= 1_000_000m
        ? (value / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " million"
        : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
