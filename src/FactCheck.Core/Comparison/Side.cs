using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>
/// One side of a conflict: claims that agree, the interval they all share, and the sources they come from. A claim joins a
/// side when its interval meets the side's common interval; <c>rangeOf</c> says which interval of a claim counts here.
/// </summary>
internal class Side<T>(Func<T, ValueRange?> rangeOf) where T : NormalizedClaim
{
    private ValueRange? common;

    public List<T> Members { get; } = [];

    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The sources of the side that are drafts: a draft stating two values that cannot both be true contradicts itself.</summary>
    public HashSet<string> Drafts { get; } = new(StringComparer.Ordinal);

    public bool Accepts(T claim) => rangeOf(claim) is { } range && common is { } shared && range.Meets(shared);

    public void Add(T claim)
    {
        Members.Add(claim);
        Sources.Add(claim.SourceId);
        if (claim.Claim.Mention.Sentence.Source.Role == FactCheck.Inputs.SourceRole.Draft) Drafts.Add(claim.SourceId);
        if (rangeOf(claim) is { } range) common = common is { } shared ? shared.Intersect(range) : range;
    }
}
