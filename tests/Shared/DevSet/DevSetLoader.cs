using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace FactCheck.Tests.DevSet;

/// <summary>
/// Reads the development set: <c>sentences.{lang}.jsonl</c> and <c>{money,quantity,date}.{lang}.jsonl</c>, one JSON object
/// a line. It checks what it can without the corpus (fields, values, order, each item inside its sentence) and collects
/// every problem as "file:line: message"; <see cref="CorpusText"/> checks the references against the corpus itself.
/// </summary>
internal static class DevSetLoader
{
    private static readonly string[] SpanKeys = ["file", "line", "column", "endLine", "endColumn"];
    private static readonly string[] AmountKeys = ["min", "max", "qualifier"];
    private static readonly string[] DateKeys = ["value", "precision", "part", "relative"];
    private static readonly string[] ItemKeys = ["sentence", "optional", "form"];

    public static DevSetData Load(string folder)
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        var sentences = ImmutableArray.CreateBuilder<DevSentence>();
        var items = ImmutableArray.CreateBuilder<GoldItem>();
        foreach (var language in DevSetData.Languages)
        {
            var read = Lines(folder, $"sentences.{language}.jsonl", errors, (json, origin) => ReadSentence(json, origin, language));
            sentences.AddRange(read);
            var starts = read.Select(s => (s.File, s.Span.Line, s.Span.Column)).ToHashSet();
            foreach (var kind in Enum.GetValues<FigureKind>())
                items.AddRange(Lines(folder, $"{Name(kind)}.{language}.jsonl", errors, (json, origin) => ReadItem(json, origin, kind, language)));
        }
        var bySentence = sentences.ToDictionary(s => (s.File, s.Span.Line, s.Span.Column));
        foreach (var item in items)
        {
            if (!bySentence.TryGetValue((item.File, item.Sentence.Line, item.Sentence.Column), out var sentence))
                errors.Add($"{item.Origin}: no sentence of {item.File} starts at {item.Sentence.Line}:{item.Sentence.Column}");
            else if (!sentence.Span.Holds(item.Span))
                errors.Add($"{item.Origin}: {item.Span} is not inside its sentence {sentence.Span}");
        }
        foreach (var group in items.GroupBy(i => (i.Kind, i.File)))
        {
            var ordered = group.ToList();
            for (var i = 1; i < ordered.Count; i++)
                if (ordered[i - 1].Span.Overlaps(ordered[i].Span)) errors.Add($"{ordered[i].Origin}: overlaps {ordered[i - 1].Origin}");
        }
        return new DevSetData(sentences.ToImmutable(), items.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>"money", "quantity", "date": the kind as file names and the JSON report spell it.</summary>
    public static string Name(FigureKind kind) => kind.ToString().ToLowerInvariant();

    private static List<T> Lines<T>(string folder, string name, ImmutableArray<string>.Builder errors, Func<JsonElement, string, T> read)
    {
        var path = Path.Combine(folder, name);
        var result = new List<T>();
        if (!File.Exists(path))
        {
            errors.Add($"{name}: missing");
            return result;
        }
        var lines = File.ReadAllLines(path);
        (string, int, int)? previous = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var origin = $"{name}:{i + 1}";
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var json = document.RootElement;
                var key = (json.GetProperty("file").GetString()!, json.GetProperty("line").GetInt32(), json.GetProperty("column").GetInt32());
                // Sorted by file, line and column, so that the set reads in corpus order and a diff shows one line per item.
                if (previous is { } p && Compare(p, key) >= 0) throw new FormatException("out of order (sort by file, line, column)");
                previous = key;
                result.Add(read(json, origin));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                errors.Add($"{origin}: {e.Message}");
            }
        }
        return result;
    }

    private static int Compare((string File, int Line, int Column) a, (string File, int Line, int Column) b)
    {
        var byFile = string.CompareOrdinal(a.File, b.File);
        return byFile != 0 ? byFile : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
    }

    private static DevSentence ReadSentence(JsonElement json, string origin, string language)
    {
        OnlyKeys(json, [.. SpanKeys, "note"]);
        return new DevSentence(CorpusFile(json, language), Span(json), OptionalString(json, "note"), origin);
    }

    private static GoldItem ReadItem(JsonElement json, string origin, FigureKind kind, string language)
    {
        string[] valueKeys = kind switch
        {
            FigureKind.Money => [.. AmountKeys, "currency"],
            FigureKind.Quantity => [.. AmountKeys, "unit"],
            _ => DateKeys,
        };
        OnlyKeys(json, [.. SpanKeys, .. ItemKeys, .. valueKeys]);
        var sentence = json.GetProperty("sentence");
        OnlyKeys(sentence, ["line", "column"]);
        Reading expected = kind == FigureKind.Date ? ReadDate(json) : ReadAmount(json, kind);
        var optional = json.TryGetProperty("optional", out var flag) && flag.GetBoolean();
        return new GoldItem(kind, CorpusFile(json, language), Span(json), (Positive(sentence, "line"), Positive(sentence, "column")), expected, optional, OptionalString(json, "form"), origin);
    }

    private static AmountReading ReadAmount(JsonElement json, FigureKind kind)
    {
        var (min, max) = (Number(json, "min"), Number(json, "max"));
        var qualifier = json.GetProperty("qualifier").GetString()!;
        if (!AmountReading.Qualifiers.Contains(qualifier)) throw new FormatException($"qualifier '{qualifier}' is not one of the report's");
        if (min is null && max is null) throw new FormatException("min and max are both null");
        if (min > max) throw new FormatException("min is above max");
        if (max is null && qualifier is not ("more-than" or "at-least")) throw new FormatException($"no max, yet '{qualifier}' is not a lower bound");
        if (min is null && qualifier is not ("less-than" or "at-most" or "up-to")) throw new FormatException($"no min, yet '{qualifier}' is not an upper bound");
        if (kind == FigureKind.Money)
        {
            var currency = OptionalString(json, "currency", required: true);
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))) throw new FormatException($"currency '{currency}' is not an ISO 4217 code");
            return new AmountReading(min, max, qualifier, currency, null);
        }
        var unit = json.GetProperty("unit").GetString()!;
        if (unit.Length == 0 || unit != unit.Trim() || !unit.Equals(unit.ToLowerInvariant(), StringComparison.Ordinal)) throw new FormatException($"unit '{unit}' is not a trimmed, lower-case word");
        return new AmountReading(min, max, qualifier, null, unit);
    }

    private static DateReading ReadDate(JsonElement json)
    {
        var value = OptionalString(json, "value", required: true);
        var precision = json.GetProperty("precision").GetString()!;
        if (!DateReading.Precisions.Contains(precision)) throw new FormatException($"precision '{precision}' is not one of the set's");
        var part = OptionalString(json, "part");
        if (part is not (null or "start" or "middle" or "end")) throw new FormatException($"part '{part}' is not start, middle or end");
        var relative = json.TryGetProperty("relative", out var flag) && flag.GetBoolean();
        if (value is null)
        {
            if (!relative) throw new FormatException("a null value is for relative dates of undated sources only");
            return new DateReading(null, precision, part, true, null, null);
        }
        if (IsoPeriod.Days(value) is not { } days) throw new FormatException($"'{value}' is not an ISO date of the set's forms");
        return new DateReading(value, precision, part, relative, days.First, days.Last);
    }

    private static string CorpusFile(JsonElement json, string language)
    {
        var file = json.GetProperty("file").GetString()!;
        if (!file.StartsWith(language + "/", StringComparison.Ordinal) || file.Contains("..", StringComparison.Ordinal) || !file.EndsWith(".md", StringComparison.Ordinal))
            throw new FormatException($"'{file}' is not a Markdown file of the corpus's {language}/ folder");
        return file;
    }

    private static FigureSpan Span(JsonElement json)
    {
        var span = new FigureSpan(Positive(json, "line"), Positive(json, "column"), Positive(json, "endLine"), Positive(json, "endColumn"));
        if (span.EndLine < span.Line || (span.EndLine == span.Line && span.EndColumn <= span.Column)) throw new FormatException($"{span} ends before it starts");
        return span;
    }

    private static int Positive(JsonElement json, string name) =>
        json.GetProperty(name).GetInt32() is var n && n >= 1 ? n : throw new FormatException($"{name} must be 1 or more");

    private static decimal? Number(JsonElement json, string name) =>
        json.GetProperty(name) is { ValueKind: JsonValueKind.Null } ? null : json.GetProperty(name).GetDecimal();

    private static string? OptionalString(JsonElement json, string name, bool required = false)
    {
        if (!json.TryGetProperty(name, out var value))
            return required ? throw new FormatException($"'{name}' is missing (null when there is none)") : null;
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static void OnlyKeys(JsonElement json, string[] allowed)
    {
        foreach (var property in json.EnumerateObject())
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"unknown field '{property.Name}'"));
    }
}
