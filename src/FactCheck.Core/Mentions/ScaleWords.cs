using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>
/// Scale words and their news abbreviations, with the multipliers of the source's language (its pack's <c>scales</c>):
/// "billion" is 10^9 in English, a German "Billion" 10^12.
/// </summary>
internal static class ScaleWords
{
    /// <summary>The regex alternation of the written scales, longest first, each ending at a word boundary.</summary>
    public static string Pattern(LanguagePack language) =>
        $@"{LanguagePack.AlternationOf(language.Scales.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal))}(?![\p{{L}}])";

    /// <summary>What may stand around a scale a regex read ("-mln", " million"): one array, not a new one each call (a hot path).</summary>
    public static readonly char[] Padding = [' ', '-', '\u00A0'];

    /// <summary>The multiplier of a written scale; 1 for none.</summary>
    public static decimal MultiplierOf(string scale, LanguagePack language) => MultiplierOf(scale.AsSpan(), language);

    /// <inheritdoc cref="MultiplierOf(string, LanguagePack)"/>
    public static decimal MultiplierOf(ReadOnlySpan<char> scale, LanguagePack language) =>
        language.Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(scale.Trim(Padding), out var multiplier) ? multiplier : 1m;
}
