using System.Collections.Immutable;

namespace FactCheck.Normalization;

/// <summary>
/// A kind whose claims may take something their sentence leaves unsaid from the rest of their source once every claim of it
/// is read and framed (an amount written without its currency in a source that writes every other amount in dollars).
/// </summary>
internal interface ISourceNormalizer
{
    /// <summary>The claims of one source, in order, each revised from the others (the same claim when nothing changes).</summary>
    ImmutableArray<NormalizedClaim> Revise(ImmutableArray<NormalizedClaim> source, NormalizationContext context);
}
