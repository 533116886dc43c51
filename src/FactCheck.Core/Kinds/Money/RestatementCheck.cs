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
/// When they do not, the sentence states two amounts for one thing. An undated source checked at its story's date may be
/// older than its story: its conversion is wrong only when no year of the <see cref="UndatedYears"/> before that date
/// makes it right (a 2004 article's "$2bn (£1.06bn)" grouped with 2018 articles is right at 2004's rates).
/// </summary>
public sealed class RestatementCheck(ConflictRule rule, ExchangeRates rates) : IComparisonRule
{
    /// <summary>How many years before its story's date an undated source may have been written.</summary>
    private const int UndatedYears = 15;

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
            if (Agree(stated, restated)) continue;
            if (!declared && RightInAnEarlierYear(claim)) continue;
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
    /// A source alone in its story can restate its own figure ("$4bn (£2.1bn)"): true when the sentence holds an amount and
    /// its conversion in brackets, as the money scanner that the claims pass runs reads them (a conversion spelled out in
    /// words, "(about five pounds)", is not one). A source is read for claims on this answer alone, so it is asked of the
    /// few sentences with a digit in brackets, and the scanner decides: a bracket with a digit alone ("(2.1 pct)", "(1987)")
    /// sent 1,356 lone files of the bench corpus through the claims pass for no finding (a tenth of those it read for claims).
    /// </summary>
    public bool MayFindAlone(Sentence sentence) =>
        HasDigitInBrackets(sentence.Text) && MoneyScanner.Of(sentence.Source.Language).Find(sentence).Exists(m => m.Restatement is not null);

    private static bool HasDigitInBrackets(ReadOnlySpan<char> text)
    {
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

    private bool Agree(ValueRange stated, ValueRange restated) =>
        stated.Meets(new ValueRange(restated.Min * (1 - rule.RateBand), restated.Max * (1 + rule.RateBand)));

    /// <summary>True when the figure and its conversion agree at the rates of a year the table holds, up to <see cref="UndatedYears"/> before the one used.</summary>
    private bool RightInAnEarlierYear(MoneyClaim claim)
    {
        if (claim is not { Money.Currency: { } from, Money.Restatement.Currency: { } to, RestatedInEuros: { } restatedInEuros }) return false;
        var used = (claim.RestatementRate ?? claim.Rate)?.Year;
        if (used is not { } year) return false;
        // Back to the amounts as written, then to euros at each earlier year's rates.
        var restated = new ValueRange(restatedInEuros.Min * (claim.RestatementRate?.PerEuro ?? 1), restatedInEuros.Max * (claim.RestatementRate?.PerEuro ?? 1));
        for (var y = year - UndatedYears; y < year; y++)
            if (PerEuro(from, y) is { } a && PerEuro(to, y) is { } b
                && Agree(new ValueRange(claim.Stated.Min / a, claim.Stated.Max / a), new ValueRange(restated.Min / b, restated.Max / b)))
                return true;
        return false;
    }

    /// <summary>The rate of <paramref name="currency"/> in <paramref name="year"/> when the table holds that year (the euro is 1).</summary>
    private double? PerEuro(string currency, int year) =>
        currency == "EUR" ? 1 : rates.Rate(currency, year) is var (perEuro, rateYear) && rateYear == year ? perEuro : null;

    private static double Midpoint(ValueRange range) => double.IsPositiveInfinity(range.Max) ? range.Min : (range.Min + range.Max) / 2;
}
