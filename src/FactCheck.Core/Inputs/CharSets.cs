using System.Buffers;

namespace FactCheck.Inputs;

/// <summary>
/// Character classes searched in hot paths (every word of every file). Not the generic *InRange span methods: until the
/// JIT optimises them, those calls box their bounds and allocate at each word; a SearchValues never does.
/// </summary>
internal static class CharSets
{
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    public static readonly SearchValues<char> AsciiLower = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    public static readonly SearchValues<char> AsciiUpper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    public static readonly SearchValues<char> Surrogates =
        SearchValues.Create([.. Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c)]);
}
