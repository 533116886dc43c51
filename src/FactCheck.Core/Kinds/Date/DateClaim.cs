using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A date placed on the calendar (<see cref="Span"/>), or left relative when its source declares no date to count from.
/// <see cref="Reading"/> says which date a relative one was counted from.
/// </summary>
public sealed record DateClaim(Claim Claim, DateMention Date, DateSpan? Span, string? CountedFrom) : RangedClaim(Claim)
{
    /// <inheritdoc/>
    public override ValueRange? Range => Span is { } span ? new ValueRange(span.First.DayNumber, span.Last.DayNumber) : null;

    /// <summary>True when the date is relative and could not be placed: it is shown, never compared.</summary>
    public bool IsUnresolved => Span is null;

    /// <inheritdoc/>
    public override string Display => Span?.Display ?? $"“{Claim.Mention.Text}” (relative; the source declares no date)";

    /// <inheritdoc/>
    public override string? Reading => Span is not null && CountedFrom is not null ? $"counted from {CountedFrom}, the source's date" : null;

    /// <inheritdoc/>
    public bool Equals(DateClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
