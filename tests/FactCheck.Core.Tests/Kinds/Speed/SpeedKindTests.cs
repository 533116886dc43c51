using System.Text.Json;
using FactCheck.Configuration;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>A claim kind added from outside the library runs through the public API like a built-in one.</summary>
public sealed class SpeedKindTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-speed-").FullName;

    [Fact]
    public void A_kind_added_by_a_library_user_gives_its_claims_findings_and_json_values()
    {
        Write("factcheck.yml", "subjects:\n  - id: speed-limit\n    en: [speed limit]\n    fr: [limitation de vitesse]\n    attributes:\n      - {name: speed, kind: speed}\n"
            + "  - id: frigate\n    en: [frigate]\n    fr: [frégate]\n    attributes:\n      - {name: speed, kind: speed}\n");
        Write("a.md", "---\nlanguage: en\n---\n\nThe new speed limit on the motorway is 120 km/h.\n\nThe frigate sails at 30 knots.\n");
        Write("b.md", "---\nlanguage: fr\n---\n\nLa nouvelle limitation de vitesse sur l'autoroute est de 130 km/h.\n\nLa frégate file 75 nœuds.\n");
        var (config, error) = ConfigLocator.Load(folder, null);
        Assert.Null(error);

        var result = FactChecker.Check(new CheckOptions(["a.md", "b.md"], folder) { Configuration = config!, Kinds = [.. BuiltInKinds.All, new SpeedKind()], Stories = FactCheck.Stories.StoryMode.One });

        Assert.Null(result.Error);
        var findings = result.Report!.Findings.Select(f => f.Finding).ToList();
        Assert.Equal(["speed-conflict"], findings.Select(f => f.Rule).Distinct());
        Assert.Equal(["frigate: 55.6 km/h vs 138.9 km/h", "speed-limit: 120 km/h vs 130 km/h"],
            findings.Select(f => $"{f.Subject}: {string.Join(" vs ", f.Values.Select(v => v.Display))}"));
        using var json = new StringWriter();
        new JsonReportWriter().Write(result.Report, json);
        var speeds = JsonDocument.Parse(json.ToString()).RootElement.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "speed")
            .Select(c => (c.GetProperty("text").GetString(), c.GetProperty("value").GetProperty("kmh").GetDecimal())).ToList();
        Assert.Equal([("120 km/h", 120m), ("30 knots", 55.56m), ("130 km/h", 130m), ("75 nœuds", 138.9m)], speeds);
    }

    [Fact]
    public void Without_the_kind_factcheck_yml_may_not_name_it()
    {
        Write("factcheck.yml", "subjects:\n  - id: speed-limit\n    en: [speed limit]\n    attributes:\n      - {name: speed, kind: speed}\n");
        Write("a.md", "The new speed limit on the motorway is 120 km/h.\n");
        var (config, _) = ConfigLocator.Load(folder, null);

        var result = FactChecker.Check(new CheckOptions(["a.md"], folder) { Configuration = config! });

        Assert.Equal("factcheck.yml:5: subjects[0].attributes[0].kind 'speed' is not one of money, place, quantity, percentage, duration, date, attribution",
            result.Error?.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);
}
