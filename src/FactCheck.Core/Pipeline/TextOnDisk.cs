namespace FactCheck.Pipeline;

/// <summary>
/// A file whose text a check reads again for its claims instead of holding it between its two passes, and the SHA-256 of the
/// text its profile was read from: a file written in between is not read as the text the stories were grouped on.
/// </summary>
internal sealed record TextOnDisk(string File, byte[] Hash)
{
    /// <summary>The file and the hash of the <paramref name="text"/> read from it, as the cache hashes a text (<see cref="SourceReadCache.HashOf"/>).</summary>
    public static TextOnDisk Of(string file, string text) => new(file, SourceReadCache.HashBytesOf(text));

    /// <summary>True when <paramref name="text"/> is the text hashed.</summary>
    public bool Holds(string text) => SourceReadCache.HashBytesOf(text).AsSpan().SequenceEqual(Hash);
}
