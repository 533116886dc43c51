using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Kinds.Place;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The shipped gazetteer is read from a snapshot of the tables its sources make (<see cref="GazetteerSnapshot"/>): the snapshot
/// must be the one those sources write today, and must answer every lookup as the tables do.
/// </summary>
public sealed class GazetteerSnapshotTests
{
    private static readonly Lazy<IndexedTables> FromSources = new(Gazetteer.ShippedFromSources);

    private static string SourcePath => Path.Combine(RepoPaths.Root, "src", "FactCheck.Core", GazetteerSnapshot.Path);

    [Fact]
    public void The_shipped_snapshot_is_what_places_yml_and_the_GeoNames_rows_make_today()
    {
        var written = GazetteerSnapshotWriter.Write(FromSources.Value);
        if (Environment.GetEnvironmentVariable("FACTCHECK_ACCEPT") == "1")
        {
            // The library this run tests embeds the snapshot it was built with: the next build embeds this one.
            File.WriteAllBytes(SourcePath, written);
            return;
        }

        using var embedded = EmbeddedData.Open(GazetteerSnapshot.Path);
        var shipped = new byte[embedded.Length];
        embedded.ReadExactly(shipped);
        Assert.True(written.AsSpan().SequenceEqual(File.ReadAllBytes(SourcePath)),
            $"{GazetteerSnapshot.Path} is not what places.yml and geonames-cities.tsv make: after changing them, run the tests once with FACTCHECK_ACCEPT=1 (it writes the snapshot), then again (the build embeds it).");
        Assert.True(written.AsSpan().SequenceEqual(shipped), "The library embeds another snapshot than the source tree's: build again.");
    }

    [Fact]
    public void The_snapshot_finds_every_name_as_the_tables_do_and_in_the_same_order()
    {
        var tables = FromSources.Value;
        var snapshot = GazetteerSnapshot.Of(GazetteerSnapshotWriter.Write(tables));

        Assert.True(tables.Index.Names.Count > 30_000, "the shipped tables hold GeoNames' names");
        foreach (var (key, expected) in tables.Index.Names)
        {
            var found = snapshot.Lookup(key);
            Assert.True(found is not null, $"'{key}' is not found");
            Assert.Equal(Describe(expected), Describe(found));
            Assert.Same(found, snapshot.Lookup(key));
        }
        foreach (var (first, words) in tables.Index.LongestFrom) Assert.Equal(words, snapshot.LongestFrom(first));
        foreach (var first in tables.LowerCaseFirstList) Assert.True(snapshot.StartsLowerCaseName(first), first);
    }

    [Fact]
    public void The_snapshot_finds_every_place_by_id_with_its_names_and_containers()
    {
        var tables = FromSources.Value;
        var snapshot = GazetteerSnapshot.Of(GazetteerSnapshotWriter.Write(tables));

        Assert.Equal(tables.Count, snapshot.Count);
        foreach (var (id, place) in tables.Index.ById) Assert.Equal(Describe(place), Describe(snapshot.Find(id)));
        Assert.Same(snapshot.Find("DE"), snapshot.Lookup("allemagne")![0].Place);
    }

    [Theory]
    [InlineData("atlantis on sea")]
    [InlineData("")]
    [InlineData("paris\ud800")]
    public void A_key_no_name_has_finds_nothing(string key)
    {
        var snapshot = GazetteerSnapshot.Shipped();

        Assert.Equal((null, 0, null), (snapshot.Lookup(key), snapshot.LongestFrom(key), snapshot.Find(key)));
        Assert.False(snapshot.StartsLowerCaseName(key));
    }

    [Fact]
    public void A_name_longer_than_any_key_finds_nothing()
    {
        Assert.Null(GazetteerSnapshot.Shipped().Lookup(new string('a', 5_000)));
    }

    [Fact]
    public void A_snapshot_of_another_version_is_refused_by_name()
    {
        var bytes = GazetteerSnapshotWriter.Write(FromSources.Value);
        bytes[4]++;

        var error = Assert.Throws<InvalidOperationException>(() => GazetteerSnapshot.Of(bytes));
        Assert.Contains(GazetteerSnapshot.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_index_round_trips_with_its_languages_initialisms_and_shared_names()
    {
        var europe = new Place("europe", "Europe", ImmutableSortedDictionary<string, string>.Empty, PlaceType.Region, null, null, false);
        var french = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        french["fr"] = "Allemagne";
        french["de"] = "Deutschland";
        var germany = new Place("DE", "Germany", french.ToImmutable(), PlaceType.Country, "DE", europe, false);
        var georgiaCountry = new Place("GE", "Georgia", ImmutableSortedDictionary<string, string>.Empty, PlaceType.Country, "GE", europe, false);
        var georgiaState = new Place("US-GA", "Georgia", ImmutableSortedDictionary<string, string>.Empty, PlaceType.Region, "US", null, true);
        var index = new GazetteerIndex(8);
        foreach (var place in (Place[])[europe, germany, georgiaCountry, georgiaState]) index.ById[place.Id] = place;
        index.AddName(germany, "Germany", null);
        index.AddName(germany, "Allemagne", FrozenSet.Create(StringComparer.Ordinal, "fr"));
        index.AddName(germany, "Allemagne", FrozenSet.Create(StringComparer.Ordinal, "ro"));
        index.AddName(georgiaCountry, "Georgia", null);
        index.AddName(georgiaState, "Georgia", null);
        index.AddName(georgiaState, "GA", null);
        index.AddName(europe, "Europe de l'Ouest", null);
        var tables = new IndexedTables(index);

        var snapshot = GazetteerSnapshot.Of(GazetteerSnapshotWriter.Write(tables));

        foreach (var key in (string[])["germany", "allemagne", "georgia", "ga"]) Assert.Equal(Describe(tables.Lookup(key)!), Describe(snapshot.Lookup(key)!));
        Assert.Equal(["fr", "ro"], snapshot.Lookup("allemagne")![0].Languages!.Order(StringComparer.Ordinal));
        Assert.True(snapshot.Lookup("ga")![0].Initialism);
        Assert.Equal(4, snapshot.LongestFrom("europe")); // "europe de l' ouest": the elision is a word
        Assert.Equal("Deutschland", snapshot.Find("DE")!.Names["de"]);
        Assert.Same(snapshot.Find("europe"), snapshot.Find("DE")!.Parent);
        Assert.Equal(4, snapshot.Count);
    }

    [Fact]
    public void Two_gazetteers_asked_for_the_same_first_words_on_one_thread_each_answer_from_their_own_names()
    {
        // A thread keeps the answers it was last given (RecentFirstWords): each gazetteer's, never another's.
        var (saintLouis, longer, paris) = (SnapshotNaming("Saint Louis"), SnapshotNaming("Saint Louis du Ha Ha"), SnapshotNaming("Paris"));

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal((2, 5, 0), (saintLouis.LongestFrom("saint"), longer.LongestFrom("saint"), paris.LongestFrom("saint")));
            Assert.Equal((0, 0, 1), (saintLouis.LongestFrom("paris"), longer.LongestFrom("paris"), paris.LongestFrom("paris")));
            // A first word longer than a slot holds is asked of the table each time.
            Assert.Equal((0, 0, 0), (saintLouis.LongestFrom("saintlouisdu"), longer.LongestFrom("saintlouisdu"), paris.LongestFrom("saintlouisdu")));
        }
    }

    private static GazetteerSnapshot SnapshotNaming(string name)
    {
        var place = new Place("XX-" + name, name, ImmutableSortedDictionary<string, string>.Empty, PlaceType.City, "XX", null, false);
        var index = new GazetteerIndex(4);
        index.ById[place.Id] = place;
        index.AddName(place, name, null);
        return GazetteerSnapshot.Of(GazetteerSnapshotWriter.Write(new IndexedTables(index)));
    }

    private static string Describe(PlaceName[] names) =>
        string.Join(" | ", names.Select(n => $"{Describe(n.Place)} langs={(n.Languages is null ? "all" : string.Join(',', n.Languages.Order(StringComparer.Ordinal)))} initialism={n.Initialism}"));

    private static string Describe(Place? place) =>
        place is null ? "none" : $"{place.Id}:{place.Name}:{place.Kind}:{place.Country}:{place.Ambiguous}:[{string.Join(',', place.Names.Select(n => n.Key + "=" + n.Value))}] in {Describe(place.Parent)}";
}
