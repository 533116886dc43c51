using FactCheck.Inputs;
using FactCheck.Reporting;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>The report of a check, or the user error that stopped it, and what the run cost.</summary>
public sealed record CheckResult(Report? Report, UserError? Error, StageTimes? Stats)
{
    /// <summary>With <see cref="CheckOptions.Shard"/>: what the shard read, for its claims file (there is no report).</summary>
    public StoredSources? Stored { get; init; }
}
