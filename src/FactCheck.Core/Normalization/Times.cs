using FactCheck.Kinds.Date;

namespace FactCheck.Normalization;

/// <summary>Places the time a count or a percentage is tied to.</summary>
internal static class Times
{
    public static FigureTime? Of(DateMention? time) =>
        time is null ? null : new FigureTime(time.Text, DateResolver.Resolve(time.Date, time.Sentence.Source), time.Sentence.Source.Id);
}
