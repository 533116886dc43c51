using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// The page's style sheet and script (<c>report.css</c>, <c>report.js</c> beside this file, embedded in the library), and the
/// content security policy that lets only those two run: a page that holds hostile text loads nothing and runs nothing else,
/// even if some text escaped escaping.
/// </summary>
internal static class HtmlAssets
{
    /// <summary>The style sheet, inlined in the page.</summary>
    public static string Style { get; } = Read("report.css");

    /// <summary>The script, inlined in the page.</summary>
    public static string Script { get; } = Read("report.js");

    /// <summary>No fetch, frame, font, image or form target; only the inline style and script whose hashes are these.</summary>
    public static string Policy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("FactCheck.Reporting.Html." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the library.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Line ends as \n whatever the checkout did, so the page and its hashes are the same on every machine.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
