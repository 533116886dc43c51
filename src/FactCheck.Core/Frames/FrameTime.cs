using FactCheck.Kinds.Date;

namespace FactCheck.Frames;

/// <summary>
/// The time a claim is about: a month, a year or a decade written in its clause ("in 2014", "en juillet"), placed on the
/// calendar when it can be (<see cref="Span"/>), or the words and the source when it cannot.
/// </summary>
public sealed record FrameTime(string Written, DateSpan? Span, string SourceId)
{
    /// <summary>What two claims' times are compared by: the days, or the words of one source.</summary>
    public string Key => Span?.Iso ?? $"{SourceId}: {Written}";

    /// <summary>"2014", "July 2024", or the words as written.</summary>
    public string Display => Span?.Display ?? Written;

    /// <summary>
    /// True when both times are placed and share a day, or are the same words of one source, or only one is placed: "four
    /// years ago" in an undated source may be any year, so it never sets a figure apart from one of "2018".
    /// </summary>
    public bool Meets(FrameTime other) =>
        Span is { } a && other.Span is { } b ? a.Meets(b) : Key == other.Key || (Span is null) != (other.Span is null);
}
