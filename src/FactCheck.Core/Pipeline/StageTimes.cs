using System.Collections.Immutable;

namespace FactCheck.Pipeline;

/// <summary>What a run read and found, and the time each stage took (summed over threads), for <c>check --stats</c>.</summary>
public sealed record StageTimes(
    int Files, long Bytes, int Sentences, int Mentions, int Claims, int BoundClaims, int Findings,
    ImmutableArray<(string Stage, TimeSpan Time)> Stages, TimeSpan Wall)
{
    /// <summary>How many stories the sources were grouped into, and how many of them hold more than one source.</summary>
    public (int All, int Shared) Stories { get; init; }
}
