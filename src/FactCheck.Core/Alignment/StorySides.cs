using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Kinds.Place;
using FactCheck.Normalization;

namespace FactCheck.Alignment;

/// <summary>
/// The sides of a story's contest. A figure of a measure that a contest shares out (votes, seats) is one side's: an
/// answer's, a candidate's or a party's. A sentence often gives it to the electorate instead ("New Caledonia chose to stay
/// French with 56.7% of the vote") or to no one ("avec 56,7 % des voix (contre 43,3 %)"); the place every source of the
/// story names is where the vote was held, not a side. When the story gives every such figure of one measure, kind and
/// status to one side only ("the No won 56.4%", "contre 43,6 % pour le oui"), a figure that names no side, or only that
/// place, is that side's: the winner's share as the result, the loser's as the compared figure.
/// </summary>
internal sealed class StorySides
{
    private readonly FrameConcepts concepts;
    private readonly FrozenSet<string> places;
    private readonly FrozenDictionary<(string Kind, string Measure, ClaimStatus Status), FrameHolder> sides;
    private readonly FrozenSet<(string Source, string Kind, string Measure, ClaimStatus Status)> named;
    private readonly SourceWords texts;

    private StorySides(FrameConcepts concepts, FrozenSet<string> places, FrozenDictionary<(string, string, ClaimStatus), FrameHolder> sides,
        FrozenSet<(string, string, string, ClaimStatus)> named, SourceWords texts) =>
        (this.concepts, this.places, this.sides, this.named, this.texts) = (concepts, places, sides, named, texts);

    /// <summary>A story with no sides: every claim keeps its own holder.</summary>
    public static StorySides None { get; } = new(FrameConcepts.Shipped, FrozenSet<string>.Empty, FrozenDictionary<(string, string, ClaimStatus), FrameHolder>.Empty,
        FrozenSet<(string, string, string, ClaimStatus)>.Empty, new SourceWords());

    /// <summary>The sides of the story of <paramref name="claims"/>, read only when a pair asks for a holder.</summary>
    public static Lazy<StorySides> Of(ImmutableArray<NormalizedClaim> claims, FrameConcepts concepts, SourceWords texts) => new(() =>
    {
        // A story with no held figure of a shared measure has no side, whatever its places: most stories, whose places were
        // read source by source for nothing (0.2 % of a check's samples, perf, AOT, bench corpus).
        if (!AnyHeldShare(claims, concepts)) return None;
        var places = StoryPlaces(claims);
        var held = claims.Where(c => Shared(c, concepts) && c.Frame.Holder is { } h && !places.Contains(h.Key)).ToList();
        var sides = held.GroupBy(c => (c.Claim.Mention.Kind.Name, c.Frame.Measure!.Key, c.Frame.Status))
            .Where(g => g.Select(c => c.Frame.Holder!.Key).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First().Frame.Holder! with { Sure = false, Others = [] });
        return new StorySides(concepts, places, sides, held.Select(c => (c.SourceId, c.Claim.Mention.Kind.Name, c.Frame.Measure!.Key, c.Frame.Status)).ToFrozenSet(), texts);
    });

    /// <summary>
    /// The claim's holder: its own, or the story's one side when it names none or only the story's place, its source writes
    /// the name of a side of the contest, and gives no other such figure to a side of its own ("he won with 92% … he had won
    /// in 2016 with 39%": a source that names the side of one figure and not of the other speaks of two).
    /// </summary>
    public FrameHolder? HolderOf(NormalizedClaim claim)
    {
        var holder = claim.Frame.Holder;
        if (sides.Count == 0 || !Shared(claim, concepts) || (holder is not null && !places.Contains(holder.Key))) return holder;
        var (kind, measure, status) = (claim.Claim.Mention.Kind.Name, claim.Frame.Measure!.Key, claim.Frame.Status);
        if (!sides.TryGetValue((kind, measure, status), out var side) || named.Contains((claim.SourceId, kind, measure, status))) return holder;
        // The contest's sides are the source's too when it names one of them ("la victoire du non … contre 43 %").
        var source = claim.Claim.Mention.Sentence.Source;
        return sides.Any(p => p.Key.Kind == kind && p.Key.Measure == measure && texts.Writes(source, p.Value.Name)) ? side : holder;
    }

    /// <summary>True when some claim states a measure a contest shares out and names a holder: the only ones a side is read from.</summary>
    private static bool AnyHeldShare(ImmutableArray<NormalizedClaim> claims, FrameConcepts concepts)
    {
        foreach (var claim in claims)
            if (claim.Frame.Holder is not null && Shared(claim, concepts)) return true;
        return false;
    }

    private static bool Shared(NormalizedClaim claim, FrameConcepts concepts) =>
        claim.Frame.Measure is { } measure && concepts.Measure(measure.Key)?.Sides == true;

    /// <summary>The places (as holder keys, "place:…") that every source of the story names, when it has two sources or more.</summary>
    private static FrozenSet<string> StoryPlaces(ImmutableArray<NormalizedClaim> claims)
    {
        var bySource = claims.GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .Select(g => g.OfType<PlaceClaim>().Select(p => "place:" + p.PlaceMention.Place.Id).ToHashSet(StringComparer.Ordinal)).ToList();
        if (bySource.Count < 2) return FrozenSet<string>.Empty;
        return bySource.Skip(1).Aggregate(bySource[0], (all, next) => { all.IntersectWith(next); return all; }).ToFrozenSet(StringComparer.Ordinal);
    }
}
