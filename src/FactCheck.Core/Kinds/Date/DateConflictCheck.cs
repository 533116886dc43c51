using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Kinds.Date;

/// <summary>
/// date-conflict: the dates of each aligned fact compared as intervals of days (<see cref="RangeConflictCheck"/>), and a
/// weekday or a day and month that could not be placed compared by what they pin down (<see cref="WeekdayConflicts"/>,
/// <see cref="DayMonthConflicts"/>).
/// </summary>
public sealed class DateConflictCheck(ConflictRule rule) : IComparisonRule
{
    private readonly RangeConflictCheck ranges = new(rule, ClaimKind.Date);

    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <inheritdoc/>
    public IEnumerable<Finding> Compare(StoryClaims story) =>
        ranges.Compare(story).Concat(story.Facts.Where(f => f.Kind == ClaimKind.Date).Select(f => WeekdayConflicts.Of(f, rule) ?? DayMonthConflicts.Of(f, rule)).OfType<Finding>());
}
