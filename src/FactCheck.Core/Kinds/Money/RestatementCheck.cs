using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Inputs;
using FactCheck.Normalization;
using FactCheck.Rules;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Money;

/// <summary>
/// "$100bn (£79.5bn)": the figure and its bracketed conversion must agree at the rates of the source's date,
/// each read to its own precision, give or take the rule's rate band (annual averages against the day's rate).
/// When they do not, the sentence states two amounts for one thing.
/// </summary>
public sealed class RestatementCheck(ConflictRule rule) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The mismatches of one story, in claim order.</summary>
    public IEnumerable<Finding> Compare(StoryClaims story)
    {
        foreach (var claim in story.Claims.OfType<MoneyClaim>())
        {
            var money = claim.Money;
            // Only a declared date within the table gives the rates the writer used (the source's own, or its story's); a date
            // guessed from the text or the nearest year's rates would make the mismatch say more about the guess than the text.
            // An undated source is checked at the date its story's sources declare: a wrong conversion shows at any rate of that year.
            var declared = money.Sentence.Source.Date is { Origin: DateOrigin.Declared } date && (claim.Rate ?? claim.RestatementRate)?.Year == date.Year;
            if (!declared && !claim.DatedByStory) continue;
            if (claim is not { InEuros: { } stated, RestatedInEuros: { } restated }) continue;
            if (stated.Meets(new ValueRange(restated.Min * (1 - rule.RateBand), restated.Max * (1 + rule.RateBand)))) continue;
            var first = MoneyFormat.Display(money);
            var second = MoneyFormat.Display(money.Restatement!);
            // The restatement's own rate converts euros into its currency; a restatement in euros needs none.
            var perEuro = claim.RestatementRate?.PerEuro ?? 1;
            var rate = claim.RestatementRate ?? claim.Rate;
            var message = $"{first} is written as {second} in brackets, but at {rate} {first} is about "
                + $"{MoneyFormat.Amount((decimal)(Midpoint(stated) * perEuro), money.Restatement!.Currency)}.";
            yield return new Finding(rule.Id, Levels.Parse(rule.Level), claim.Claim.Subject, claim.Claim.Attribute ?? "amount", message,
                [new ValueGroup(first, [claim]), new ValueGroup(second, [claim])]) { Story = story.Story.Id, MatchedOn = "one figure and its conversion in brackets" };
        }
    }

    /// <summary>
    /// A source alone in its story can restate its own figure: the sentence must hold a bracket with a digit in it, where
    /// the conversion is written ("$4bn (£2.1bn)"). A conversion spelled out in words ("(about five pounds)") is not looked for.
    /// </summary>
    public bool MayFindAlone(Sentence sentence)
    {
        var text = sentence.Text.AsSpan();
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('('))
        {
            text = text[(open + 1)..];
            var close = text.IndexOf(')');
            if (close < 0) return false;
            if (text[..close].IndexOfAnyInRange('0', '9') >= 0) return true;
            text = text[(close + 1)..];
        }
        return false;
    }

    private static double Midpoint(ValueRange range) => double.IsPositiveInfinity(range.Max) ? range.Min : (range.Min + range.Max) / 2;
}
