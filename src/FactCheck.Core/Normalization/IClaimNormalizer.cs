using FactCheck.Binding;
using FactCheck.Mentions;

namespace FactCheck.Normalization;

/// <summary>Reads the claims of one kind into comparable values.</summary>
public interface IClaimNormalizer
{
    /// <summary>The kind of mention this normalizer reads.</summary>
    MentionKind Kind { get; }

    /// <summary>The claim's value, or null when it cannot be read (then it is left out of the report).</summary>
    NormalizedClaim? Normalize(Claim claim, NormalizationContext context);
}
