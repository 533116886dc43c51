using FactCheck.Inputs;
using FactCheck.Reporting;

namespace FactCheck.Pipeline;

/// <summary>The report of a check, or the user error that stopped it, and what the run cost.</summary>
public sealed record CheckResult(Report? Report, UserError? Error, StageTimes? Stats);
