using System.Security.Cryptography;
using System.Text;
using FactCheck.Pipeline;

namespace FactCheck.Store;

/// <summary>
/// What a check's printed result depends on besides the configuration's fingerprint and its files (path, role and text,
/// compared one by one): how it is printed (<see cref="CheckOptions.Printing"/>), the working directory, the paths and
/// <c>--against</c>, the story mode, <c>--no-error-on-ignored</c> and the baseline's findings. Nothing in a report reads
/// the clock, the terminal or the environment except through these (colour is the printing's).
/// </summary>
internal static class ReplayKey
{
    /// <summary>
    /// The key of <paramref name="options"/>' printed result, or null when it is never kept: no printing given, standard
    /// input or an editor's buffers (texts no stamp stands for), <c>--date</c> (its one file is never cached), extract,
    /// a shard, or claims files (what they hold is not checked against the files).
    /// </summary>
    public static string? Of(CheckOptions options)
    {
        if (options.Printing is not { } printing || options.Input is not null || options.Date is not null || options.Extract
            || options.Shard is not null || !options.ClaimsFiles.IsEmpty || !options.Overlays.IsEmpty) return null;
        // The baseline as the file `factcheck baseline` writes it: sorted, so the same findings accepted give the same key.
        using var baseline = new StringWriter { NewLine = "\n" };
        options.Baseline?.Write(baseline);
        string[] parts =
        [
            printing.Format, printing.Settings, options.WorkingDirectory, .. options.Paths, "\0against", .. options.Against,
            options.Stories.ToString(), options.IgnoredIsNothing ? "ignored is nothing" : "", options.Baseline is null ? "\0no baseline" : baseline.ToString(),
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))));
    }
}
