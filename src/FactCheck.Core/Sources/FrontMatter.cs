using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Sources;

/// <summary>One key of a file's front matter as written: its value (null when not given, or a list or a mapping) and its line in the file.</summary>
internal readonly record struct FrontMatterEntry(string Key, string? Value, int Line);

/// <summary>
/// What a file's front matter (YAML, TOML or JSON) says about the source, read the way sites write it: <c>null</c>, <c>~</c>
/// and empty values are not given; the date may come with a time and a zone and under the keys publishing tools use; a
/// language may be a locale (<c>fr-FR</c>). Keys FactCheck does not use are ignored. A value FactCheck cannot use is a
/// warning on the file, which is still checked without it.
/// </summary>
internal sealed record FrontMatter(string? Title, SourceDate? Date, string? Language, string? Outlet, SourceRole? Role)
{
    public static readonly FrontMatter Empty = new(null, null, null, null, null);

    /// <summary>The keys that date an article, most telling first; <c>lastmod</c> (when it was last edited) only when none of the others can be read.</summary>
    private static readonly string[] DateKeys = ["date", "publishdate", "published", "pubdate", "lastmod"];

    private static readonly string[] LanguageKeys = ["language", "lang", "locale"];

    /// <summary>What the <paramref name="entries"/> of <paramref name="path"/>'s front matter say (a language is the code of a pack of <paramref name="languages"/>), and the warnings on values FactCheck cannot use.</summary>
    public static (FrontMatter Value, ImmutableArray<UserError> Warnings) Interpret(string path, List<FrontMatterEntry> entries, LanguagePacks languages)
    {
        List<UserError>? warnings = null;

        SourceDate? date = null;
        foreach (var key in DateKeys)
        {
            if (Given(entries, key) is not { } entry) continue;
            date = ReadDate(entry.Value!);
            if (date is not null) break;
            (warnings ??= []).Add(new UserError(path, entry.Line, $"{entry.Key} '{entry.Value}' is not a date FactCheck can read (2024-04-02, 2024-04-02T10:15:00+02:00, 2024-04 or 2024); the file is checked without it"));
        }

        string? language = null;
        if (FirstGiven(entries, LanguageKeys) is { Value: { } written } languageEntry)
        {
            // "fr", "fr-FR", "en_GB": the language is the part before the region.
            var code = written.Split('-', '_')[0].ToLowerInvariant();
            if (languages[code] is not null) language = code;
            else (warnings ??= []).Add(new UserError(path, languageEntry.Line, $"{languageEntry.Key} '{written}' is not a language FactCheck reads ({languages.Codes}); the language is detected from the text"));
        }

        SourceRole? role = null;
        if (Given(entries, "role") is { } roleEntry)
        {
            role = roleEntry.Value!.ToLowerInvariant() switch { "reference" => SourceRole.Reference, "draft" => SourceRole.Draft, _ => null };
            if (role is null) (warnings ??= []).Add(new UserError(path, roleEntry.Line, $"role '{roleEntry.Value}' is not one of reference, draft; the file keeps the role it is checked as"));
        }

        var value = new FrontMatter(Given(entries, "title")?.Value, date, language, PooledOutlet(Given(entries, "outlet")?.Value), role);
        return (value, warnings is null ? [] : [.. warnings]);
    }

    /// <summary>
    /// The first entry whose key is <paramref name="key"/> in any case and whose value is given, its value trimmed; null when
    /// there is none. The entries are searched for each of the dozen keys FactCheck reads, not put in a table by key: a front
    /// matter holds a handful of keys, and a table with each key in lower case was a third of what reading one allocated.
    /// </summary>
    private static FrontMatterEntry? Given(List<FrontMatterEntry> entries, string key)
    {
        foreach (var entry in entries)
            if (IsKey(entry.Key, key) && !IsNotGiven(entry.Value)) return entry with { Value = entry.Value!.Trim() };
        return null;
    }

    /// <summary>The given entry of the first of <paramref name="keys"/> that has one (see <see cref="Given"/>).</summary>
    private static FrontMatterEntry? FirstGiven(List<FrontMatterEntry> entries, string[] keys)
    {
        foreach (var key in keys)
            if (Given(entries, key) is { } entry) return entry;
        return null;
    }

    /// <summary>True when <paramref name="written"/> in lower case (<see cref="string.ToLowerInvariant"/>, as <see cref="Casing"/> gives it) is <paramref name="key"/>.</summary>
    private static bool IsKey(string written, string key)
    {
        if (written.Length != key.Length) return false;
        Span<char> lower = stackalloc char[written.Length];
        Casing.ToLower(written, lower);
        return lower.SequenceEqual(key);
    }

    /// <summary>The outlet's name, one string per thread for each: a wire's files all name it, and every source keeps it to the report.</summary>
    private static string? PooledOutlet(string? written) => written is { Length: <= 64 } ? ShortStrings.Of(written) : written;

    /// <summary>YAML's nulls (<c>null</c>, <c>~</c>, nothing) and a value that is a list or a mapping say nothing FactCheck uses.</summary>
    private static bool IsNotGiven(string? value) => value?.Trim() is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>ISO 8601 (<c>2024-04-02</c>, with a time and a zone or not), or the RFC 822 date of feeds (<c>Tue, 02 Apr 2024 10:15:00 +0200</c>).</summary>
    private static SourceDate? ReadDate(string text)
    {
        if (SourceDate.TryParse(text, DateOrigin.Declared) is { } iso) return iso;
        // A feed's timestamp has a time: without one, "April 2024" would be read as its first day.
        if (!text.Contains(':', StringComparison.Ordinal)) return null;
        // The day as written, in the writer's zone: DateTimeOffset keeps the offset instead of moving the time to this machine's.
        return DateTimeOffset.TryParse(text.Trim('"', '\''), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written)
            ? new SourceDate(written.Year, written.Month, written.Day, DateOrigin.Declared)
            : null;
    }
}
