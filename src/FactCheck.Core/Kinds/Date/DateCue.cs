namespace FactCheck.Kinds.Date;

/// <summary>What a word that starts a date starts: a month ("July"), a weekday, "tomorrow", "last" (before a unit), "dernier" (after it), a decade, "ago", "il y a", a holiday.</summary>
internal enum DateCue
{
    Month,
    Weekday,
    RelativeDay,
    RelativeBefore,
    RelativeAfter,
    DecadeWord,
    AgoAfter,
    AgoBefore,
    Holiday,
    Quarter,
    QuarterLetter,
    YearPart,
    AheadBefore,
}
