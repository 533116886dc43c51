using System.Text.Json;
using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>A finding keeps its SARIF fingerprints when lines move, so code scanning (and a baseline) knows it again.</summary>
public sealed class FingerprintTests : IDisposable
{
    private readonly TempFolder folder = new();

    public FingerprintTests()
    {
        folder.Write("a.md", Written.TwentyBillion);
        folder.Write("b.md", Written.TwentyFiveBillion);
    }

    public void Dispose() => folder.Dispose();

    private List<(string Fingerprint, int Line)> Results()
    {
        var sarif = Written.As(new SarifReportWriter(), Written.Check(folder.Root, "."));
        using var document = JsonDocument.Parse(sarif);
        return [.. document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!,
            r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))];
    }

    [Fact]
    public void Inserting_lines_above_a_claim_keeps_its_fingerprints()
    {
        var before = Results();

        folder.Write("b.md", Written.TwentyFiveBillion.Replace("The fund", "A new opening paragraph.\n\nAnd another one.\n\nThe fund", StringComparison.Ordinal));
        var after = Results();

        Assert.Equal(2, before.Count);
        Assert.NotEqual(before[0].Fingerprint, before[1].Fingerprint);
        Assert.NotEqual(before.Select(r => r.Line), after.Select(r => r.Line)); // the claim did move
        Assert.Equal(before.Select(r => r.Fingerprint), after.Select(r => r.Fingerprint));
    }

    [Fact]
    public void Changing_the_figure_changes_the_fingerprint()
    {
        var before = Results();

        folder.Write("b.md", Written.TwentyFiveBillion.Replace("€25bn", "€30bn", StringComparison.Ordinal));
        var after = Results();

        Assert.Equal(before[0].Fingerprint, after[0].Fingerprint);       // a.md's €20bn side, not edited
        Assert.NotEqual(before[1].Fingerprint, after[1].Fingerprint);    // b.md now says something else
    }
}
