using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Kinds.Place;

/// <summary>
/// Adds the places of <c>Kinds/Place/Data/geonames-cities.tsv</c> (GeoNames cities of 15,000 people and more, the French
/// communes of 2,000 and more, first-level regions, countries; built by <c>build/data/geonames</c>) to a gazetteer that
/// already holds the hand-written places, which stay the authority for what they know: a row whose name a hand-written
/// place of the same country and type already has adds nothing, and a region written alike is that hand-written region.
/// GeoNames is noisy where news is not, so rows are filtered: a region whose name is a common word or a first name
/// ("West", "Central", "German", "Michael") is left out; a town whose name is one (flags w, m, f, s: "Reading" in
/// Pennsylvania, "David" in Panama) is a place only where a sentence says so (<see cref="Place.Ambiguous"/>); a
/// name that is a month, a weekday or a function word of a shipped language ("March", "Un", "Sur") is left out; an
/// alternate name that another place already has ("Ile-de-France" listed for Paris), shorter than four letters, or such
/// a word is left out. The file is read as spans, one string per name kept: it is read on every run given a places file
/// (the shipped places alone are read from their snapshot, <see cref="GazetteerSnapshot"/>).
/// </summary>
internal static class GeoNamesFile
{
    private const string Path = "Kinds/Place/Data/geonames-cities.tsv";

    /// <summary>
    /// The population from which a town's alternate names are read: GeoNames lists them from 100,000, mostly transliterations
    /// no English or French text writes, and reading them all doubled the time the file takes to load.
    /// </summary>
    private const int AlternatesFrom = 500_000;

    /// <summary>About how many places the shipped file and the hand-written one hold together.</summary>
    public const int Capacity = 40_000;

    private static readonly FrozenSet<string> Common = CommonWords();

    private static readonly FrozenSet<string> FrenchOnly = FrozenSet.Create(StringComparer.Ordinal, "fr");

    /// <summary>Adds the shipped GeoNames rows to <paramref name="index"/>.</summary>
    public static void AddTo(GazetteerIndex index)
    {
        using var file = EmbeddedData.Open(Path);
        AddTo(index, new Utf8Lines(file));
    }

    /// <summary>Adds the rows of <paramref name="lines"/> (the shipped file's format) to <paramref name="index"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddTo(GazetteerIndex index, Utf8Lines lines)
    {
        var common = Common;
        var regions = new Dictionary<string, Place>(4_000, StringComparer.Ordinal);
        var regionOf = regions.GetAlternateLookup<ReadOnlySpan<char>>();
        // A country's code is written on every row of its places: one string each, not one a row.
        var countries = new Dictionary<string, string>(300, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var alternates = new List<(Place Place, string Names)>(6_000);
        Span<Range> fields = stackalloc Range[13];
        Span<char> buffer = stackalloc char[256];
        foreach (var line in lines)
        {
            if (line.IsEmpty || line[0] == '#' || Fields(line, fields) < 12) continue;
            var name = line[fields[2]];
            // "la Barceloneta", "el Raval": districts written with a lower-case article, which news writes otherwise.
            if (name.IsEmpty || char.IsLower(name[0])) continue;
            var key = new string(buffer[..PlaceText.Key(name, buffer)]);
            if (key.Length == 0 || common.Contains(key)) continue;
            var code = line[fields[6]];
            if (!countries.TryGetValue(code, out var country)) countries[code] = country = code.ToString();
            // Flag 2 (a larger place has the name) only orders the readings; the word and name flags ask for a cue.
            var flagged = line[fields[11]].IndexOfAny("wmfs") >= 0;
            var row = new Row(line[fields[1]].ToString(), name, key, line[fields[3]], line[fields[4]]);
            switch (line[0])
            {
                case 'C' when !index.ById.ContainsKey(country):
                    Add(index, new Place(country, name.ToString(), French(row), PlaceType.Country, country, null, false), row);
                    break;
                case 'A':
                    if (Region(index, row, country, flagged) is { } region) regions[row.Id] = region;
                    break;
                case 'P':
                    if (City(index, row, country, regionOf.TryGetValue(line[fields[7]], out var inRegion) ? inRegion : null, flagged, buffer) is { } city && !line[fields[5]].IsEmpty
                        && int.TryParse(line[fields[9]], out var population) && population >= AlternatesFrom)
                        alternates.Add((city, line[fields[5]].ToString()));
                    break;
            }
        }
        foreach (var (place, names) in alternates)
            foreach (var range in names.AsSpan().Split('|'))
            {
                var alternate = names.AsSpan()[range];
                var folded = new string(buffer[..PlaceText.Key(alternate, buffer)]);
                if (folded.Length >= 4 && !common.Contains(folded)) index.AddKey(place, alternate, folded, null, onlyNew: true);
            }
    }

    /// <summary>
    /// Cuts <paramref name="line"/> at its tabs into <paramref name="fields"/>, the last holding the rest, as
    /// <c>MemoryExtensions.Split</c> does; returns how many. One tab search a field: Split first lists every separator of
    /// the line, the long list of alternate names included (8 % of the time the file took to load).
    /// </summary>
    private static int Fields(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var (count, start) = (0, 0);
        while (count < fields.Length - 1 && line[start..].IndexOf('\t') is var tab and >= 0)
        {
            fields[count++] = new Range(start, start + tab);
            start += tab + 1;
        }
        fields[count++] = new Range(start, line.Length);
        return count;
    }

    private static Place? Region(GazetteerIndex index, Row row, string country, bool flagged)
    {
        if (index.Find(row.Key, country, PlaceType.Region) is { } same) return same;
        if (flagged || !index.ById.TryGetValue(country, out var inside)) return null;
        var region = new Place(row.Id, row.Name.ToString(), French(row), PlaceType.Region, country, inside, false);
        Add(index, region, row);
        return region;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Place? City(GazetteerIndex index, Row row, string country, Place? region, bool flagged, Span<char> buffer)
    {
        // The ASCII name's key is looked up, not kept: folded into the reader's buffer.
        if (index.Find(row.Key, country, PlaceType.City) is not null
            || (row.HasAscii && index.Find(buffer[..PlaceText.Key(row.Ascii, buffer)], country, PlaceType.City) is not null)) return null;
        if ((region ?? index.ById.GetValueOrDefault(country)) is not { } parent) return null;
        var city = new Place(row.Id, row.Name.ToString(), ImmutableSortedDictionary<string, string>.Empty, PlaceType.City, country, parent, Ambiguous: flagged);
        Add(index, city, row);
        return city;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Add(GazetteerIndex index, Place place, Row row)
    {
        index.ById[place.Id] = place;
        index.AddKey(place, row.Name, row.Key, null);
        if (row.HasAscii) index.AddName(place, row.Ascii, null);
        if (!row.French.IsEmpty) index.AddName(place, row.French, FrenchOnly);
    }

    private static ImmutableSortedDictionary<string, string> French(Row row) =>
        row.French.IsEmpty || row.French.SequenceEqual(row.Name)
            ? ImmutableSortedDictionary<string, string>.Empty
            : ImmutableSortedDictionary<string, string>.Empty.Add("fr", row.French.ToString());

    /// <summary>Months, weekdays and function words of every shipped language, folded: names no place should take.</summary>
    private static FrozenSet<string> CommonWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in LanguagePacks.BuiltIn.All)
            words.UnionWith(pack.Months.Keys.Concat(pack.Weekdays.Keys).Concat(pack.Words("stop-words")).Concat(pack.Words("place-function-words"))
                .Select(PlaceText.Key));
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The fields of a line that make names: its id, name (and its key), ASCII name and French name.</summary>
    private readonly ref struct Row(string id, ReadOnlySpan<char> name, string key, ReadOnlySpan<char> ascii, ReadOnlySpan<char> french)
    {
        public string Id { get; } = id;

        public ReadOnlySpan<char> Name { get; } = name;

        public string Key { get; } = key;

        /// <summary>True when the ASCII name is written otherwise than the name ("Zurich" for "Zürich"), not only folded alike.</summary>
        public bool HasAscii => !Ascii.SequenceEqual(Name);

        public ReadOnlySpan<char> Ascii { get; } = ascii;

        public ReadOnlySpan<char> French { get; } = french;
    }
}
