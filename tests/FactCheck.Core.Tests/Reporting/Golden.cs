namespace FactCheck.Core.Tests.Reporting;

/// <summary>
/// Golden files in Verify's convention: <c>name.verified.ext</c> is committed; on a mismatch <c>name.received.ext</c> is
/// written beside it (git ignores it) and the test fails naming the first differing line. <c>FACTCHECK_ACCEPT=1</c> rewrites
/// the verified file; review that diff like code.
/// </summary>
internal static class Golden
{
    /// <summary>
    /// <paramref name="report"/> with the tool version the golden files were written with: the version changes with every
    /// release (Directory.Build.props), what the writers print does not.
    /// </summary>
    public static FactCheck.Reporting.Report Pinned(FactCheck.Reporting.Report report) => report with { ToolVersion = "0.1.0" };

    public static void AssertMatches(string verifiedPath, string actual)
    {
        var received = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("FACTCHECK_ACCEPT") == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(received);
            return;
        }
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"{verifiedPath} does not exist; wrote {received}. Review it and rename it, or run with FACTCHECK_ACCEPT=1."
            : $"{Path.GetFileName(verifiedPath)} differs at line {FirstDifference(expected, actual)}; wrote {received}.");
    }

    private static int FirstDifference(string expected, string actual)
    {
        var (a, b) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return i + 1;
        return Math.Min(a.Length, b.Length) + 1;
    }
}
