using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Specs;

/// <summary>
/// Runs every language's examples (<c>Specs/&lt;code&gt;.md</c>, see <see cref="SpecFile"/>) through the public library,
/// as <c>factcheck extract</c> would: each example is a source of its own, and must give exactly the claims listed under
/// it. A language that FactCheck does not ship brings its pack beside its examples (<c>Specs/&lt;code&gt;.yml</c>),
/// given to the run as <c>--languages</c> gives it.
/// </summary>
public sealed class SpecTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Specs");
    private static readonly ConcurrentDictionary<string, Lazy<SpecRun>> Runs = new();

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal))
            foreach (var example in SpecFile.Read(path).Examples)
                data.Add(Path.GetFileName(path), example.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_gives_exactly_the_claims_listed_under_it(string file, int line)
    {
        var run = Runs.GetOrAdd(file, f => new Lazy<SpecRun>(() => SpecRun.Of(Path.Combine(Folder, f)))).Value;
        var example = run.Spec.Examples.Single(e => e.Line == line);
        var claims = run.Claims.GetValueOrDefault(line, []);

        var problems = new List<string>();
        if (claims.Count != example.Claims.Length) problems.Add($"{example.Claims.Length} claim(s) listed, {claims.Count} given");
        foreach (var (expected, actual) in example.Claims.Zip(claims))
        {
            var kind = actual.GetProperty("kind").GetString();
            var text = Words(actual.GetProperty("text").GetString());
            if (kind != expected.Kind || text != Words(expected.Text))
            {
                problems.Add($"line {expected.Line}: listed {expected.Kind} `{expected.Text}`, given {kind} `{text}`");
                continue;
            }
            foreach (var (key, value) in expected.Fields)
                if (Field(actual, key) is not { } given) problems.Add($"line {expected.Line}: the claim has no {key}");
                else if (!Same(given, value)) problems.Add($"line {expected.Line}: {key} is {Written(given)}, not {value}");
        }
        Assert.True(problems.Count == 0,
            $"{file}:{line}: {example.Sentence}\n  {string.Join("\n  ", problems)}\nIt gives:\n{string.Join("\n", claims.Select(Describe))}");
    }

    /// <summary>The claim in the examples' notation, every field of its value written out: what to paste when it is right.</summary>
    private static string Describe(JsonElement claim)
    {
        var fields = new List<string>();
        foreach (var key in new[] { "subject", "attribute" })
            if (claim.GetProperty(key).ValueKind != JsonValueKind.Null) fields.Add($"{key}={Quoted(Written(claim.GetProperty(key)))}");
        foreach (var property in claim.GetProperty("value").EnumerateObject())
            if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) fields.Add($"{property.Name}={Quoted(Written(property.Value))}");
        return $"- {claim.GetProperty("kind").GetString()} `{Words(claim.GetProperty("text").GetString())}` {string.Join(" ", fields)}";
    }

    private static string Quoted(string value) => value.Contains(' ', StringComparison.Ordinal) || value.Length == 0 ? $"\"{value}\"" : value;

    private static string Words(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A claim's subject, attribute or display, or a field of its value ("inEuros.rate").</summary>
    private static JsonElement? Field(JsonElement claim, string key)
    {
        if (key is "subject" or "attribute" or "display") return claim.GetProperty(key);
        var at = claim.GetProperty("value");
        foreach (var part in key.Split('.'))
            if (at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(part, out at)) return null;
        return at;
    }

    private static bool Same(JsonElement given, string expected) => given.ValueKind == JsonValueKind.Number
        ? decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && given.GetDecimal() == number
        : Written(given) == expected;

    private static string Written(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "null",
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(Written)),
        _ => value.GetRawText(),
    };

    /// <summary>One run of a file's examples: each example a source, and the claims each gave, by the example's line.</summary>
    private sealed record SpecRun(SpecFile Spec, Dictionary<int, List<JsonElement>> Claims)
    {
        public static SpecRun Of(string path)
        {
            var spec = SpecFile.Read(path);
            var folder = Directory.CreateTempSubdirectory("factcheck-spec-").FullName;
            try
            {
                foreach (var example in spec.Examples)
                    File.WriteAllText(Path.Combine(folder, $"{example.Line:D5}.md"),
                        $"---\nlanguage: {spec.Language}\n{(spec.Date is null ? "" : $"date: {spec.Date}\n")}---\n\n{example.Sentence}\n");
                var pack = Path.ChangeExtension(path, ".yml");
                var result = FactChecker.Check(new CheckOptions(["."], folder) { Extract = true, LanguageFiles = File.Exists(pack) ? [pack] : [] });
                Assert.Null(result.Error);
                using var json = new StringWriter();
                new JsonReportWriter().Write(result.Report!, json);
                var claims = JsonDocument.Parse(json.ToString()).RootElement.GetProperty("claims").EnumerateArray()
                    .GroupBy(c => int.Parse(Path.GetFileNameWithoutExtension(c.GetProperty("source").GetString()!), CultureInfo.InvariantCulture))
                    .ToDictionary(g => g.Key, g => g.ToList());
                return new SpecRun(spec, claims);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
