using FactCheck.Binding;

namespace FactCheck.Normalization;

/// <summary>Reads the claims of the kind it was registered for into comparable values.</summary>
public interface IClaimNormalizer
{
    /// <summary>The claim's value, or null when it cannot be read (then it is left out of the report).</summary>
    NormalizedClaim? Normalize(Claim claim, NormalizationContext context);
}
