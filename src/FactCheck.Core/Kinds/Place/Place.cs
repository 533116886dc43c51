using System.Collections.Immutable;

namespace FactCheck.Kinds.Place;

/// <summary>What type of place an entry of the gazetteer is: a region, a country or a city.</summary>
public enum PlaceType
{
    /// <summary>A continent or a region inside a country (a state, a province, a Land, an oblast).</summary>
    Region,

    /// <summary>A country or territory with an ISO 3166-1 alpha-2 code.</summary>
    Country,

    /// <summary>A city, a town or a site (a base, a headquarters town).</summary>
    City,

    /// <summary>A place no gazetteer knows, named by a sentence after a locative predicate ("died at the UCLA Medical Center").</summary>
    Site,
}

/// <summary>
/// A place of the gazetteer: <see cref="Id"/> is stable, <see cref="Name"/> is the English name reports show (Kyiv for
/// Kiev, Kyïv and Kiev alike), <see cref="Names"/> its names in other languages by code (fr: "Allemagne"),
/// <see cref="Country"/> the ISO 3166-1 alpha-2 code (null for a continent), and <see cref="Parent"/> the place that contains it.
/// </summary>
public sealed record Place(string Id, string Name, ImmutableSortedDictionary<string, string> Names, PlaceType Kind, string? Country, Place? Parent, bool Ambiguous)
{
    /// <summary>True when <paramref name="other"/> is this place or lies inside it (Germany contains Wiesbaden).</summary>
    public bool Contains(Place other)
    {
        for (var p = other; p is not null; p = p.Parent)
            if (ReferenceEquals(p, this) || p.Id == Id) return true;
        return false;
    }

    /// <summary>
    /// True when the two places can both be right: one contains the other, or one is a site in nothing known (it may lie
    /// in any gazetteer place, but not be another site).
    /// </summary>
    public bool AgreesWith(Place other) =>
        Contains(other) || other.Contains(this) || (IsUnplacedSite && other.Kind != PlaceType.Site) || (other.IsUnplacedSite && Kind != PlaceType.Site);

    private bool IsUnplacedSite => Kind == PlaceType.Site && Parent is null;

    /// <summary>The places that contain this one, nearest first (Hesse, Germany, Europe for Wiesbaden).</summary>
    public IEnumerable<Place> Containers
    {
        get
        {
            for (var p = Parent; p is not null; p = p.Parent) yield return p;
        }
    }

    /// <summary>The country this place lies in, as a place (itself for a country), or null.</summary>
    public Place? CountryPlace => Kind == PlaceType.Country ? this : Containers.FirstOrDefault(p => p.Kind == PlaceType.Country);

    /// <summary>How deep the place lies: 0 for a continent, more for what it contains.</summary>
    public int Depth => Containers.Count();

    // Places are compared by id: a user's file may load the same gazetteer twice.
    /// <inheritdoc/>
    public bool Equals(Place? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
