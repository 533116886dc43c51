using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Pipeline;

/// <summary>
/// The stages of a run that a factcheck.yml configures, built once from the built-in data and the configuration: the
/// binder (lexicon), the normalizer (rates, tolerances) and the comparer (rules), and the rules themselves.
/// Every kind of claim has its object in each stage here.
/// </summary>
public sealed record CheckStages(RuleSet Rules, ClaimBinder Binder, ClaimNormalizer Normalizer, ClaimComparer Comparer)
{
    /// <summary>The stages as FactCheck ships them, with no factcheck.yml: the one list of every kind's binder, normalizer and rule.</summary>
    public static CheckStages Default { get; } = Build(FactCheckConfig.Empty).Stages
        ?? throw new InvalidOperationException("The built-in rules do not build.");

    /// <summary>The stages for <paramref name="config"/>, or the first mistake in its rule settings.</summary>
    public static (CheckStages? Stages, UserError? Error) Build(FactCheckConfig config)
    {
        var (rules, error) = RuleSet.Build(config);
        if (rules is null) return (null, error);
        var figureConflict = rules.Conflict("figure-conflict");
        var quantities = rules.Conflict("quantity-conflict");
        var percentages = rules.Conflict("percentage-conflict");
        var durations = rules.Conflict("duration-conflict");
        var dates = rules.Conflict("date-conflict");
        return (new CheckStages(
            rules,
            new ClaimBinder([new SubjectBinder(SubjectLexicon.Build(config)), PlaceBinder.Default, AttributionBinder.Default]),
            new ClaimNormalizer([
                new MoneyNormalizer(ExchangeRates.Build(config), figureConflict), PlaceNormalizer.Default,
                new QuantityNormalizer(quantities), new PercentageNormalizer(percentages), new DurationNormalizer(durations), DateNormalizer.Default, new AttributionNormalizer(config.People)]),
            new ClaimComparer(ImmutableArray.Create<IComparisonRule>(
                new FigureConflictCheck(figureConflict),
                new RestatementCheck(rules.Conflict("restatement-mismatch")),
                new PlaceConflictCheck(rules.Conflict("place-conflict")),
                new RangeConflictCheck(quantities, MentionKind.Quantity),
                new RangeConflictCheck(percentages, MentionKind.Percentage),
                new RangeConflictCheck(durations, MentionKind.Duration),
                new RangeConflictCheck(dates, MentionKind.Date),
                AttributionConflictCheck.Default))), null);
    }
}
