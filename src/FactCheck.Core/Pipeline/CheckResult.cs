using FactCheck.Inputs;
using FactCheck.Reporting;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>The report of a check, or the user error that stopped it, and what the run cost.</summary>
public sealed record CheckResult(Report? Report, UserError? Error, StageTimes? Stats)
{
    /// <summary>With <see cref="CheckOptions.Shard"/>: what the shard read, for its claims file (there is no report).</summary>
    public StoredSources? Stored { get; init; }

    /// <summary>
    /// The printed result of the last run of the same check, none of whose inputs changed since (<see cref="CheckOptions.Printing"/>):
    /// the caller prints its bytes and returns its exit code. There is no <see cref="Report"/> then. The caller disposes it.
    /// </summary>
    public KeptResult? Replayed { get; init; }

    /// <summary>
    /// Where the caller prints the report through (<see cref="ResultKeeper.Tee(Stream)"/>) to keep it for the next run, then
    /// commits the exit code; null when nothing is kept. The caller disposes it.
    /// </summary>
    public ResultKeeper? Keeper { get; init; }
}
