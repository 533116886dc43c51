using System.Text;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Reporting;

namespace FactCheck.LanguageServer;

/// <summary>
/// "Accept into the baseline": adds a finding to the baseline file, as <c>factcheck baseline</c> writes it (sorted
/// entries, UTF-8, <c>\n</c> line ends), keeping the entries already there.
/// </summary>
internal static class BaselineFile
{
    /// <summary>Adds <paramref name="finding"/> to the baseline at <paramref name="path"/> (made when there is none); or what went wrong.</summary>
    public static UserError? Accept(string root, string path, ReportFinding finding)
    {
        var accepted = FindingFingerprint.BaselineOf([finding]);
        Baseline? existing = null;
        if (File.Exists(path))
        {
            var (read, error) = Baseline.Read(root, path);
            if (error is not null) return error;
            existing = read;
        }
        var merged = new Baseline([.. existing?.Entries ?? [], .. accepted.Entries]);
        var text = new StringWriter { NewLine = "\n" };
        merged.Write(text);
        try
        {
            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new UserError(Path.GetRelativePath(root, path), null, "cannot be written: " + e.Message);
        }
    }
}
