using System.Collections.Immutable;
using FactCheck.Languages;
using FactCheck.Pipeline;

namespace FactCheck.Store;

/// <summary>
/// What a shard read (<see cref="CheckOptions.Shard"/>), or what the claims files of all shards hold together
/// (<see cref="CheckOptions.ClaimsFiles"/>): each file's read, or the error that kept it from being read, by its index among
/// all the files the check discovered. <see cref="ClaimsFile"/> writes and reads it.
/// </summary>
public sealed class StoredSources
{
    internal StoredSources(string fingerprint, Shard shard, int fileCount, ImmutableArray<StoredSource> sources, LanguagePacks languages) =>
        (Fingerprint, Shard, FileCount, Sources, Languages) = (fingerprint, shard, fileCount, sources, languages);

    /// <summary>The configuration the files were read with (<see cref="StoreFingerprint"/>).</summary>
    internal string Fingerprint { get; }

    /// <summary>The share read; for merged claims files, 1/1.</summary>
    public Shard Shard { get; }

    /// <summary>How many files the check discovered in all (every shard's).</summary>
    public int FileCount { get; }

    /// <summary>The ids of the files this holds (relative to the working directory of the check that read them).</summary>
    public IEnumerable<string> Ids => Sources.Select(s => s.Read?.Document.Id ?? s.Error!.Path);

    /// <summary>Why the files that could not be read were not, in file order.</summary>
    public IEnumerable<Inputs.UserError> Errors => Sources.Where(s => s.Error is not null).Select(s => s.Error!);

    /// <summary>How many files this holds.</summary>
    public int Count => Sources.Length;

    /// <summary>Each file's read or error, in the order of <see cref="StoredSource.Index"/>.</summary>
    internal ImmutableArray<StoredSource> Sources { get; }

    /// <summary>The language packs the reads refer to by number.</summary>
    internal LanguagePacks Languages { get; }
}
