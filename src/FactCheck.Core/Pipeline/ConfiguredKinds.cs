using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Mentions;

namespace FactCheck.Pipeline;

/// <summary>
/// Checks the kinds a factcheck.yml names (<c>subjects[].attributes[].kind</c>) against the kinds the run registers, and
/// that a tolerance is given only to a kind whose values have one: the configuration keeps names, the stages know the kinds.
/// </summary>
internal static class ConfiguredKinds
{
    public static UserError? Check(FactCheckConfig config, IReadOnlyList<ClaimKind> kinds)
    {
        foreach (var attribute in config.Subjects.SelectMany(s => s.Attributes))
        {
            var kind = kinds.FirstOrDefault(k => k.Name == attribute.Kind);
            if (kind is null)
                return new UserError(config.File, attribute.KindLine, $"{attribute.Where}.kind '{attribute.Kind}' is not one of {string.Join(", ", kinds.Select(k => k.Name))}");
            if (attribute.Tolerance is not null && !kind.TakesTolerance)
                return new UserError(config.File, attribute.ToleranceLine,
                    $"{attribute.Where}.tolerance: a {kind} is not a figure, so it has no tolerance (only {string.Join(", ", kinds.Where(k => k.TakesTolerance).Select(k => k.Name))} do)");
        }
        return null;
    }
}
