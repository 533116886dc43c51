using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Kinds.Place;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The regexes the shipped language packs build must be source-generated (<see cref="PackRegexes"/>): interpreted, they
/// give the same matches several times slower, which no other test would notice. The examples of every shipped language
/// and the samples are checked, so that each kind builds its regexes; every pattern (either direction) the shipped packs have
/// built in this test process (here or in any other test) must then be in <c>PackRegexes.Generated.cs</c>. When a pack's
/// words change, run <c>FACTCHECK_WRITE_PACK_REGEXES=1 dotnet test tests/FactCheck.Core.Tests</c> (the whole project, so
/// that every path of every kind runs): the file is written again as the test process exits, with every pattern built.
/// Then build.
/// </summary>
public sealed class PackRegexesTests
{
    private static readonly string GeneratedFile = Path.Combine(RepoPaths.Root, "src", "FactCheck.Core", "Mentions", "PackRegexes.Generated.cs");

    [Fact]
    public void Every_regex_the_shipped_packs_build_is_source_generated()
    {
        if (Environment.GetEnvironmentVariable("FACTCHECK_WRITE_PACK_REGEXES") == "1")
        {
            // Other tests build patterns too, some after this one: the file is written when they are all done.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.WriteAllText(GeneratedFile, Source(Asked()), new UTF8Encoding(false));
            return;
        }
        BuildTheShippedRegexes();
        var missing = Asked().Where(p => !PackRegexes.IsPrebuilt(p.Pattern, p.Options)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} pattern(s) of the shipped packs are not generated (see this test's summary to write the file again), the first:\n{missing.FirstOrDefault().Pattern}");
        Assert.NotEqual(typeof(Regex), LocativePredicates.Default.Terms.GetType());
    }

    [Fact]
    public void A_pattern_no_shipped_pack_builds_is_still_read_the_same_way()
    {
        // The German pack of the examples is a user's pack: none of its patterns is generated, nor written into the file.
        var (packs, error) = LanguagePacks.Load([Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Specs", "de.yml")], RepoPaths.Root);
        Assert.Null(error);
        var regex = PackRegexes.Get(packs!["de"], @"(?<![\p{L}])(?:zorglub|blurp)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.Equal(typeof(Regex), regex.GetType());
        Assert.Equal(2, regex.Match("a ZORGLUB or blurps").Index);
        Assert.DoesNotMatch(regex, "blurps");
    }

    private static List<(string Pattern, RegexOptions Options)> Asked() =>
        [.. PackRegexes.ShippedAskedFor.OrderBy(p => p.Options).ThenBy(p => p.Pattern, StringComparer.Ordinal)];

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
        source.Append("// Written by PackRegexesTests (FACTCHECK_WRITE_PACK_REGEXES=1): the regexes the shipped language packs build.\n");
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
