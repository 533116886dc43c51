namespace FactCheck.LanguageServer;

/// <summary>Between the editor's <c>file://</c> URIs and the full paths FactCheck reads.</summary>
internal static class DocumentUri
{
    /// <summary>The full path of a <c>file://</c> URI, or null for another scheme (an untitled buffer has no path to check).</summary>
    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    /// <summary>The <c>file://</c> URI of a full path.</summary>
    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
