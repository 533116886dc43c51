namespace FactCheck.Frames;

/// <summary>
/// What a claim is about, read from its sentence: what it measures (<see cref="Measure"/>), whose (<see cref="Holder"/>),
/// where it holds (<see cref="Scope"/>) and how it is stated (<see cref="Status"/>). Alignment compares claims whose
/// measure, holder and scope agree; a claim with no measure is reported and never compared.
/// </summary>
public sealed record ClaimFrame(FrameMeasure? Measure, FrameHolder? Holder, FrameScope Scope, ClaimStatus Status)
{
    /// <summary>A claim nothing could be read about.</summary>
    public static ClaimFrame None { get; } = new(null, null, FrameScope.None, ClaimStatus.Fact);
}
