using FactCheck.Frames;
using FactCheck.Mentions;

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

    public static (AlignmentStrength Strength, double Score) Of(AlignedClaim a, AlignedClaim b, FrameConcepts concepts)
    {
        var (x, y) = (a.Frame, b.Frame);
        if (x.Status != y.Status || x.Scope.Basis != y.Scope.Basis || x.Scope.IsPart != y.Scope.IsPart) return (AlignmentStrength.Weak, 0);
        if (x.Scope.Round is { } r1 && y.Scope.Round is { } r2 && r1 != r2) return (AlignmentStrength.Weak, 0);
        if (x.Scope.Time is { } t1 && y.Scope.Time is { } t2 && !t1.Meets(t2)) return (AlignmentStrength.Weak, 0);
        if (!Comparable(a, b, concepts)) return (AlignmentStrength.Weak, 0);
        var sameLanguage = a.Language == b.Language;
        if (HolderMatch.Score(x.Holder, y.Holder, sameLanguage, out var named) is not { } holder) return (AlignmentStrength.Weak, 0);
        var score = holder;
        if (x.Scope.Time is not null && y.Scope.Time is not null) score += ContextWord;
        if (sameLanguage) score += Math.Min(MostContext, ContextWord * a.Context.Count(b.Context.Contains));
        else if (!x.Measure!.IsStem) score += AcrossLanguages;
        if (a.Alone && b.Alone) score += AloneBonus;
        var subjects = x.Measure!.Origin == MeasureOrigin.Subject && y.Measure!.Origin == MeasureOrigin.Subject;
        var strength = holder >= HolderMatch.Same || (subjects && holder > 0) || (subjects && !named) ? AlignmentStrength.Strong
            : subjects || score >= MediumAt ? AlignmentStrength.Medium
            : AlignmentStrength.Weak;
        // Related events (a signing and its announcement) may be one fact, or two on two days: never more than a warning.
        if (strength == AlignmentStrength.Strong && concepts.Family(x.Measure.Key) == concepts.Family(y.Measure!.Key) && x.Measure.Key != y.Measure.Key)
            strength = AlignmentStrength.Medium;
        return (strength, score);
    }

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

    private static bool OnceOnly(FrameMeasure measure, FrameConcepts concepts) =>
        measure.Origin == MeasureOrigin.Subject || concepts.Predicate(measure.Key)?.Once == true;
}
