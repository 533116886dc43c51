namespace FactCheck.Configuration;

/// <summary>The commented factcheck.yml that <c>factcheck init</c> writes (<c>Configuration/Data/starter.yml</c>).</summary>
public static class StarterConfig
{
    /// <summary>The file's text: every section, explained, with examples commented out.</summary>
    public static string Text { get; } = ReadText();

    private static string ReadText()
    {
        using var stream = typeof(StarterConfig).Assembly.GetManifestResourceStream("FactCheck.Configuration.Data.starter.yml")
            ?? throw new InvalidOperationException("The embedded starter configuration is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
