using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Kinds.Place;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The regexes the shipped language packs build must be source-generated (<see cref="PackRegexes"/>): interpreted, they
/// give the same matches several times slower, which no other test would notice. The examples of every shipped language
/// and the samples are checked, so that each kind builds its regexes; every left-to-right pattern built must then be in
/// <c>PackRegexes.Generated.cs</c>, and nothing else. When a pack's words change, run
/// <c>FACTCHECK_WRITE_PACK_REGEXES=1 dotnet test tests/FactCheck.Core.Tests --filter FullyQualifiedName~PackRegexesTests</c>
/// to write the file again, then build.
/// </summary>
public sealed class PackRegexesTests
{
    private static readonly string GeneratedFile = Path.Combine(RepoPaths.Root, "src", "FactCheck.Core", "Mentions", "PackRegexes.Generated.cs");

    [Fact]
    public void Every_regex_the_shipped_packs_build_is_source_generated()
    {
        BuildTheShippedRegexes();
        var asked = PackRegexes.ShippedAskedFor.OrderBy(p => p.Options).ThenBy(p => p.Pattern, StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable("FACTCHECK_WRITE_PACK_REGEXES") == "1") File.WriteAllText(GeneratedFile, Source(asked), new UTF8Encoding(false));

        var missing = asked.Where(p => !PackRegexes.IsPrebuilt(p.Pattern, p.Options)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} pattern(s) of the shipped packs are not generated (see this test's summary to write the file again), the first:\n{missing.FirstOrDefault().Pattern}");
        var stale = PackRegexes.PrebuiltPatterns.Except(asked).ToList();
        Assert.True(stale.Count == 0, $"{stale.Count} generated pattern(s) no shipped pack builds any more, the first:\n{stale.FirstOrDefault().Pattern}");
        Assert.NotEqual(typeof(Regex), LocativePredicates.Default.Terms.GetType());
    }

    [Fact]
    public void A_pattern_no_shipped_pack_builds_is_still_read_the_same_way()
    {
        var regex = PackRegexes.Get(null, @"(?<![\p{L}])(?:zorglub|blurp)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.Equal(typeof(Regex), regex.GetType());
        Assert.Equal(2, regex.Match("a ZORGLUB or blurps").Index);
        Assert.DoesNotMatch(regex, "blurps");
    }

    /// <summary>Checks every shipped language's examples and the samples, as <c>factcheck extract</c> would.</summary>
    private static void BuildTheShippedRegexes()
    {
        _ = LocativePredicates.Default.Terms;
        var folder = Directory.CreateTempSubdirectory("factcheck-pack-regexes-").FullName;
        try
        {
            foreach (var code in new[] { "en", "fr" })
            {
                var spec = Specs.SpecFile.Read(Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Specs", $"{code}.md"));
                File.WriteAllText(Path.Combine(folder, $"{code}.md"),
                    $"---\nlanguage: {code}\n---\n\n{string.Join("\n\n", spec.Examples.Select(e => e.Sentence))}\n");
            }
            foreach (var sample in Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "*.md"))
                File.Copy(sample, Path.Combine(folder, "sample-" + Path.GetFileName(sample)));
            Assert.Null(FactChecker.Check(new CheckOptions(["."], folder) { Extract = true }).Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Source(IEnumerable<(string Pattern, RegexOptions Options)> patterns)
    {
        var source = new StringBuilder();
        source.Append("// Written by PackRegexesTests (FACTCHECK_WRITE_PACK_REGEXES=1): the left-to-right regexes the shipped language packs build.\n");
        source.Append("using System.Text.RegularExpressions;\n\nnamespace FactCheck.Mentions;\n\ninternal static partial class PackRegexes\n{\n");
        var names = new List<string>();
        foreach (var (pattern, options) in patterns)
        {
            var name = $"Pattern{names.Count}";
            names.Add(name);
            var flags = string.Join(" | ", options.ToString().Split(", ").Select(f => "RegexOptions." + f));
            source.Append(CultureInfo.InvariantCulture, $"    [GeneratedRegex(@\"{pattern.Replace("\"", "\"\"", StringComparison.Ordinal)}\", {flags})]\n");
            source.Append(CultureInfo.InvariantCulture, $"    private static partial Regex {name} {{ get; }}\n\n");
        }
        source.Append(CultureInfo.InvariantCulture, $"    private static Regex[] Generated() => [{string.Join(", ", names)}];\n}}\n");
        return source.ToString();
    }
}
