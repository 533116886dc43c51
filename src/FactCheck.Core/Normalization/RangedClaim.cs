using FactCheck.Binding;
using FactCheck.Kinds.Date;

namespace FactCheck.Normalization;

/// <summary>
/// A claim whose value is an interval on one scale, compared the way money is: a count, a percentage, a duration (in days)
/// or a date (in day numbers). <see cref="Range"/> is null when the value cannot be placed (a relative date in a source
/// with no declared date): such a claim is reported, never compared.
/// </summary>
public abstract record RangedClaim(Claim Claim) : NormalizedClaim(Claim)
{
    /// <summary>The values the claim can mean, or null when it cannot be compared.</summary>
    public abstract ValueRange? Range { get; }

    /// <inheritdoc/>
    public override (string Scale, double Value)? Magnitude => Range is { } range ? (Dimension ?? Claim.Mention.Kind.Name, (range.Min + range.Max) / 2) : null;

    /// <summary>
    /// The time a figure is tied to ("in 2014", "this year"), placed on the calendar ("2014"), or null when the text ties it to
    /// none. Figures about different times are never compared; a relative time whose source has no date is its own time.
    /// </summary>
    public FigureTime? Time { get; init; }
}

/// <summary>The time a figure is tied to: as written, and placed on the calendar when it could be.</summary>
public sealed record FigureTime(string Written, DateSpan? Span, string SourceId)
{
    /// <summary>What figures must share to be compared: the ISO date, or the words and the source when the time could not be placed.</summary>
    public string Key => Span?.Iso ?? $"{SourceId}: {Written}";

    /// <summary>"2014", "2024 (this year)", or the words as written when they could not be placed.</summary>
    public string Display => Span is null ? Written : string.Equals(Span.Display, Written, StringComparison.OrdinalIgnoreCase) ? Span.Display : $"{Span.Display} ({Written})";
}
