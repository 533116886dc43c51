namespace FactCheck.Pipeline;

/// <summary>How far a pass of a check has gone: <see cref="FilesDone"/> of <see cref="FilesTotal"/> files.</summary>
public readonly record struct CheckProgress(int FilesDone, int FilesTotal)
{
    /// <summary>
    /// What the pass does to each file: "profiled" (loaded, split and profiled for stories), then "read for claims" (the
    /// files that can be compared). A new pass starts again from none done.
    /// </summary>
    public string Step { get; init; } = "read";
}
