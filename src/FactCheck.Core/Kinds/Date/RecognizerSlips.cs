using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Languages;

namespace FactCheck.Kinds.Date;

/// <summary>One language's words that make what the recognizer reads no date of an event, built with its <see cref="DatePatterns"/>.</summary>
internal sealed class RecognizerSlips(LanguagePack language)
{
    /// <summary>Seasons and week-ends the recognizer resolves wrongly or not at all ("été", "week-end"), as words.</summary>
    public FrozenSet<string> NotDates { get; } = language.Words("not-dates").Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same, as phrases ("fin de semaine").</summary>
    public ImmutableArray<string> NotDatePhrases { get; } = [.. language.Words("not-dates").Where(w => w.Contains(' ', StringComparison.Ordinal))];

    /// <summary>Words the recognizer reads as a date when they stand alone ("un" is one, not a day).</summary>
    public FrozenSet<string> BareWords { get; } = language.Set("duration-articles");

    public bool Capitalized { get; } = language.Set("traits").Contains("capitalized-calendar");

    public FrozenSet<string> MonthsAlsoWords { get; } = language.Set("months-also-words");
}

