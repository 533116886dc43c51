using System.Buffers;
using System.Collections.Frozen;

namespace FactCheck.Kinds.Place;

/// <summary>
/// What a gazetteer's lookups read, whichever way the tables are held: built at start-up from the places files
/// (<see cref="IndexedTables"/>, for a user's places), or read from the shipped snapshot (<see cref="GazetteerSnapshot"/>).
/// </summary>
internal abstract class GazetteerTables
{
    /// <summary>How many places have an id.</summary>
    public abstract int Count { get; }

    /// <summary>The place with id <paramref name="id"/>, or null.</summary>
    public abstract Place? Find(string id);

    /// <summary>The names written as the folded <paramref name="key"/>, in the order they were added, or null.</summary>
    public abstract PlaceName[]? Lookup(ReadOnlySpan<char> key);

    /// <summary>How many words the longest name starting with the folded word <paramref name="first"/> has; 0 when none starts so.</summary>
    public abstract int LongestFrom(ReadOnlySpan<char> first);

    /// <summary>
    /// Readies a <see cref="Lookup(ReadOnlySpan{char}, long)"/> of <paramref name="key"/> asked soon after: what that look-up
    /// needs of the key, worked out now (the snapshot: its hash, with the processor asked to fetch its bucket meanwhile).
    /// A caller with several keys to try readies them all first, so that their waits on memory overlap.
    /// </summary>
    public virtual long Prepare(ReadOnlySpan<char> key) => 0;

    /// <summary><see cref="Lookup(ReadOnlySpan{char})"/>, given what <see cref="Prepare"/> returned for the same key.</summary>
    public virtual PlaceName[]? Lookup(ReadOnlySpan<char> key, long prepared) => Lookup(key);

    /// <summary>The distinct folded first words of the names that start with a lower-case word ("pays de Galles"), in the order of the names.</summary>
    public IReadOnlyList<string> LowerCaseFirstList { get; private set; } = [];

    /// <summary>The words of <see cref="LowerCaseFirstList"/>, for a vectorized search.</summary>
    public SearchValues<string> LowerCaseFirstWords { get; private set; } = SearchValues.Create([], StringComparison.OrdinalIgnoreCase);

    private FrozenSet<string> lowerCaseFirst = FrozenSet<string>.Empty;

    /// <summary>True when a name that starts with a lower-case word starts with the folded word <paramref name="first"/>.</summary>
    public bool StartsLowerCaseName(ReadOnlySpan<char> first) => lowerCaseFirst.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);

    /// <summary>Keeps <paramref name="words"/> as <see cref="LowerCaseFirstList"/>: each kind of tables' constructor gives the words it holds.</summary>
    protected void HoldLowerCaseFirstWords(string[] words)
    {
        LowerCaseFirstList = words;
        LowerCaseFirstWords = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        lowerCaseFirst = words.ToFrozenSet(StringComparer.Ordinal);
    }
}
