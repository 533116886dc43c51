using System.Collections.Immutable;

namespace FactCheck.Pipeline;

/// <summary>What a run read and found, and the time each stage took (summed over threads), for <c>check --stats</c>.</summary>
public sealed record StageTimes(
    int Files, long Bytes, int Sentences, int Mentions, int Claims, int BoundClaims, int Findings,
    ImmutableArray<(string Stage, TimeSpan Time)> Stages, TimeSpan Wall)
{
    /// <summary>How many stories the sources were grouped into, and how many of them hold more than one source.</summary>
    public (int All, int Shared) Stories { get; init; }

    /// <summary>How many sources were read for claims: those that can be compared (drafts, and sources sharing a story).</summary>
    public int ReadForClaims { get; init; }

    /// <summary>The share a <c>--shard</c> run read, or null: such a run groups no stories and compares nothing.</summary>
    public FactCheck.Store.Shard? Shard { get; init; }

    /// <summary>
    /// True when the last run's printed result was replayed (<see cref="CheckResult.Replayed"/>): nothing was read for
    /// claims, grouped or compared, and <see cref="Files"/> files were known unchanged, <see cref="ReadAgain"/> of them read and hashed.
    /// </summary>
    public bool Replayed { get; init; }

    /// <summary>With <see cref="Replayed"/>: how many files were read and hashed again, their stamps not being the ones indexed.</summary>
    public int ReadAgain { get; init; }

    /// <summary>
    /// The bytes each per-source stage allocated (summed over threads), by stage name: allocation is what costs the GC its
    /// pauses on a big folder, and unlike time it does not change with the machine's load.
    /// </summary>
    public ImmutableDictionary<string, long> Allocated { get; init; } = ImmutableDictionary<string, long>.Empty;
}
