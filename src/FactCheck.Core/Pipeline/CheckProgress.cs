namespace FactCheck.Pipeline;

/// <summary>How far a check has read: <see cref="FilesDone"/> of <see cref="FilesTotal"/> files.</summary>
public readonly record struct CheckProgress(int FilesDone, int FilesTotal);
