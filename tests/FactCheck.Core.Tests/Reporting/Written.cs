using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>Checks sources as the CLI does and writes the report as text, for tests of what a writer prints.</summary>
internal static class Written
{
    /// <summary>Dated so the conversions use known rates; fictional, like the samples.</summary>
    public const string TwentyBillion = "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn fund.\n";

    /// <summary>Disagrees with <see cref="TwentyBillion"/>.</summary>
    public const string TwentyFiveBillion = "---\ndate: 2024-03-12\n---\nThe fund is worth €25bn.\n";

    /// <summary>A restatement-mismatch (a warning): $100bn was about £78bn in 2024, not £60bn.</summary>
    public const string WrongConversion = "---\ndate: 2024-04-02\n---\nMembers would commit $100bn (£60bn) to the fund.\n";

    /// <summary>A check of <paramref name="paths"/> as one story: these tests are about what a writer prints, not about stories.</summary>
    public static Report Check(string workingDirectory, params string[] paths)
    {
        var result = FactChecker.Check(new CheckOptions([.. paths], workingDirectory) { Stories = FactCheck.Stories.StoryMode.One });
        Assert.Null(result.Error);
        return result.Report!;
    }

    public static string As(IReportWriter writer, Report report)
    {
        using var output = new StringWriter { NewLine = "\n" };
        writer.Write(report, output);
        return output.ToString();
    }
}
