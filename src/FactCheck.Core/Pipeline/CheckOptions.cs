using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Pipeline;

/// <summary>What to check and how. <see cref="WorkingDirectory"/> makes source ids relative, so reports do not depend on where the disk is mounted.</summary>
public sealed record CheckOptions(ImmutableArray<string> Paths, string WorkingDirectory)
{
    /// <summary>Where Microsoft.Recognizers.Text runs (see <see cref="RecognizerScope"/>).</summary>
    public RecognizerScope RecognizerScope { get; init; } = RecognizerScope.Unexplained;

    /// <summary>How many sources are read at once; 1 for a single-threaded run.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>An <c>extract</c> report: every claim, no findings.</summary>
    public bool Extract { get; init; }

    /// <summary>Places files that extend the shipped gazetteer (the format of <c>Mentions/Data/places.yml</c>), read in order.</summary>
    public ImmutableArray<string> PlaceFiles { get; init; } = [];
}
