using System.Security.Cryptography;
using System.Text;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Store;

/// <summary>
/// What a stored read depends on besides its file: the format, the tool's version, and the configuration that changes
/// what is read: factcheck.yml (its path from the working directory, as its globs apply to paths relative to its folder,
/// and its content), the kinds, the language and places files' contents, the recognizer's scope and <c>--date</c>. A store
/// written with another fingerprint is never read: the claims it holds are those another configuration would find.
/// </summary>
internal static class StoreFingerprint
{
    /// <summary>
    /// The version of the stored form: raised whenever a record it holds changes shape or meaning (2: a read's
    /// "may find alone" asks the money scanner for a conversion in brackets, not only for a digit in brackets; 3: a dash
    /// glued to a currency word ends the figure, and the money recognizer is asked about fewer currency words).
    /// </summary>
    public const int FormatVersion = 3;

    /// <summary>The fingerprint of <paramref name="options"/>, in hex.</summary>
    public static string Of(CheckOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string part)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        void AddFile(string path)
        {
            Add(path);
            try
            {
                hash.AppendData(File.ReadAllBytes(Path.GetFullPath(path, options.WorkingDirectory)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Add(e.Message);
            }
            hash.AppendData([0]);
        }
        Add(FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(ReportBuilder.ToolVersion);
        if (options.Configuration.File.Length > 0) AddFile(options.Configuration.File);
        else Add("");
        foreach (var kind in options.Kinds) Add(kind.GetType().FullName + ":" + kind.Kind.Name);
        Add("languages");
        foreach (var file in options.LanguageFiles) AddFile(file);
        Add("places");
        foreach (var file in options.PlaceFiles) AddFile(file);
        Add(options.RecognizerScope.ToString());
        Add(options.Date?.Iso ?? "");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
