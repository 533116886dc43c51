using System.Collections.Frozen;
using System.Text.Json;
using FactCheck.Normalization;

namespace FactCheck.Reporting;

/// <summary>
/// The kind-specific <c>value</c> object of a claim in the JSON report (see the contract's table of kinds): one writer per
/// normalized claim type, each registered by its kind.
/// </summary>
public sealed class ClaimValueWriters(FrozenDictionary<Type, Action<Utf8JsonWriter, NormalizedClaim>> writers)
{
    /// <summary>No writer: a report of no claims.</summary>
    public static readonly ClaimValueWriters None = new(FrozenDictionary<Type, Action<Utf8JsonWriter, NormalizedClaim>>.Empty);

    /// <summary>Writes <paramref name="claim"/>'s value; a claim type no kind registered a writer for is a bug.</summary>
    public void Write(Utf8JsonWriter json, NormalizedClaim claim)
    {
        if (!writers.TryGetValue(claim.GetType(), out var write))
            throw new InvalidOperationException($"No JSON value writer is registered for {claim.GetType().Name}.");
        write(json, claim);
    }
}
