using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Reads each statement for comparison (<see cref="StatementText"/>); a statement with no speaker is kept, as unresolved.
/// The <c>people</c> of a factcheck.yml make one speaker of a person's aliases and roles in every source ("Stoltenberg",
/// "NATO Secretary General" → "Jens Stoltenberg"), where the shipped data can only do so within one source.
/// </summary>
public sealed class AttributionNormalizer(IEnumerable<Configuration.PersonConfig> people) : IClaimNormalizer
{
    private readonly Dictionary<string, string> personOf = PersonIndex(people);

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not AttributionMention attribution) return null;
        var speaker = claim.Speaker ?? new Speaker(attribution.Speaker?.Text ?? "(unknown)", SpeakerKind.Unresolved);
        if (speaker.Kind is SpeakerKind.Named or SpeakerKind.Role && personOf.TryGetValue(Key(speaker.Name), out var person))
            speaker = speaker with { Name = person, Kind = SpeakerKind.Named };
        var language = attribution.Sentence.Source.Language;
        // The statement's words are read for comparison when the conflict check first asks (AttributionClaim.Text).
        return new AttributionClaim(claim, attribution, speaker, language);
    }

    private static Dictionary<string, string> PersonIndex(IEnumerable<Configuration.PersonConfig> people)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in people)
            foreach (var name in person.Aliases.Concat(person.Roles).Append(person.Name)) index[Key(name)] = person.Name;
        return index;
    }

    private static string Key(string name) => StatementText.Plain(name);
}
