using System.Collections.Immutable;
using FactCheck.Mentions;
using FactCheck.Sources;

namespace FactCheck.Pipeline;

/// <summary>What to check and how. <see cref="WorkingDirectory"/> makes source ids relative, so reports do not depend on where the disk is mounted.</summary>
public sealed record CheckOptions(ImmutableArray<string> Paths, string WorkingDirectory)
{
    /// <summary>Where Microsoft.Recognizers.Text runs (see <see cref="RecognizerScope"/>).</summary>
    public RecognizerScope RecognizerScope { get; init; } = RecognizerScope.Unexplained;

    /// <summary>How many sources are read at once; 1 for a single-threaded run.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The date of the one file checked, when its front matter gives none (<c>--date</c>): relative dates ("tomorrow",
    /// "le mois dernier") are placed from it. Checking more than one file with it is a user error.
    /// </summary>
    public SourceDate? Date { get; init; }

    /// <summary>An <c>extract</c> report: every claim, no findings.</summary>
    public bool Extract { get; init; }
}
