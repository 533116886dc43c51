namespace FactCheck.LanguageServer;

/// <summary>When a file was last written and its length: what tells the server a factcheck.yml or baseline changed on disk.</summary>
internal readonly record struct FileStamp(string? Path, DateTime Written, long Length)
{
    /// <summary>The stamp of the file at <paramref name="path"/>; a missing file has a stamp too (it may appear).</summary>
    public static FileStamp Of(string? path)
    {
        if (path is null) return new(null, default, -1);
        var info = new FileInfo(path);
        return info.Exists ? new(path, info.LastWriteTimeUtc, info.Length) : new(path, default, -1);
    }

    /// <summary>True when the file is there.</summary>
    public bool Exists => Length >= 0;
}
