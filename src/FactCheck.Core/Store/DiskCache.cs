using System.Security.Cryptography;
using System.Text;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Pipeline;

namespace FactCheck.Store;

/// <summary>
/// What was read of each file, kept in a folder (<c>--cache DIR</c>): one entry per file, named by the SHA-256 of the
/// configuration's fingerprint (<see cref="StoreFingerprint"/>), the file's role, its path from the working directory (the
/// report's id) and its text. An entry is written to a temporary file and renamed into place, so a run reading while
/// another writes finds the whole entry or none. The cache never fails a check: an entry that cannot be written is not
/// kept, and one that cannot be read, is damaged or is of another version is read as missing (and written over).
/// </summary>
internal sealed class DiskCache(string folder)
{
    private static readonly byte[] Magic = "FCENTRY1"u8.ToArray();
    private string fingerprint = "";
    private string workingDirectory = "";
    private LanguagePacks languages = LanguagePacks.BuiltIn;
    private bool broken;

    /// <summary>The cache's folder.</summary>
    public string Folder => folder;

    /// <summary>Serves <paramref name="options"/>' configuration from now on, whose stages read with <paramref name="packs"/>.</summary>
    public void Configure(CheckOptions options, LanguagePacks packs) =>
        (fingerprint, workingDirectory, languages) = (StoreFingerprint.Of(options), options.WorkingDirectory, packs);

    /// <summary>The entry of <paramref name="file"/> as <paramref name="role"/> with <paramref name="text"/> (hashed <paramref name="hash"/>), or null.</summary>
    public SourceRead? Find(string file, SourceRole role, string hash, string text)
    {
        var path = PathOf(file, role, hash);
        try
        {
            var (body, problem, _, _) = StoreEnvelope.Open(File.ReadAllBytes(path), Magic, fingerprint);
            if (problem != StoreEnvelope.Problem.None) return null;
            using var store = body!;
            var read = new SourceReadReader(store, languages).Read(file, hash, text);
            return read.Role == role && store.AtEnd ? read : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || StoreDamage.Is(e))
        {
            return null;
        }
    }

    /// <summary>Writes the entry of <paramref name="read"/>, written as <paramref name="encoded"/>, unless the folder cannot be written.</summary>
    public void Keep(SourceRead read, EncodedRead encoded)
    {
        if (broken) return;
        var path = PathOf(read.File, read.Role, read.Hash);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                StoreEnvelope.Write(stream, Magic, fingerprint, store => store.Bytes(encoded.Bytes));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written (read-only, full) is given up for the run: the check goes on without it.
            broken = e is UnauthorizedAccessException || !Directory.Exists(folder);
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a temporary file is never read as an entry.
            }
        }
    }

    /// <summary>The entry's path: two hex digits of folder, as git keeps objects, so no folder holds tens of thousands of files.</summary>
    private string PathOf(string file, SourceRole role, string hash)
    {
        var id = Path.GetRelativePath(workingDirectory, file).Replace('\\', '/');
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fingerprint}\0{role}\0{id}\0{hash}")));
        return Path.Combine(folder, key[..2], key[2..] + ".fcr");
    }
}
