using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace FactCheck.Pipeline;

/// <summary>
/// A file whose text a check reads again for its claims instead of holding it between its two passes, and the SHA-256 of the
/// text its profile was read from: a file written in between is not read as the text the stories were grouped on.
/// </summary>
internal sealed record TextOnDisk(string File, byte[] Hash)
{
    /// <summary>The SHA-256 of <paramref name="text"/>'s UTF-16 code units (the text as read, whatever the file's encoding).</summary>
    public static byte[] HashOf(string text) => SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>True when <paramref name="text"/> is the text hashed.</summary>
    public bool Holds(string text) => HashOf(text).AsSpan().SequenceEqual(Hash);
}
