using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>
/// The regexes built from a language pack's words, source-generated for the packs FactCheck ships. The CLI runs without
/// code generated at run time (as the Native AOT binary must), so a <c>new Regex</c> is interpreted whatever its options;
/// a <c>[GeneratedRegex]</c> is compiled C# in both builds, several times faster. A generator needs its pattern as a
/// constant, and these patterns are built from the packs at run time: <c>PackRegexes.Generated.cs</c> holds the patterns
/// the shipped packs build, written by <c>PackRegexesTests</c> (which fails when they change), and <see cref="Get"/> hands
/// out the generated regex whose pattern and options are exactly those asked for. Any other pattern (a pack of the
/// user's) is built as before: the same matches, only slower. Right-to-left regexes are generated too: the generator has
/// emitted compiled code for them since .NET 7 (dotnet/runtime#66280; the source it writes for one holds a runner of its
/// own, not a wrapped interpreter). Interpreted, the kinds' right-to-left regexes (the windows behind a figure or a date)
/// were 0.7–0.9 % of a check's samples (perf of 311cea8); the generated code is no faster on a pattern that backtracks
/// much (money's ranges), faster on the others: the kinds' regexes 4.3–4.7 → 4.0–4.3 % of the samples (two runs each).
/// </summary>
internal static partial class PackRegexes
{
    private static readonly FrozenDictionary<(string Pattern, RegexOptions Options), Regex> Prebuilt =
        Generated().ToFrozenDictionary(r => (r.ToString(), r.Options));

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), bool> Shipped = new();

    /// <summary>
    /// The regex of <paramref name="pattern"/> with <paramref name="options"/>, built from <paramref name="pack"/> (null:
    /// from FactCheck's own data files): the generated one when there is one, else a new one.
    /// </summary>
    public static Regex Get(LanguagePack? pack, string pattern, RegexOptions options)
    {
        if (!Generates(options)) return new Regex(pattern, options);
        if (pack is null || LanguagePacks.BuiltIn.All.Contains(pack)) Shipped.TryAdd((pattern, options), true);
        return Prebuilt.TryGetValue((pattern, options), out var regex) ? regex : new Regex(pattern, options);
    }

    /// <summary>The patterns the shipped packs and data asked for since the process started, with their options (for the tests that write the generated file).</summary>
    public static IEnumerable<(string Pattern, RegexOptions Options)> ShippedAskedFor => Shipped.Keys;

    /// <summary>True when a generated regex of <paramref name="pattern"/> and <paramref name="options"/> exists.</summary>
    public static bool IsPrebuilt(string pattern, RegexOptions options) => Prebuilt.ContainsKey((pattern, options));

    /// <summary>
    /// Either direction; ignoring case only under the invariant culture, whose case table the generator applies at build
    /// time as the interpreter applies it at run time (under another culture the interpreter follows the thread's); and
    /// never <see cref="RegexOptions.Compiled"/>, which without run-time code generation changes nothing (keep it off).
    /// </summary>
    public static bool Generates(RegexOptions options) =>
        (options & (RegexOptions.NonBacktracking | RegexOptions.ECMAScript | RegexOptions.Compiled)) == 0
        && ((options & RegexOptions.IgnoreCase) == 0 || (options & RegexOptions.CultureInvariant) != 0);
}
