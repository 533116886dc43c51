namespace FactCheck.Frames;

/// <summary>
/// Where a claim holds: its <see cref="Time"/>; its <see cref="Basis"/> ("per-year", "per-share", "cumulative"…, null for a
/// plain total); whether it is a part of a larger figure ("dont 3 enfants", "including"); and its <see cref="Round"/>
/// ("round-2", "quarter-3"). Claims of different bases, parts or rounds are never compared.
/// </summary>
public sealed record FrameScope(FrameTime? Time, string? Basis, bool IsPart, string? Round)
{
    /// <summary>No time, basis, part or round.</summary>
    public static FrameScope None { get; } = new(null, null, false, null);
}
