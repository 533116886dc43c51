namespace FactCheck.Reporting;

/// <summary>A relative path as a URI reference: each segment percent-encoded ("my notes/été.md" → "my%20notes/%C3%A9t%C3%A9.md"), '/' between them.</summary>
public static class RelativeUri
{
    /// <summary>The URI reference of <paramref name="path"/>, whose separators may be '/' or '\'.</summary>
    public static string Of(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
