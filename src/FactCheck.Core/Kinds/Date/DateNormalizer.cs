using FactCheck.Binding;
using FactCheck.Inputs;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Date;

/// <summary>Dates placed on the calendar, relative ones from their source's declared date (see <see cref="DateResolver"/>).</summary>
public sealed class DateNormalizer : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not DateMention date) return null;
        var source = date.Sentence.Source;
        return new DateClaim(claim, date, DateResolver.Resolve(date.Date, source), date.Date.IsRelative && source.Date is { Origin: DateOrigin.Declared } d ? d.Iso : null);
    }
}
