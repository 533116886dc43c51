using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Tests.DevSet;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>
/// Runs the library's extract on each file exactly as <c>factcheck extract FILE --format json</c> does (one check per file,
/// the corpus as working directory, the JSON report writer) and reads back the money, quantity and date claims of that JSON,
/// so the scorer judges the report a user or a held-out set would get.
/// </summary>
internal static class ExtractRunner
{
    // "$2bn (£1.1bn)", "50m euros (£43m; $60m)": the restatement starts a few characters after the claim.
    private const int RestatementReach = 12;

    public static (ImmutableArray<ExtractedFigure> Figures, string? Error) Run(string corpus, IReadOnlyList<string> files)
    {
        var slots = new ImmutableArray<ExtractedFigure>[files.Count];
        var errors = new string?[files.Count];
        // One file a check, as the CLI is called on one file; the recognizer's models are built once per process anyway.
        Parallel.For(0, files.Count, i =>
        {
            var result = FactChecker.Check(new CheckOptions([files[i]], corpus) { Extract = true, Parallelism = 1 });
            if (result.Error is { } error)
            {
                errors[i] = $"{files[i]}: {error}";
                return;
            }
            using var json = new StringWriter(CultureInfo.InvariantCulture);
            new JsonReportWriter().Write(result.Report!, json);
            slots[i] = Figures(json.ToString(), CorpusText.Read(corpus, files[i]));
        });
        return errors.FirstOrDefault(e => e is not null) is { } first ? ([], first) : ([.. slots.SelectMany(s => s)], null);
    }

    private static ImmutableArray<ExtractedFigure> Figures(string report, CorpusText text)
    {
        using var document = JsonDocument.Parse(report);
        var figures = ImmutableArray.CreateBuilder<ExtractedFigure>();
        foreach (var claim in document.RootElement.GetProperty("claims").EnumerateArray())
        {
            if (Kind(claim.GetProperty("kind").GetString()!) is not { } kind) continue;
            var file = claim.GetProperty("source").GetString()!;
            var span = new FigureSpan(claim.GetProperty("line").GetInt32(), claim.GetProperty("column").GetInt32(),
                claim.GetProperty("endLine").GetInt32(), claim.GetProperty("endColumn").GetInt32());
            var words = claim.GetProperty("text").GetString()!;
            var value = claim.GetProperty("value");
            figures.Add(new ExtractedFigure(kind, file, span, words, kind == FigureKind.Date ? Date(value) : Amount(value, kind)));
            // "$2bn (£1.1bn)" is one claim whose restatement in brackets follows its span: a reading of its own.
            if (value.TryGetProperty("restatedAs", out var restated) && Text(restated, "text") is { } again && text.After(span, again, RestatementReach) is { } where)
            {
                var second = new AmountReading(Number(restated, "min"), Number(restated, "max"), Text(restated, "qualifier") ?? Text(value, "qualifier")!,
                    Text(restated, "currency"), null, restated.GetProperty("amount").GetDecimal());
                figures.Add(new ExtractedFigure(kind, file, where, again, second));
            }
        }
        return figures.ToImmutable();
    }

    private static FigureKind? Kind(string name) => name switch
    {
        "money" => FigureKind.Money,
        "quantity" => FigureKind.Quantity,
        "date" => FigureKind.Date,
        _ => null,
    };

    private static AmountReading Amount(JsonElement value, FigureKind kind) => new(
        Number(value, "min"), Number(value, "max"), Text(value, "qualifier")!,
        kind == FigureKind.Money ? Text(value, "currency") : null, kind == FigureKind.Quantity ? Text(value, "unit") : null,
        value.GetProperty("amount").GetDecimal());

    private static DateReading Date(JsonElement value) => new(
        Text(value, "value"), Text(value, "precision")!, Text(value, "part"),
        value.TryGetProperty("relative", out var relative) && relative.GetBoolean(), Day(value, "min"), Day(value, "max"));

    private static decimal? Number(JsonElement value, string name) =>
        value.TryGetProperty(name, out var number) && number.ValueKind == JsonValueKind.Number ? number.GetDecimal() : null;

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    /// <summary>The day of a date's bound; null for a time of day with no date ("18:30"), which the dev set does not score.</summary>
    private static DateOnly? Day(JsonElement value, string name) =>
        Text(value, name) is { } day && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
}
