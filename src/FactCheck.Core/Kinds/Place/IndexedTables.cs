using System.Buffers;
using System.Collections.Frozen;

namespace FactCheck.Kinds.Place;

/// <summary>The lookup tables of a <see cref="GazetteerIndex"/> once it is complete: plain dictionaries.</summary>
internal sealed class IndexedTables : GazetteerTables
{
    private readonly FrozenSet<string> lowerCaseFirst;

    public IndexedTables(GazetteerIndex index)
    {
        Index = index;
        string[] firsts = [.. index.LowerCaseNames.Select(n => PlaceText.Key(n).Split(' ')[0]).Distinct(StringComparer.Ordinal)];
        LowerCaseFirstList = firsts;
        LowerCaseFirstWords = SearchValues.Create(firsts, StringComparison.OrdinalIgnoreCase);
        lowerCaseFirst = LowerCaseFirstList.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The index the tables read.</summary>
    public GazetteerIndex Index { get; }

    /// <summary>The distinct folded first words of the names that start with a lower-case word, in the order of the names.</summary>
    public IReadOnlyList<string> LowerCaseFirstList { get; }

    public override int Count => Index.ById.Count;

    public override SearchValues<string> LowerCaseFirstWords { get; }

    public override Place? Find(string id) => Index.ById.GetValueOrDefault(id);

    public override PlaceName[]? Lookup(ReadOnlySpan<char> key) =>
        Index.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found) ? found : null;

    public override int LongestFrom(ReadOnlySpan<char> first) =>
        Index.LongestFrom.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var words) ? words : 0;

    public override bool StartsLowerCaseName(ReadOnlySpan<char> first) => lowerCaseFirst.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
}
