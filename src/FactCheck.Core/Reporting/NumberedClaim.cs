using FactCheck.Normalization;

namespace FactCheck.Reporting;

/// <summary>
/// A claim and its number within its source (<see cref="ReportBuilder.Numbered"/>): the <c>N</c> of its id <c>s3.cN</c>,
/// fixed by every claim of the source, so it survives the claims a check lets go before its report.
/// </summary>
public readonly record struct NumberedClaim(NormalizedClaim Claim, int Number);
