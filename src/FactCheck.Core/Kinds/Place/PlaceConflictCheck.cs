using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Place;

/// <summary>
/// place-conflict: groups bound place claims by subject and attribute and splits each group into sides whose places lie on
/// one line of containment (Wiesbaden, Hesse, Germany); a finding when two sides come from different sources. A claim that
/// contains places of several sides ("Europe" beside Brussels and Wiesbaden) agrees with each and takes no side.
/// </summary>
public sealed class PlaceConflictCheck(ConflictRule rule) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The conflicts between the sources of one story, fact by fact.</summary>
    public IEnumerable<Finding> Compare(StoryClaims story)
    {
        foreach (var fact in story.Facts.Where(f => f.Kind == ClaimKind.Place))
        {
            var sides = InConflict(Sides([.. fact.Claims.Concat(fact.Alternates).OfType<PlaceClaim>()]));
            if (sides.Count < 2) continue;
            var values = sides.Select(s => new ValueGroup(Display(s.Place), [.. s.Members.Cast<NormalizedClaim>()])).ToImmutableArray();
            yield return new Finding(rule.Id, Levels.Parse(rule.Level), fact.Subject, fact.Attribute, Message(fact.Subject, sides), values) { Fact = fact };
        }
    }

    /// <summary>
    /// The most precise places first: a claim joins the one side all of whose places contain it or lie in it; one that fits
    /// no side starts a new one, one that fits several (a country holding two sides' cities) stays out of the finding.
    /// </summary>
    private static List<Side> Sides(List<PlaceClaim> claims)
    {
        var sides = new List<Side>();
        foreach (var claim in claims.OrderByDescending(c => c.Place.Depth))
        {
            var fits = sides.Where(s => s.Members.TrueForAll(m => m.Place.AgreesWith(claim.Place))).Take(2).ToList();
            if (fits.Count == 0) sides.Add(new Side(claim));
            else if (fits.Count == 1) fits[0].Members.Add(claim);
        }
        foreach (var side in sides) side.Members.Sort((a, b) => claims.IndexOf(a).CompareTo(claims.IndexOf(b)));
        return [.. sides.OrderBy(s => claims.IndexOf(s.Members[0]))];
    }

    /// <summary>The sides that disagree with a side from other sources: one source naming two places is not a disagreement between sources.</summary>
    private static List<Side> InConflict(List<Side> sides) =>
        [.. sides.Where(s => sides.Exists(o => o != s && !o.Sources.SetEquals(s.Sources)))];

    /// <summary>"Wiesbaden (Germany)", "Germany", "Donetsk (Ukraine)".</summary>
    private static string Display(Place place) =>
        place.CountryPlace is { } country && country != place ? $"{place.Name} ({country.Name})" : place.Name;

    /// <summary>"The sources disagree on where the headquarters is: Brussels (Belgium, 1 source) vs Wiesbaden (Germany, 2 sources; Hesse contains Wiesbaden)."</summary>
    private static string Message(string subject, List<Side> sides)
    {
        var verb = subject.EndsWith("talks", StringComparison.Ordinal) ? "are" : "is";
        var parts = sides.Select(side =>
        {
            var sources = side.Sources.Count == 1 ? "1 source" : string.Create(CultureInfo.InvariantCulture, $"{side.Sources.Count} sources");
            var broader = side.Members.Select(m => m.Place).Where(p => p != side.Place).Distinct().Select(p => p.Name).ToList();
            var containing = broader.Count == 0 ? "" : $"; {string.Join(" and ", broader)} {(broader.Count == 1 ? "contains" : "contain")} {side.Place.Name}";
            var country = side.Place.CountryPlace is { } c && c != side.Place ? c.Name + ", " : "";
            return $"{side.Place.Name} ({country}{sources}{containing})";
        });
        var none = sides.Count == 2 ? "Neither place contains the other." : "None of these places contains another.";
        return $"The sources disagree on where the {subject} {verb}: {string.Join(" vs ", parts)}. {none}";
    }

    /// <summary>One side: claims whose places lie on one line of containment; <see cref="Place"/> is the most precise of them.</summary>
    private sealed class Side(PlaceClaim first)
    {
        public Place Place { get; } = first.Place;

        public List<PlaceClaim> Members { get; } = [first];

        public HashSet<string> Sources => [.. Members.Select(m => m.SourceId)];
    }
}
