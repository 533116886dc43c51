using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Kinds.Place;

/// <summary>
/// One way of writing a place: the languages whose name it is (null for a name every language writes: the name reports show,
/// or one of its other spellings), and whether it is an initialism that must be written in capitals ("US").
/// </summary>
internal readonly record struct PlaceName(Place Place, FrozenSet<string>? Languages, bool Initialism);

/// <summary>
/// The places FactCheck knows, from the shipped <c>Kinds/Place/places.yml</c> and any user files (same format), then
/// GeoNames' (<see cref="GeoNamesFile"/>), indexed by folded name (<see cref="PlaceText.Key(string)"/>) for a dictionary lookup per
/// capitalized word: no regex over tens of thousands of names. A name shared by several places lists them all, the
/// hand-written ones first (countries, then cities, then regions, each in file order), then GeoNames' by population.
/// The shipped places alone, what nearly every run uses, are read from a snapshot of those tables (<see cref="GazetteerSnapshot"/>).
/// </summary>
public sealed class Gazetteer
{
    private const string BuiltInPath = "Kinds/Place/places.yml";

    /// <summary>Ten times the shipped gazetteer.</summary>
    private const long MaxPlacesBytes = 16L * 1024 * 1024;
    /// <summary>The shipped gazetteer, read from its snapshot (<see cref="GazetteerSnapshot"/>): well under a millisecond.</summary>
    private static readonly Lazy<Gazetteer> BuiltIn = new(() => new Gazetteer(Task.FromResult<GazetteerTables>(GazetteerSnapshot.Shipped())));

    private readonly Task<GazetteerTables> tables;

    private Gazetteer(Task<GazetteerTables> tables) => this.tables = tables;

    /// <summary>
    /// Starts adding GeoNames' rows to <paramref name="index"/>, which holds the hand-written places, on a thread of its
    /// own: a run reads its sources and loads the recognizers meanwhile, and its first lookup waits for them.
    /// </summary>
    private Gazetteer(GazetteerIndex index) : this(OnItsOwnThread(() =>
    {
        GeoNamesFile.AddTo(index);
        return new IndexedTables(index);
    }))
    {
    }

    private GazetteerTables Ready => tables.GetAwaiter().GetResult();

    /// <summary>A dedicated thread, not one of the pool's: the pool's threads of a run's first pass block on it.</summary>
    private static Task<GazetteerTables> OnItsOwnThread(Func<GazetteerTables> load) =>
        Task.Factory.StartNew(load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// The shipped gazetteer's tables built from its sources, the hand-written places and GeoNames' rows, as the snapshot
    /// must hold them (the tests' <c>GazetteerSnapshotWriter</c>). The shipped files have no user's mistake to return: a broken
    /// one throws (and fails the tests).
    /// </summary>
    internal static IndexedTables ShippedFromSources()
    {
        var (index, error) = Index(BuiltInEntries());
        if (index is null) throw new InvalidOperationException("The shipped gazetteer is broken: " + error);
        GeoNamesFile.AddTo(index);
        return new IndexedTables(index);
    }

    /// <summary>
    /// The first words of the names that start with a lower-case word ("oblast de Donetsk", "pays de Galles"), for a
    /// vectorized search.
    /// </summary>
    internal System.Buffers.SearchValues<string> LowerCaseFirstWords => Ready.LowerCaseFirstWords;

    /// <summary>True when a name that starts with a lower-case word starts with the folded word <paramref name="first"/>.</summary>
    internal bool StartsLowerCaseName(ReadOnlySpan<char> first) => Ready.StartsLowerCaseName(first);

    /// <summary>The gazetteer shipped with the library, loaded once per process on first use.</summary>
    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>How many places it knows.</summary>
    public int Count => Ready.Count;

    /// <summary>The place with id <paramref name="id"/> ("DE", "wiesbaden", "US-WA"), or null.</summary>
    public Place? Find(string id) => Ready.Find(id);

    /// <summary>
    /// The shipped gazetteer extended by <paramref name="files"/> (same YAML format): new places, or more names for a
    /// known id (<c>{id: mons, also: [Bergen]}</c>). A mistake is returned as an error naming the file (as given) and line.
    /// Relative paths are read from <paramref name="workingDirectory"/> (the process's current directory by default).
    /// </summary>
    public static (Gazetteer? Gazetteer, UserError? Error) Load(IEnumerable<string> files, string? workingDirectory = null) =>
        Load(files, [], workingDirectory);

    /// <summary>
    /// As <see cref="Load(IEnumerable{string}, string?)"/>, with the <c>places</c> of a factcheck.yml added first: each a city
    /// of its country, inside the place its <c>within</c> names (an id, or a name the gazetteer knows).
    /// </summary>
    public static (Gazetteer? Gazetteer, UserError? Error) Load(
        IEnumerable<string> files, IEnumerable<Configuration.PlaceConfig> configured, string? workingDirectory = null, LanguagePacks? languages = null)
    {
        if (IsShipped(files, configured)) return (Default, null);
        var entries = BuiltInEntries();
        foreach (var place in configured)
        {
            entries.Add(new GazetteerEntry(PlaceType.City, null, place.Name, ImmutableSortedDictionary<string, string>.Empty, [.. place.Aliases], place.Country,
                place.Within is { } within ? IdOf(entries, within) : null, false, "factcheck.yml", 0));
        }
        foreach (var file in files)
        {
            var (text, readError) = UserFile.ReadText(Path.GetFullPath(file, workingDirectory ?? Environment.CurrentDirectory), file, MaxPlacesBytes, "no such places file");
            if (text is null) return (null, readError);
            var (more, error) = GazetteerFile.Read(file, text, languages);
            if (error is not null) return (null, error);
            entries.AddRange(more);
        }
        return Build(entries);
    }

    private static bool IsShipped(IEnumerable<string> files, IEnumerable<Configuration.PlaceConfig> configured) => !files.Any() && !configured.Any();

    /// <summary>The names written as <paramref name="key"/> (folded), or null.</summary>
    internal PlaceName[]? Lookup(ReadOnlySpan<char> key) => Ready.Lookup(key);

    /// <summary>How many words the longest name starting with the folded word <paramref name="first"/> has; 0 when none starts so.</summary>
    internal int LongestFrom(ReadOnlySpan<char> first) => Ready.LongestFrom(first);

    /// <summary>Readies a look-up of <paramref name="key"/> (see <see cref="GazetteerTables.Prepare"/>).</summary>
    internal long PrepareLookup(ReadOnlySpan<char> key) => Ready.Prepare(key);

    /// <summary>The names written as <paramref name="key"/> (folded), or null, once <see cref="PrepareLookup"/> readied it.</summary>
    internal PlaceName[]? Lookup(ReadOnlySpan<char> key, long prepared) => Ready.Lookup(key, prepared);

    /// <summary>The id of the entry named <paramref name="name"/> (its id, or one of its names), or the name itself.</summary>
    private static string IdOf(List<GazetteerEntry> entries, string name) =>
        entries.FirstOrDefault(e => string.Equals(GazetteerFile.DefaultId(e), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) || e.Names.Values.Contains(name, StringComparer.OrdinalIgnoreCase)
            || e.Also.Contains(name, StringComparer.OrdinalIgnoreCase)) is { } found ? GazetteerFile.DefaultId(found) : name;

    private static List<GazetteerEntry> BuiltInEntries()
    {
        var (entries, error) = GazetteerFile.Read(BuiltInPath, EmbeddedData.Text(BuiltInPath));
        return error is null ? entries : throw new InvalidOperationException("The shipped gazetteer is broken: " + error);
    }

    private static (Gazetteer? Gazetteer, UserError? Error) Build(List<GazetteerEntry> entries)
    {
        var (index, error) = Index(entries);
        return index is null ? (null, error) : (new Gazetteer(index), null);
    }

    /// <summary>The index of the places of <paramref name="entries"/> (before GeoNames' rows), or the first mistake in them.</summary>
    private static (GazetteerIndex? Index, UserError? Error) Index(List<GazetteerEntry> entries)
    {
        // Merge: an entry for a known id without a name adds names to it.
        var drafts = new Dictionary<string, (GazetteerEntry Entry, List<(string Name, FrozenSet<string>? Languages)> Names)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            var id = GazetteerFile.DefaultId(entry);
            var written = new List<(string, FrozenSet<string>?)>();
            if (entry.Name is not null) written.Add((entry.Name, null));
            written.AddRange(entry.Names.Select(n => (n.Value, (FrozenSet<string>?)FrozenSet.Create(StringComparer.Ordinal, n.Key))));
            written.AddRange(entry.Also.Select(a => (a, (FrozenSet<string>?)null)));
            if (drafts.TryGetValue(id, out var known))
            {
                if (entry.Name is not null)
                    return (null, new UserError(entry.File, entry.Line, $"the id '{id}' is already used ({known.Entry.File}:{known.Entry.Line}); give this place another id, or leave out its name to add names to that one"));
                known.Names.AddRange(written);
                continue;
            }
            if (entry.Name is null) return (null, new UserError(entry.File, entry.Line, $"no place has the id '{id}'"));
            drafts[id] = (entry, written);
            order.Add(id);
        }

        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var byId = drafts.ToDictionary(d => d.Key, d => d.Value.Entry, StringComparer.Ordinal);
        foreach (var id in order)
        {
            var (_, error) = Resolve(id, byId, places, []);
            if (error is not null) return (null, error);
        }

        var index = new GazetteerIndex(GeoNamesFile.Capacity);
        foreach (var (id, place) in places) index.ById[id] = place;
        foreach (var kind in (PlaceType[])[PlaceType.Country, PlaceType.City, PlaceType.Region])
            foreach (var id in order.Where(i => drafts[i].Entry.Kind == kind))
                foreach (var (name, languages) in drafts[id].Names)
                    index.AddName(places[id], name, languages);
        return (index, null);
    }

    private static (Place? Place, UserError? Error) Resolve(
        string id, Dictionary<string, GazetteerEntry> entries, Dictionary<string, Place> places, HashSet<string> visiting)
    {
        if (places.TryGetValue(id, out var done)) return (done, null);
        var entry = entries[id];
        if (!visiting.Add(id)) return (null, new UserError(entry.File, entry.Line, $"'{id}' lies inside itself (through 'in')"));
        if (entry.Country is not null && (!entries.TryGetValue(entry.Country, out var c) || c.Kind != PlaceType.Country))
            return (null, new UserError(entry.File, entry.Line, $"'{entry.Country}' is not a country of the gazetteer"));
        var parentId = entry.In ?? (entry.Kind == PlaceType.Country ? null : entry.Country);
        Place? parent = null;
        if (parentId is not null)
        {
            if (!entries.ContainsKey(parentId)) return (null, new UserError(entry.File, entry.Line, $"no place has the id '{parentId}' (named by '{(entry.In is null ? "country" : "in")}')"));
            var (resolved, error) = Resolve(parentId, entries, places, visiting);
            if (error is not null) return (null, error);
            parent = resolved;
        }
        var country = entry.Kind == PlaceType.Country ? id : entry.Country ?? parent?.Country;
        var place = new Place(id, entry.Name!, entry.Names, entry.Kind, country, parent, entry.Ambiguous);
        places[id] = place;
        visiting.Remove(id);
        return (place, null);
    }
}
