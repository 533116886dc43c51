using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Sentences;
using Tag = FactCheck.Store.MentionFieldWriter.Tag;

namespace FactCheck.Store;

/// <summary>Reads a mention's own fields as <see cref="MentionFieldWriter"/> wrote them, and makes the mention.</summary>
internal sealed class MentionFieldReader(StoreReader input, Func<Mention?> mention, Func<Place> place)
{
    /// <summary>The mention of <paramref name="sentence"/> at <c>[start, end)</c> whose fields come next.</summary>
    public Mention Read(Sentence sentence, int start, int end) => input.Enum<Tag>() switch
    {
        Tag.Money => new MoneyMention(sentence, start, end, input.Decimal(), input.Decimal(), input.Decimal(), input.OptionalString(), input.Enum<Qualifier>(), Optional<MoneyMention>())
        {
            Per = input.OptionalString(),
        },
        Tag.Quantity => new QuantityMention(sentence, start, end, input.Decimal(), input.Decimal(), input.Decimal(), input.String(), input.Enum<Qualifier>(),
            new QuantityMeasure(input.String(), input.OptionalString(), Unit(), Unit()), input.OptionalDecimal(), Optional<DateMention>(), input.Bool()),
        Tag.Percentage => new PercentageMention(sentence, start, end, input.Decimal(), input.Decimal(), input.Decimal(), input.Enum<Qualifier>(), Optional<DateMention>(), input.Bool()),
        Tag.Duration => new DurationMention(sentence, start, end, input.Decimal(), input.Decimal(), input.Enum<DurationUnit>(), input.Enum<Qualifier>()),
        Tag.Date => new DateMention(sentence, start, end, Written()),
        Tag.Place => new PlaceMention(sentence, start, end, place()),
        _ => new AttributionMention(sentence, start, end, input.Int(), input.Int(), input.Bool(), Speaker(), Optional<AttributionMention>())
        {
            Denied = input.Bool(),
            About = Optional<AttributionMention>(),
        },
    };

    // Arguments are evaluated left to right in C#: each constructor above reads the fields in the order they were written.
    private T? Optional<T>() where T : Mention => mention() switch
    {
        null => null,
        T known => known,
        var other => throw new InvalidDataException($"a {other.GetType().Name} where a {typeof(T).Name} belongs"),
    };

    private MeasureUnit? Unit() => input.Bool() ? new MeasureUnit(input.String(), input.String(), input.Double(), input.Double()) : null;

    private WrittenDate Written() => new(input.Enum<DateUnit>(), input.OptionalInt(), input.OptionalInt(), input.OptionalInt())
    {
        Anchor = input.Enum<DateAnchor>(),
        Offset = input.Signed(),
        Weekday = input.OptionalInt() is { } day ? (DayOfWeek)day : null,
        Part = input.Enum<DatePart>(),
        Future = input.Int() switch { 0 => null, 1 => false, _ => true },
        Clock = input.Bool() ? new ClockTime(input.Signed(), input.Signed(), input.OptionalString()) : null,
        Through = input.Bool() ? Written() : null,
    };

    private SpeakerPhrase? Speaker() =>
        input.Bool() ? new SpeakerPhrase(input.Signed(), input.Signed(), input.String(), input.Enum<SpeakerForm>(), input.Bool(), input.OptionalString()) : null;
}
