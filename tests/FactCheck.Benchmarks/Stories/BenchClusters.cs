using System.Collections.Immutable;
using FactCheck.Tests;

namespace FactCheck.Benchmarks.Stories;

/// <summary>Clusters of bench-corpus articles that report one event each, by file name (<c>Stories/bench-clusters.txt</c>).</summary>
internal static class BenchClusters
{
    public sealed record Cluster(string Name, ImmutableArray<string> Files);

    /// <summary>Each non-comment line is <c>name: en/file.md en/other.md …</c>.</summary>
    public static ImmutableArray<Cluster> Read() =>
    [
        .. File.ReadAllLines(Path.Combine(RepoPaths.Tests, "FactCheck.Benchmarks", "Stories", "bench-clusters.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(':', 2))
            .Select(p => new Cluster(p[0].Trim(), [.. p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)])),
    ];
}
