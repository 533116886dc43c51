namespace FactCheck.Store;

/// <summary>What reading a damaged or truncated store throws: the exceptions its readers turn into "damaged", never a stack trace.</summary>
internal static class StoreDamage
{
    /// <summary>True when <paramref name="e"/> says the bytes read are not a store (and not that the disk failed).</summary>
    public static bool Is(Exception e) =>
        e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException or OverflowException or InvalidCastException
        || (e is IOException && e.InnerException is ArgumentException); // BinaryReader.ReadDecimal wraps the bytes of no decimal so
}
