using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Normalization;

/// <summary>What normalizing one claim may need to know about the whole set of sources.</summary>
public sealed record NormalizationContext(ImmutableArray<SourceDocument> Sources)
{
    /// <summary>The date an undated source borrows: the median of the other sources' dates (declared ones first).</summary>
    public SourceDate? SetDate { get; } = DateOfTheSet(Sources);

    private static SourceDate? DateOfTheSet(ImmutableArray<SourceDocument> sources)
    {
        var declared = sources.Where(s => s.Date?.Origin == DateOrigin.Declared).Select(s => s.Date!).ToList();
        var known = declared.Count > 0 ? declared : [.. sources.Where(s => s.Date is not null).Select(s => s.Date!)];
        return known.Count == 0 ? null : known.OrderBy(d => d.Midpoint).ElementAt(known.Count / 2);
    }
}
