namespace FactCheck.Kinds.Place;

/// <summary>The lookup tables of a <see cref="GazetteerIndex"/> once it is complete: plain dictionaries.</summary>
internal sealed class IndexedTables : GazetteerTables
{
    public IndexedTables(GazetteerIndex index)
    {
        Index = index;
        HoldLowerCaseFirstWords([.. index.LowerCaseNames.Select(n => PlaceText.Key(n).Split(' ')[0]).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The index the tables read.</summary>
    public GazetteerIndex Index { get; }

    public override int Count => Index.ById.Count;

    public override Place? Find(string id) => Index.ById.GetValueOrDefault(id);

    public override PlaceName[]? Lookup(ReadOnlySpan<char> key) =>
        Index.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found) ? found : null;

    public override int LongestFrom(ReadOnlySpan<char> first) =>
        Index.LongestFrom.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var words) ? words : 0;
}
