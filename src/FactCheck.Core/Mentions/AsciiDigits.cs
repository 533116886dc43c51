namespace FactCheck.Mentions;

/// <summary>
/// The digits 0 to 9, to look for in a sentence before running a figure's regex. Not <c>IndexOfAnyInRange('0', '9')</c>:
/// until the JIT optimises it, that generic call boxes its bounds on every sentence; SearchValues never does.
/// </summary>
internal static class AsciiDigits
{
    /// <summary>The ten digits.</summary>
    public static readonly System.Buffers.SearchValues<char> All = System.Buffers.SearchValues.Create("0123456789");
}
