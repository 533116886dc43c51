using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Reporting;

namespace FactCheck.Store;

/// <summary>
/// The claims file a shard writes (<c>check --shard i/n --output FILE</c>) and a merge reads (<c>check --claims FILE...</c>):
/// a header (magic, format, tool version, configuration fingerprint, the shard and how many files the check discovered),
/// then each file of the shard by its index: its whole read, text included, or the error that kept it from being read.
/// </summary>
public static class ClaimsFile
{
    private static readonly byte[] Magic = "FCCLAIMS"u8.ToArray();

    /// <summary>Writes <paramref name="stored"/> to <paramref name="output"/>.</summary>
    public static void Write(StoredSources stored, Stream output) => StoreEnvelope.Write(output, Magic, stored.Fingerprint, store =>
    {
        store.Int(stored.Shard.Index);
        store.Int(stored.Shard.Count);
        store.Int(stored.FileCount);
        store.Int(stored.Count);
        foreach (var source in stored.Sources)
        {
            store.Int(source.Index);
            store.Bool(source.Read is not null);
            if (source.Read is { } read) new SourceReadWriter(store, stored.Languages).Write(read, withText: true);
            else
            {
                store.String(source.Error!.Path);
                store.Int(source.Error.Line);
                store.String(source.Error.Message);
            }
        }
    });

    /// <summary>
    /// Reads the claims files <paramref name="paths"/> (relative to <paramref name="workingDirectory"/>) written with
    /// <paramref name="fingerprint"/>, and puts them together: every shard of one sharded check, once. The first thing
    /// wrong (a file that is not a claims file, damaged, of another version or configuration, a shard missing or given twice)
    /// is the error.
    /// </summary>
    internal static (StoredSources? Stored, UserError? Error) ReadAll(
        ImmutableArray<string> paths, string workingDirectory, string fingerprint, LanguagePacks languages)
    {
        var shards = new List<StoredSources>();
        foreach (var path in paths)
        {
            var (stored, error) = Read(path, Path.GetFullPath(path, workingDirectory), fingerprint, languages);
            if (error is not null) return (null, error);
            shards.Add(stored!);
        }
        var first = shards[0];
        if (shards.FirstOrDefault(s => s.Shard.Count != first.Shard.Count || s.FileCount != first.FileCount) is { } other)
            return (null, new UserError(paths[shards.IndexOf(other)], null,
                $"is shard {other.Shard} of {other.FileCount} files, and {paths[0]} shard {first.Shard} of {first.FileCount}: the claims files are of different checks"));
        var given = shards.GroupBy(s => s.Shard.Index).ToDictionary(g => g.Key, g => g.Count());
        if (given.FirstOrDefault(g => g.Value > 1) is { Value: > 1 } twice)
            return (null, new UserError(string.Join(' ', paths), null, $"shard {twice.Key}/{first.Shard.Count} is given {twice.Value} times"));
        var missing = Enumerable.Range(1, first.Shard.Count).Where(i => !given.ContainsKey(i)).ToList();
        if (missing.Count > 0)
            return (null, new UserError(string.Join(' ', paths), null,
                $"{given.Count} of the {first.Shard.Count} shards given; {string.Join(", ", missing.Select(i => $"{i}/{first.Shard.Count}"))} missing"));
        var sources = shards.SelectMany(s => s.Sources).OrderBy(s => s.Index).ToImmutableArray();
        if (sources.Length != first.FileCount || sources.Where((s, i) => s.Index != i).Any())
            return (null, new UserError(string.Join(' ', paths), null, "do not hold each file of the check once: write the claims files again"));
        return (new StoredSources(fingerprint, new Shard(1, 1), first.FileCount, sources, languages), null);
    }

    private static (StoredSources? Stored, UserError? Error) Read(string path, string fullPath, string fingerprint, LanguagePacks languages)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new UserError(path, null, "cannot be read: " + e.Message));
        }
        var (body, problem, format, version) = StoreEnvelope.Open(bytes, Magic, fingerprint);
        UserError Refusal(string message) => new(path, null, message);
        switch (problem)
        {
            case StoreEnvelope.Problem.NotAStore:
                return (null, Refusal("is not a FactCheck claims file (written by check --shard)"));
            case StoreEnvelope.Problem.OtherVersion:
                return (null, Refusal(
                    $"was written by factcheck {version} (claims format {format}), and this is {ReportBuilder.ToolVersion} (format {StoreFingerprint.FormatVersion}): write the claims files again"));
            case StoreEnvelope.Problem.OtherConfiguration:
                return (null, Refusal("was written with another configuration (factcheck.yml, --places, --languages or --date): merge with the options the shards were read with"));
            case StoreEnvelope.Problem.Damaged:
                return (null, Refusal(Damaged));
        }
        try
        {
            using var store = body!;
            var shard = new Shard(store.Int(), store.Int());
            var (fileCount, count) = (store.Int(), store.Count());
            if (shard.Index < 1 || shard.Index > shard.Count) throw new InvalidDataException("a shard out of range");
            var sources = ImmutableArray.CreateBuilder<StoredSource>(count);
            for (var n = 0; n < count; n++)
            {
                var index = store.Int();
                if (index >= fileCount) throw new InvalidDataException("a file index out of range");
                sources.Add(store.Bool()
                    ? new StoredSource(index, new SourceReadReader(store, languages).Read(null, "", null), null)
                    : new StoredSource(index, null, new UserError(store.String(), store.OptionalInt(), store.String())));
            }
            if (!store.AtEnd) throw new InvalidDataException("bytes after the end");
            return (new StoredSources(fingerprint, shard, fileCount, sources.MoveToImmutable(), languages), null);
        }
        catch (Exception e) when (StoreDamage.Is(e))
        {
            return (null, Refusal(Damaged));
        }
    }

    private const string Damaged = "is damaged or truncated: write it again with check --shard";
}
