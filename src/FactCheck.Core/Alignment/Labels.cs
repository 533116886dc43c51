using System.Globalization;
using FactCheck.Frames;

namespace FactCheck.Alignment;

/// <summary>How a fact is named in reports: its subject and attribute, and why its claims were put together.</summary>
internal static class Labels
{
    private const int MostWordings = 3;

    /// <summary>The subject word that bound the claims ("fund"), the measure's concept ("deaths"), or the word a source wrote.</summary>
    public static string Subject(List<AlignedClaim> claims) =>
        claims.Select(c => c.Claim.Claim.Subject).FirstOrDefault(s => s is not null)
        ?? (claims[0].Frame.Measure!.IsStem ? claims[0].Frame.Measure!.Written.ToLowerInvariant() : claims[0].Frame.Measure!.Key);

    /// <summary>
    /// The attribute the binding named ("amount"), or what a claim of the kind states: a quantity in a unit states its
    /// dimension ("the collapse's length: 45 m vs 200 m") unless its measure already names it ("the distance's figure"),
    /// one without a unit a count, a time of day its time.
    /// </summary>
    public static string Attribute(List<AlignedClaim> claims, FrameConcepts concepts) =>
        claims.Select(c => c.Claim.Claim.Attribute).FirstOrDefault(a => a is not null) ?? claims[0].Claim.Claim.Mention.Kind.Name switch
        {
            "money" => "amount",
            "quantity" => claims[0].Claim.Dimension is not { } dimension || dimension == "count" ? "count"
                : concepts.Measure(claims[0].Frame.Measure!.Key)?.Dimension == dimension ? "figure" : dimension,
            "place" => "location",
            "date" when claims[0].Claim is Kinds.Date.DateClaim { Clock: not null } => "time",
            var kind => kind,
        };

    /// <summary>
    /// The first <see cref="MostWordings"/> of the claims' measures as written, lower case, each once, in ordinal order. A list
    /// sorted in place: a distinct set, an ordered iterator and its take were made for every fact (0.2 % of a check's samples, perf, AOT).
    /// </summary>
    private static string Wordings(List<AlignedClaim> claims)
    {
        var wordings = new List<string>(claims.Count);
        foreach (var c in claims)
            if (c.Frame.Measure!.Written.ToLowerInvariant() is var written && !wordings.Contains(written)) wordings.Add(written);
        wordings.Sort(string.CompareOrdinal);
        return string.Join(" ≈ ", wordings.Count > MostWordings ? wordings.GetRange(0, MostWordings) : wordings);
    }

    /// <summary>"morts ≈ deaths · Sfax · 12 March 2021 · provisional": the measure as written, then what the claims share.</summary>
    public static string MatchedOn(List<AlignedClaim> claims)
    {
        var parts = new List<string> { Wordings(claims) };
        var holders = claims.Where(c => c.Frame.Holder is not null).GroupBy(c => c.Frame.Holder!.Key).OrderByDescending(g => g.Select(c => c.Source).Distinct().Count()).FirstOrDefault();
        if (holders is not null && holders.Select(c => c.Source).Distinct().Count() > 1) parts.Add(holders.First().Frame.Holder!.Name);
        if (claims.All(c => c.Frame.Scope.Time is not null)) parts.Add(claims[0].Frame.Scope.Time!.Display);
        var scope = claims[0].Frame.Scope;
        if (scope.Basis is { } basis) parts.Add(basis.Replace('-', ' '));
        if (scope.IsPart) parts.Add("part");
        if (claims.Select(c => c.Frame.Scope.Round).FirstOrDefault(r => r is not null) is { } round) parts.Add(round.Replace('-', ' '));
        if (claims[0].Frame.Status != ClaimStatus.Fact) parts.Add(claims[0].Frame.Status.ToString().ToLower(CultureInfo.InvariantCulture));
        return string.Join(" · ", parts);
    }
}
