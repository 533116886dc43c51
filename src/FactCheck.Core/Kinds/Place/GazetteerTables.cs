using System.Buffers;

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

    /// <summary>The folded first words of the names that start with a lower-case word, for a vectorized search.</summary>
    public abstract SearchValues<string> LowerCaseFirstWords { get; }

    /// <summary>True when a name that starts with a lower-case word starts with the folded word <paramref name="first"/>.</summary>
    public abstract bool StartsLowerCaseName(ReadOnlySpan<char> first);
}
