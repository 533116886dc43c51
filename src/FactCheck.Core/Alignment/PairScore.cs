using FactCheck.Frames;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Alignment;

/// <summary>
/// How strongly two claims of one kind and measure, from different sources, are the same fact. They never are when their
/// statuses, bases, parts or rounds differ, when both are tied to times that do not meet, or when one language names two
/// different holders. Beyond that: the same holder makes them strong, and so does a subject word of the lexicon or of
/// factcheck.yml on both sides ("the fund", "the headquarters": one thing of the story) when neither names another holder;
/// a holder one names and the other's sentence also names, content words their clauses share, a measure the packs'
/// lexicon matched across two languages, and each being stated in one sentence of its source add up to a medium alignment;
/// less is weak, and weak claims are not aligned.
/// </summary>
internal static class PairScore
{
    private const double ContextWord = 0.5;
    private const double MostContext = 2;
    private const double AloneBonus = 1;
    private const double AcrossLanguages = 0.5;
    private const double MediumAt = 1.5;

    /// <summary>
    /// Two sources dated further apart than this state a changing figure (a toll, a revenue, a count of users) as of
    /// different days, unless the clause ties it to a time: the stories' own measure of one event's coverage.
    /// </summary>
    private const int SameDays = 3;

    /// <summary>The score of two claims that cannot be one fact (other status, scope, moment or holder): no group holds both.</summary>
    public const double Never = -1;

    private static readonly (AlignmentStrength, double) Apart = (AlignmentStrength.Weak, Never);

    public static (AlignmentStrength Strength, double Score) Of(AlignedClaim a, AlignedClaim b, FrameConcepts concepts)
    {
        var (x, y) = (a.Frame, b.Frame);
        if (x.Status != y.Status || Moving(x.Status) || x.Scope.Basis != y.Scope.Basis || x.Scope.IsPart != y.Scope.IsPart) return Apart;
        if (x.Scope.Round is { } r1 && y.Scope.Round is { } r2 && r1 != r2) return Apart;
        if (StoryRounds.Unclear(x.Scope.Round, y.Scope.Round, a.StoryRounds.Value)) return Apart;
        if ((a.Claim.Dimension is { } d1 && b.Claim.Dimension is { } d2 && d1 != d2) || CountDifferentThings(x.CountedIn, y.CountedIn, a.Language == b.Language, concepts)) return Apart;
        if (x.Scope.Time is { } t1 && y.Scope.Time is { } t2 && !t1.Meets(t2)) return Apart;
        if (FarApart(a.Claim, b.Claim)) return Apart;
        if (!Comparable(a, b, concepts) || !SameMoment(a, b, concepts)) return Apart;
        var sameLanguage = a.Language == b.Language;
        if (sameLanguage && x.Occurrence is { } o1 && y.Occurrence is { } o2 && o1 != o2) return Apart;
        if (HolderMatch.Score(a.Holder, b.Holder, sameLanguage, out var named) is not { } holder || (holder <= 0 && PastFigure.Apart(a, b))) return Apart;
        // A date of nobody named ("in 1940") is of anything: only a holder both name makes them one. A share is of one of the
        // candidates, answers or parties the sentence names: only the same one makes two shares one fact. A subject word on
        // both sides ("the summit", "of GDP") names the story's one thing of that word, holder or not.
        var kind = a.Claim.Claim.Mention.Kind;
        var subjects = x.Measure!.Origin == MeasureOrigin.Subject && y.Measure!.Origin == MeasureOrigin.Subject;
        // The date of a once-only event of the story's own entity: one event, though a sentence leaves its holder to the context.
        var storyEvent = kind == ClaimKind.Date && holder <= 0 && x.Measure!.Key == y.Measure!.Key && StoryEntity.Both(x.Holder, y.Holder, a.StoryWords.Value);
        // A count a contest shares out (votes, seats) is one side's, as a share is: "20.7 millions de voix" and "10,6 millions de voix".
        var sides = concepts.Measure(x.Measure!.Key)?.Sides == true;
        if (!subjects && (((kind == ClaimKind.Percentage || sides) && holder < HolderMatch.Same) || (kind == ClaimKind.Date && holder <= 0 && !storyEvent))) return (AlignmentStrength.Weak, 0);
        var score = holder;
        if (x.Scope.Time is not null && y.Scope.Time is not null) score += ContextWord;
        if (sameLanguage) score += Math.Min(MostContext, ContextWord * a.Context.Count(b.Context.Contains));
        else if (!x.Measure!.IsStem) score += AcrossLanguages;
        if (a.Alone && b.Alone) score += AloneBonus;
        // "Four cars exploded" and "five of which [cars] exploded": an event's count of one noun matches on the event and the noun.
        if (x.Measure!.Origin == MeasureOrigin.Predicate && y.Measure!.Origin == MeasureOrigin.Predicate && x.CountedIn is { } counted && counted == y.CountedIn)
            score += ContextWord;
        var strength = holder >= HolderMatch.Same || (subjects && holder > 0) || (subjects && !named) ? AlignmentStrength.Strong
            : subjects || storyEvent || score >= MediumAt || StoryFigure.Both(a, b) ? AlignmentStrength.Medium
            : AlignmentStrength.Weak;
        // Related events (a signing and its announcement) may be one fact, or two on two days: never more than a warning.
        if (strength == AlignmentStrength.Strong && concepts.Family(x.Measure.Key) == concepts.Family(y.Measure!.Key) && x.Measure.Key != y.Measure.Key)
            strength = AlignmentStrength.Medium;
        return (strength, score);
    }

    /// <summary>
    /// Figures more than <see cref="FarApartRatio"/> times apart are not one figure written two ways: a price per share and a
    /// deal's total ("the 70 dlr bid", "5.67 billion dlrs"), earnings per share and a year's profit, a count and a figure
    /// whose scale word was not read. A slip of scale in a text (millions for billions) is a thousand times, and still
    /// disagrees.
    /// </summary>
    private static bool FarApart(NormalizedClaim a, NormalizedClaim b) =>
        a.Magnitude is var (scaleA, x) && b.Magnitude is var (scaleB, y) && scaleA == scaleB && x > 0 && y > 0 && Math.Max(x, y) > FarApartRatio * Math.Min(x, y);

    private const double FarApartRatio = 10_000;

    /// <summary>
    /// Two counts are of different things when the packs know both nouns as concepts of different families ("deaths",
    /// "injured"), and in one language when they differ and either is a noun the packs do not know ("12 goals", "2
    /// seasons"; "1.43 million votes", "39 constituencies"). Across languages an unknown noun may be the other's
    /// translation ("32 allies", "31 membres"), so it decides nothing there.
    /// </summary>
    private static bool CountDifferentThings(string? a, string? b, bool sameLanguage, FrameConcepts concepts)
    {
        if (a is null || b is null || a == b) return false;
        var (knownA, knownB) = (!a.Contains(':', StringComparison.Ordinal), !b.Contains(':', StringComparison.Ordinal));
        return knownA && knownB ? concepts.Family(a) != concepts.Family(b) : sameLanguage;
    }

    /// <summary>
    /// Figures given as they stood at some point ("premier bilan", "initially"), as hearsay, a hypothesis or a denial: two
    /// sources giving such figures are giving two moments or two guesses, and neither says the other is wrong.
    /// </summary>
    private static bool Moving(ClaimStatus status) =>
        status is ClaimStatus.Provisional or ClaimStatus.Earlier or ClaimStatus.Rumour or ClaimStatus.Hypothetical or ClaimStatus.Denial;

    /// <summary>
    /// A date or a place of an event that happens again ("met on Tuesday", "said in Paris") is compared only when a subject
    /// word names the event: the same people meet and speak many times.
    /// </summary>
    private static bool Comparable(AlignedClaim a, AlignedClaim b, FrameConcepts concepts)
    {
        var kind = a.Claim.Claim.Mention.Kind;
        if (kind != ClaimKind.Date && kind != ClaimKind.Place) return true;
        return OnceOnly(a.Frame.Measure!, concepts) && OnceOnly(b.Frame.Measure!, concepts);
    }

    /// <summary>
    /// A figure no clause ties to a time holds on its source's day when it states a state that changes (a toll, a revenue,
    /// a count), not an event that happened once (a price paid, a birth): two such figures of sources dated more than
    /// <see cref="SameDays"/> apart are about two moments, and so are two of a running tally of sources of different days when
    /// the later one is not below the earlier (or they are parts of it: a day's new cases).
    /// </summary>
    private static bool SameMoment(AlignedClaim a, AlignedClaim b, FrameConcepts concepts)
    {
        var kind = a.Claim.Claim.Mention.Kind;
        if (kind == ClaimKind.Date || kind == ClaimKind.Place || a.Frame.Scope.Time is not null || b.Frame.Scope.Time is not null) return true;
        if (OnceOnly(a.Frame.Measure!, concepts) && a.Frame.Measure!.Origin == MeasureOrigin.Predicate) return true;
        var (x, y) = (a.Claim.Claim.Mention.Sentence.Source.Date, b.Claim.Claim.Mention.Sentence.Source.Date);
        if (x is not { Origin: Inputs.DateOrigin.Declared, Day: not null } || y is not { Origin: Inputs.DateOrigin.Declared, Day: not null }) return true;
        var apart = y.Midpoint.DayNumber - x.Midpoint.DayNumber;
        if (Math.Abs(apart) > SameDays) return false;
        // A counterpart ("contre 3 602 samedi", "up from 20 pct a year ago") is the figure of the time its source compares
        // with, counted back from its own day: sources of different days compare with different times.
        if (apart != 0 && a.Frame.Status == ClaimStatus.Counterpart) return false;
        // A running tally (deaths, cases, arrests) rises while it is reported: the next day's higher toll is the same toll a
        // day on. A later toll below an earlier one is a disagreement (or a correction an editor wants to see). A part of it
        // ("2 new deaths", "dont 3 enfants") is the part of that day's tally, whichever way it moved.
        if (apart == 0 || !concepts.Grows(a.Frame.Measure!.Key) || !concepts.Grows(b.Frame.Measure!.Key)) return true;
        return !a.Frame.Scope.IsPart && (apart > 0 ? IsBelow(b, a) : IsBelow(a, b));
    }

    /// <summary>True when every value <paramref name="later"/> can mean is below every value <paramref name="earlier"/> can mean.</summary>
    private static bool IsBelow(AlignedClaim later, AlignedClaim earlier) =>
        later.Claim is RangedClaim { Range: { } l } && earlier.Claim is RangedClaim { Range: { } e } && l.Max < e.Min;

    private static bool OnceOnly(FrameMeasure measure, FrameConcepts concepts) =>
        measure.Origin == MeasureOrigin.Subject || concepts.Predicate(measure.Key)?.Once == true;
}
