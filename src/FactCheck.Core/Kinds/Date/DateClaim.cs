using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A date placed on the calendar (<see cref="Span"/>), or left relative when its source declares no date to count from.
/// <see cref="Reading"/> says which date a relative one was counted from. A time of day (<see cref="Clock"/>) is compared
/// by its minutes, only with other times of day.
/// </summary>
public sealed record DateClaim(Claim Claim, DateMention Date, DateSpan? Span, string? CountedFrom) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => Clock is { } clock ? new ValueRange(clock.First, clock.Last)
        : Span is { } span ? new ValueRange(span.First.DayNumber, span.Last.DayNumber) : null;

    /// <summary>The time of day written, or null for a date.</summary>
    public ClockTime? Clock => Date.Date.Clock;

    /// <summary>True when the date is relative and could not be placed: it is shown, never compared.</summary>
    public bool IsUnresolved => Span is null && Clock is null;

    /// <summary>Days and minutes of the day are two scales: a time of day is never one fact with a date (nor with a time of another zone).</summary>
    public override string? Dimension => Clock?.Dimension ?? "calendar";

    /// <inheritdoc/>
    public override string Display => Clock?.Display ?? Span?.Display ?? $"“{Claim.Mention.Text}” (relative; the source declares no date)";

    /// <inheritdoc/>
    public override string? Reading => Span is not null && CountedFrom is not null ? $"counted from {CountedFrom}, the source's date" : null;

    /// <inheritdoc/>
    public bool Equals(DateClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
