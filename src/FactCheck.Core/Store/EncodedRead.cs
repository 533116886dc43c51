using FactCheck.Languages;
using FactCheck.Pipeline;

namespace FactCheck.Store;

/// <summary>
/// A read written once (<see cref="SourceReadWriter"/>, without its text) for every store that keeps it: the entry of
/// <see cref="DiskCache"/> and the segment of <see cref="RunStore"/> hold the same bytes, so a file read anew is encoded
/// once. <see cref="ProfileLength"/> of the bytes end with the profile: what a reader of the profile alone reads.
/// </summary>
internal sealed record EncodedRead(byte[] Buffer, int Length, int ProfileLength)
{
    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);

    /// <summary><paramref name="read"/> written with the run's <paramref name="languages"/>.</summary>
    public static EncodedRead Of(SourceRead read, LanguagePacks languages)
    {
        using var buffer = new MemoryStream();
        using var store = new StoreWriter(buffer);
        var writer = new SourceReadWriter(store, languages);
        writer.Write(read, withText: false);
        store.Flush();
        return new EncodedRead(buffer.GetBuffer(), (int)buffer.Length, (int)writer.ProfileLength);
    }
}
