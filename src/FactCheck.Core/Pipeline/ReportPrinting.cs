namespace FactCheck.Pipeline;

/// <summary>
/// How the caller prints the report, as far as it changes the bytes printed or the exit code: the format, and in
/// <paramref name="Settings"/> everything else the caller decides (where the report goes, colour, the <c>--fail-on</c>
/// level). With a cache folder, part of what must equal the last run's for its printed result to be replayed
/// (<see cref="CheckResult.Replayed"/>).
/// </summary>
public sealed record ReportPrinting(string Format, string Settings);
