using System.Collections.Immutable;
using FactCheck.Tests.DevSet;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>
/// Whether the tool read a figure as the set reads it, and if not, which parts it got wrong: "value", "qualifier",
/// "currency" or "unit" for an amount; "date", "precision" or "part" for a date. The rules are tests/DevSet/README.md's.
/// </summary>
internal static class ReadingComparer
{
    /// <summary>The parts read wrong; empty when the reading is right.</summary>
    public static ImmutableArray<string> WrongParts(Reading expected, Reading read, string language) => (expected, read) switch
    {
        (AmountReading gold, AmountReading tool) => Amount(gold, tool, language),
        (DateReading gold, DateReading tool) => Date(gold, tool),
        _ => ["kind"],
    };

    private static ImmutableArray<string> Amount(AmountReading gold, AmountReading tool, string language)
    {
        var wrong = ImmutableArray.CreateBuilder<string>();
        if (!SameValue(gold, tool)) wrong.Add("value");
        if (gold.Qualifier != tool.Qualifier) wrong.Add("qualifier");
        if (gold.Unit is null && gold.Currency != tool.Currency) wrong.Add("currency");
        if (gold.Unit is { } unit && !UnitFolding.Same(unit, tool.Unit, language)) wrong.Add("unit");
        return wrong.ToImmutable();
    }

    // One number ("40 mln", "more than 13 mln", "nearly 20"): the tool's amount is the number it read. A range: the tool's
    // amount is its middle, and its min and max, rounded in the JSON, must reach both ends.
    private static bool SameValue(AmountReading gold, AmountReading tool)
    {
        if (tool.Amount is not { } amount) return false;
        if (gold.Min is not { } min || gold.Max is not { } max || min == max) return Close(amount, gold.Min ?? gold.Max!.Value);
        var rounding = gold.Unit is null ? 0.5m : 0.00005m; // the JSON rounds money to whole units, quantities to 4 places
        // A lower bound ("au moins 30 à 40 milliards") has no end above: the JSON leaves an endless max out.
        return Close(amount, (min + max) / 2) && tool.Min <= min + rounding && (tool.Max ?? decimal.MaxValue) >= max - rounding;
    }

    private static bool Close(decimal read, decimal expected) => Math.Abs(read - expected) <= Math.Abs(expected) * 1e-9m;

    private static ImmutableArray<string> Date(DateReading gold, DateReading tool)
    {
        var wrong = ImmutableArray.CreateBuilder<string>();
        if (gold.Value is null)
        {
            // A relative date in an undated source: right when the tool says it is relative, whatever it placed it at.
            if (!tool.Relative) wrong.Add("date");
        }
        else if (gold.Part is null && (gold.Value.Contains('/', StringComparison.Ordinal) || gold.Precision == "quarter"))
        {
            // A span or a quarter: the tool has no such precision, so its first and last days must be the span's.
            if (tool.First != gold.First || tool.Last != gold.Last) wrong.Add("date");
            return wrong.ToImmutable();
        }
        else if (tool.Value != gold.Value) wrong.Add("date");
        if (tool.Precision != gold.Precision) wrong.Add("precision");
        if (gold.Part is not null && tool.Part != gold.Part) wrong.Add("part");
        return wrong.ToImmutable();
    }
}
