using System.Collections.Frozen;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The gazetteer's lookup tables while they are filled: every place by id, and every way of writing a place by folded
/// name (<see cref="PlaceText.Key(string)"/>). A name shared by several places lists them in the order they were added, so the
/// places added first (the hand-written file's) are the reading a sentence gets when nothing else decides. Plain
/// dictionaries: tens of thousands of names are added at start-up, and freezing them would cost more than it saves.
/// </summary>
internal sealed class GazetteerIndex(int capacity)
{
    /// <summary>Places by id.</summary>
    public Dictionary<string, Place> ById { get; } = new(capacity, StringComparer.Ordinal);

    /// <summary>The places a folded name may be.</summary>
    public Dictionary<string, PlaceName[]> Names { get; } = new(capacity * 2, StringComparer.Ordinal);

    /// <summary>For each folded first word, how many words the longest name starting with it has.</summary>
    public Dictionary<string, int> LongestFrom { get; } = new(capacity * 2, StringComparer.Ordinal);

    /// <summary>The names as written that start with a lower-case word ("pays de Galles").</summary>
    public List<string> LowerCaseNames { get; } = [];

    /// <summary>
    /// Adds <paramref name="name"/> as a way of writing <paramref name="place"/> in <paramref name="languages"/> (null: every
    /// language). The same place written twice keeps one entry, every language's if either spelling was.
    /// When <paramref name="onlyNew"/>, a name that already stands for another place is not added. Returns whether it was.
    /// </summary>
    public bool AddName(Place place, ReadOnlySpan<char> name, FrozenSet<string>? languages, bool onlyNew = false)
    {
        Span<char> buffer = stackalloc char[256];
        var length = PlaceText.Key(name, buffer);
        return length > 0 && AddKey(place, name, new string(buffer[..length]), languages, onlyNew);
    }

    /// <summary>
    /// As <see cref="AddName"/>, with the name's key (<see cref="PlaceText.Key(string)"/>) already made. Keys are strings,
    /// not spans looked up as strings: the dictionaries' string code is compiled ahead of time, and at start-up, when tens
    /// of thousands of names are added, code that must first be compiled runs several times slower.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool AddKey(Place place, ReadOnlySpan<char> name, string key, FrozenSet<string>? languages, bool onlyNew = false)
    {
        var initialism = IsInitialism(name);
        if (!Names.TryGetValue(key, out var names))
        {
            Names[key] = [new PlaceName(place, languages, initialism)];
            if (char.IsLower(name[0])) LowerCaseNames.Add(name.ToString());
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? key : key[..space];
            var words = space < 0 ? 1 : PlaceText.WordCount(key);
            if (!LongestFrom.TryGetValue(first, out var known) || words > known) LongestFrom[first] = words;
            return true;
        }
        var at = Array.FindIndex(names, n => ReferenceEquals(n.Place, place));
        if (at < 0)
        {
            if (onlyNew) return false;
            Names[key] = [.. names, new PlaceName(place, languages, initialism)];
            return true;
        }
        names[at] = names[at] with
        {
            // A spelling every language writes stays so; two languages' spellings that coincide are both languages'.
            Languages = names[at].Languages is null || languages is null ? null : names[at].Languages!.Union(languages).ToFrozenSet(StringComparer.Ordinal),
            Initialism = names[at].Initialism && initialism,
        };
        return true;
    }

    /// <summary>The place of type <paramref name="kind"/> in <paramref name="country"/> written as the folded <paramref name="key"/>, or null.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public Place? Find(ReadOnlySpan<char> key, string? country, PlaceType kind)
    {
        if (!Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var names)) return null;
        foreach (var written in names)
            if (written.Place.Kind == kind && written.Place.Country == country) return written.Place;
        return null;
    }

    /// <summary>"US", "U.S.", "UAE", "DRC": written in capitals, and only found so (not "us" nor "Us").</summary>
    private static bool IsInitialism(ReadOnlySpan<char> name)
    {
        if (name.Length > 6) return false;
        foreach (var c in name)
            if (!char.IsUpper(c) && c != '.') return false;
        return true;
    }
}
