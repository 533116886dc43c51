using System.Globalization;
using System.Text.Json;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Kinds.Quantity;

/// <summary>A quantity's JSON value gives the figure in the base unit of its dimension, so that a scorer or a user can compare units.</summary>
public sealed class QuantityBaseUnitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-quantity-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("en", "The trail runs 43 miles.", "length", "m", 69201.8)]
    [InlineData("fr", "Le camion portait 4,8 tonnes de sable.", "mass", "kg", 4800)]
    [InlineData("en", "The field pumps 1.2 million barrels a day.", "volume/duration", "m3/s", 2.208)]
    [InlineData("fr", "Il faisait 15 °C à Paris.", "temperature", "K", 288.15)]
    public void A_measure_is_given_in_the_base_unit_of_its_dimension(string language, string sentence, string dimension, string unit, double amount)
    {
        var value = OneQuantity(language, sentence);

        Assert.Equal(dimension, value.GetProperty("dimension").GetString());
        var si = value.GetProperty("si");
        Assert.Equal(unit, si.GetProperty("unit").GetString());
        Assert.Equal(amount, si.GetProperty("amount").GetDouble(), 0.1);
    }

    [Fact]
    public void More_than_a_measure_is_bounded_in_base_units_too()
    {
        // "more than 40 km" rounds down to 40 km as written: below 45 km.
        var si = OneQuantity("en", "The storm cut more than 40 km of power lines.").GetProperty("si");

        Assert.Equal(40000, si.GetProperty("min").GetDouble());
        Assert.InRange(si.GetProperty("max").GetDouble(), 44999, 45000);
    }

    [Fact]
    public void At_least_a_measure_has_no_upper_bound_in_base_units_either()
    {
        var si = OneQuantity("en", "The storm cut at least 40 km of power lines.").GetProperty("si");

        Assert.Equal(40000, si.GetProperty("min").GetDouble());
        Assert.Equal(JsonValueKind.Null, si.GetProperty("max").ValueKind);
    }

    [Fact]
    public void A_count_has_no_base_unit_and_names_its_noun()
    {
        var value = OneQuantity("en", "The ferry carried 157 passengers.");

        Assert.Equal("count", value.GetProperty("dimension").GetString());
        Assert.Equal("passenger", value.GetProperty("counted").GetString());
        Assert.False(value.TryGetProperty("si", out _));
    }

    private JsonElement OneQuantity(string language, string sentence)
    {
        File.WriteAllText(Path.Combine(folder, "a.md"), $"---\nlanguage: {language}\n---\n\n{sentence}\n");
        var result = FactChecker.Check(new CheckOptions(["a.md"], folder) { Extract = true });
        Assert.Null(result.Error);
        using var json = new StringWriter(CultureInfo.InvariantCulture);
        new JsonReportWriter().Write(result.Report!, json);
        var claims = JsonDocument.Parse(json.ToString()).RootElement.GetProperty("claims").EnumerateArray();
        return Assert.Single(claims, c => c.GetProperty("kind").GetString() == "quantity").GetProperty("value").Clone();
    }
}
