using FactCheck.Binding;

namespace FactCheck.Frames;

/// <summary>A claim and its frame, as the Frames stage hands them to Normalization.</summary>
public sealed record FramedClaim(Claim Claim, ClaimFrame Frame);
