using System.Collections.Frozen;

namespace FactCheck.Reporting;

/// <summary>
/// The lower-case names of an enum's values, as <c>value.ToString().ToLowerInvariant()</c> gives them, made once: a report
/// writes a frame's status, its measure's origin and its value's enums (a date's precision, a speaker's kind) for every
/// claim (43,845 on the bench corpus), and each was a boxed value and two strings.
/// </summary>
internal static class LowerNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(value => value, value => value.ToString().ToLowerInvariant());

    /// <summary>The lower-case name of <paramref name="value"/> (a value the enum does not name as ToString writes it).</summary>
    public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
}
