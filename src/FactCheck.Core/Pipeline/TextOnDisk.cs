using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FactCheck.Pipeline;

/// <summary>
/// A file whose text a check reads again for its claims instead of holding it between its two passes, and a hash of the
/// text its profile was read from: a file written in between is not read as the text the stories were grouped on.
/// </summary>
/// <remarks>
/// XxHash128, not the SHA-256 the cache keys its reads by: this hash lives for one run and only tells an edit made during
/// it, which nobody crafts to collide, and every profiled file is hashed (29,151 on the bench corpus, and 12,471 of them
/// again): SHA-256 was 1 % of a large check's CPU. Two numbers in the record, not an array a file held through the pass.
/// </remarks>
internal sealed record TextOnDisk(string File, UInt128 Hash)
{
    /// <summary>The file and the hash of the <paramref name="text"/> read from it.</summary>
    public static TextOnDisk Of(string file, string text) => new(file, HashOf(text));

    /// <summary>True when <paramref name="text"/> is the text hashed.</summary>
    public bool Holds(string text) => HashOf(text) == Hash;

    private static UInt128 HashOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));
}
