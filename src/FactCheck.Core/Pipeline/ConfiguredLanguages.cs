using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Pipeline;

/// <summary>
/// Checks the languages a factcheck.yml names (its subjects' names by language, its sources' <c>language</c>) against the
/// packs the run reads: the configuration keeps codes, the stages know the packs.
/// </summary>
internal static class ConfiguredLanguages
{
    public static UserError? Check(FactCheckConfig config, LanguagePacks languages)
    {
        foreach (var subject in config.Subjects)
            if (NamesByLanguage.Unknown(config.File, subject.Names, code => languages[code] is not null, languages.Codes, subject.Where) is { } error) return error;
        foreach (var source in config.Sources)
            if (source.Metadata.Language is { } code && languages[code] is null)
                return new UserError(config.File, source.LanguageLine, $"{source.Where}.language '{code}' is not supported ({languages.Codes})");
        return null;
    }
}
