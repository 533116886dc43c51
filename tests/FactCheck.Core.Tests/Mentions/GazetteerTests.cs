using FactCheck.Kinds.Place;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>The shipped gazetteer: what it covers and how its places contain each other.</summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("DE", "Germany", "Allemagne")]
    [InlineData("BE", "Belgium", "Belgique")]
    [InlineData("UA", "Ukraine", null)]
    [InlineData("US", "United States", "États-Unis")]
    [InlineData("CI", "Ivory Coast", "Côte d'Ivoire")]
    public void Countries_have_their_ISO_code_as_id_and_their_English_and_French_names(string id, string name, string? french)
    {
        var country = Places.Find(id)!;

        Assert.Equal((name, french, PlaceType.Country, id), (country.Name, country.Names.GetValueOrDefault("fr"), country.Kind, country.Country));
    }

    [Fact]
    public void Every_sovereign_country_is_there()
    {
        var countries = new[]
        {
            "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ", "BT", "BO", "BA", "BW",
            "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA", "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CD", "CR", "CI", "HR", "CU", "CY", "CZ",
            "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ", "FI", "FR", "GA", "GM", "GE", "DE", "GH", "GR", "GD", "GT",
            "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR", "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KP", "KR", "KW",
            "KG", "LA", "LV", "LB", "LS", "LR", "LY", "LI", "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM", "MD", "MC",
            "MN", "ME", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO", "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH",
            "PL", "PS", "PT", "QA", "RO", "RU", "RW", "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO", "ZA",
            "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TZ", "TH", "TL", "TG", "TO", "TT", "TN", "TR", "TM", "TV", "UG", "UA", "AE", "GB",
            "US", "UY", "UZ", "VU", "VA", "VE", "VN", "YE", "ZM", "ZW",
        };

        Assert.Equal(195, countries.Length);
        Assert.All(countries, code => Assert.Equal(PlaceType.Country, Places.Find(code)?.Kind));
        Assert.True(Places.Count > 1200, $"{Places.Count} places");
    }

    [Theory]
    [InlineData("DE", "wiesbaden", true)]
    [InlineData("DE-HE", "wiesbaden", true)]
    [InlineData("europe", "wiesbaden", true)]
    [InlineData("wiesbaden", "wiesbaden", true)]
    [InlineData("BE", "wiesbaden", false)]
    [InlineData("brussels", "wiesbaden", false)]
    [InlineData("wiesbaden", "DE", false)]
    [InlineData("brussels", "evere", true)]
    [InlineData("US-WA", "seattle", true)]
    [InlineData("US", "washington", true)]
    public void A_place_contains_what_lies_in_it(string outer, string inner, bool contains)
    {
        Assert.Equal(contains, Places.Find(outer)!.Contains(Places.Find(inner)!));
    }

    [Fact]
    public void The_fast_reader_reads_the_shipped_file_exactly_as_the_YAML_parser_does()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "FactCheck.Core", "Kinds", "Place", "places.yml"));

        var fast = GazetteerLines.TryRead("places.yml", text);
        var (parsed, error) = GazetteerFile.ReadYaml("places.yml", text);

        Assert.NotNull(fast);
        Assert.Null(error);
        Assert.Null(fast.Value.Error);
        Assert.Equal(parsed.Select(Shown), fast.Value.Entries.Select(Shown));
    }

    [Theory]
    [InlineData("places:\n  - name: Vrinville\n    country: FR\n")]
    [InlineData("places:\n  - {name: Vrinville, country: FR}  \n  - {name: \"Vrin, ville\", also: ['Vrin''s'], country: FR}\n")]
    [InlineData("places: # the towns\n  - {name: Vrinville, country: FR}\n")]
    public void A_file_in_any_other_YAML_style_is_read_all_the_same(string yaml)
    {
        var (entries, error) = GazetteerFile.Read("p.yml", yaml);

        Assert.Null(error);
        Assert.Equal(GazetteerFile.ReadYaml("p.yml", yaml).Entries.Select(Shown), entries.Select(Shown));
    }

    private static string Shown(GazetteerEntry e) =>
        $"{e.Kind}|{e.Id}|{e.Name}|{string.Join(";", e.Names)}|{string.Join(";", e.Also)}|{e.Country}|{e.In}|{e.Ambiguous}|{e.Line}";
}
