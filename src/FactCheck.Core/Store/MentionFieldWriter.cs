using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;

namespace FactCheck.Store;

/// <summary>
/// Writes a mention's own fields, after its sentence and offsets (<see cref="SourceReadWriter"/>): a tag naming its kind,
/// then what that kind's record holds. The mentions and places it refers to go through <paramref name="mention"/> and
/// <paramref name="place"/>, so that each is written once. <see cref="MentionFieldReader"/> reads them in the same order.
/// </summary>
internal sealed class MentionFieldWriter(StoreWriter output, Action<Mention?> mention, Action<Place> place)
{
    /// <summary>The tags, one per built-in mention record: their numbers are the format's, never reordered.</summary>
    internal enum Tag
    {
        Money,
        Quantity,
        Percentage,
        Duration,
        Date,
        Place,
        Attribution,
    }

    /// <summary>Writes the tag and the fields of <paramref name="value"/>.</summary>
    public void Write(Mention value)
    {
        switch (value)
        {
            case MoneyMention money:
                output.Int((int)Tag.Money);
                output.Decimal(money.Low);
                output.Decimal(money.High);
                output.Decimal(money.Unit);
                output.String(money.Currency);
                output.Int((int)money.Qualifier);
                mention(money.Restatement);
                output.String(money.Per);
                break;
            case QuantityMention quantity:
                output.Int((int)Tag.Quantity);
                output.Decimal(quantity.Low);
                output.Decimal(quantity.High);
                output.Decimal(quantity.Precision);
                output.String(quantity.Counted);
                output.Int((int)quantity.Qualifier);
                output.String(quantity.Measure.Name);
                output.String(quantity.Measure.Noun);
                Unit(quantity.Measure.Unit);
                Unit(quantity.Measure.Per);
                output.Decimal(quantity.Previous);
                mention(quantity.Time);
                output.Bool(quantity.IsWhole);
                break;
            case PercentageMention percentage:
                output.Int((int)Tag.Percentage);
                output.Decimal(percentage.Low);
                output.Decimal(percentage.High);
                output.Decimal(percentage.Unit);
                output.Int((int)percentage.Qualifier);
                mention(percentage.Time);
                output.Bool(percentage.IsChange);
                break;
            case DurationMention duration:
                output.Int((int)Tag.Duration);
                output.Decimal(duration.Low);
                output.Decimal(duration.High);
                output.Int((int)duration.Unit);
                output.Int((int)duration.Qualifier);
                break;
            case DateMention date:
                output.Int((int)Tag.Date);
                Written(date.Date);
                break;
            case PlaceMention placed:
                output.Int((int)Tag.Place);
                place(placed.Place);
                break;
            case AttributionMention attribution:
                output.Int((int)Tag.Attribution);
                output.Int(attribution.QuoteStart);
                output.Int(attribution.QuoteEnd);
                output.Bool(attribution.Reported);
                Speaker(attribution.Speaker);
                mention(attribution.SharesSpeakerWith);
                output.Bool(attribution.Denied);
                mention(attribution.About);
                break;
            default:
                throw new InvalidOperationException($"{value.GetType().Name} is not a mention a store can hold (SourceReadWriter.CanWrite).");
        }
    }

    private void Unit(MeasureUnit? unit)
    {
        output.Bool(unit is not null);
        if (unit is null) return;
        output.String(unit.Id);
        output.String(unit.Dimension);
        output.Double(unit.Factor);
        output.Double(unit.Offset);
    }

    private void Written(WrittenDate date)
    {
        output.Int((int)date.Unit);
        output.Int(date.Year);
        output.Int(date.Month);
        output.Int(date.Day);
        output.Int((int)date.Anchor);
        output.Signed(date.Offset);
        output.Int((int?)date.Weekday);
        output.Int((int)date.Part);
        output.Int(date.Future is null ? 0 : date.Future.Value ? 2 : 1);
        output.Bool(date.Clock is not null);
        if (date.Clock is { } clock)
        {
            output.Signed(clock.First);
            output.Signed(clock.Last);
            output.String(clock.Zone);
        }
        output.Bool(date.Through is not null);
        if (date.Through is { } through) Written(through);
    }

    private void Speaker(SpeakerPhrase? speaker)
    {
        output.Bool(speaker is not null);
        if (speaker is null) return;
        output.Signed(speaker.Start);
        output.Signed(speaker.End);
        output.String(speaker.Text);
        output.Int((int)speaker.Form);
        output.Bool(speaker.Anonymous);
        output.String(speaker.Apposition);
    }
}
