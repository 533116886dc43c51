using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Place;

/// <summary>A place claim: the gazetteer's <see cref="Place"/>, shown by its English name whatever the spelling ("Kiev" is Kyiv).</summary>
public sealed record PlaceClaim(Claim Claim, PlaceMention PlaceMention) : NormalizedClaim(Claim)
{
    /// <summary>The place the text names.</summary>
    public Place Place => PlaceMention.Place;

    /// <inheritdoc/>
    public override string Display => Place.Name;

    /// <summary>"(written Bruxelles) in Belgium": the spelling when it differs, and what contains the place.</summary>
    public override string? Reading
    {
        get
        {
            var written = PlaceMention.Text;
            var spelling = string.Equals(written, Place.Name, StringComparison.Ordinal) ? null : $"(written “{written}”)";
            var within = Place.Containers.Where(p => p.Kind != PlaceType.Region || p.Country is not null).Select(p => p.Name).ToList();
            var inside = within.Count == 0 ? null : "in " + string.Join(", ", within);
            return spelling is null && inside is null ? null : string.Join(' ', new[] { spelling, inside }.Where(s => s is not null));
        }
    }

    /// <inheritdoc/>
    public bool Equals(PlaceClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
