using System.Security.Cryptography;
using FactCheck.Reporting;

namespace FactCheck.Store;

/// <summary>
/// The outside of every store (a claims file, a cache entry): its magic number, the SHA-256 of all that follows, then the
/// format and tool versions, the configuration's fingerprint and the body. The hash makes any damage a refusal: a byte
/// changed in a count or an offset would otherwise be read as another, valid-looking claim and fail far from here.
/// </summary>
internal static class StoreEnvelope
{
    /// <summary>What is wrong with a store's outside, if anything.</summary>
    public enum Problem
    {
        None,
        NotAStore,
        OtherVersion,
        OtherConfiguration,
        Damaged,
    }

    /// <summary>Writes a store of <paramref name="magic"/> with the body <paramref name="body"/> writes.</summary>
    public static void Write(Stream output, ReadOnlySpan<byte> magic, string fingerprint, Action<StoreWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var store = new StoreWriter(buffer))
        {
            store.Int(StoreFingerprint.FormatVersion);
            store.Text(ReportBuilder.ToolVersion);
            store.Text(fingerprint);
            body(store);
            store.Flush();
        }
        var written = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        output.Write(magic);
        output.Write(SHA256.HashData(written));
        output.Write(written);
    }

    /// <summary>
    /// Opens the store in <paramref name="bytes"/>: its body to read, or what is wrong with it, and the versions it names
    /// (for <see cref="Problem.OtherVersion"/>). The hash is checked first, so a damaged version or fingerprint is damage.
    /// </summary>
    public static (StoreReader? Body, Problem Problem, int Format, string Version) Open(byte[] bytes, ReadOnlySpan<byte> magic, string fingerprint)
    {
        if (!bytes.AsSpan().StartsWith(magic)) return (null, Problem.NotAStore, 0, "");
        var start = magic.Length + SHA256.HashSizeInBytes;
        if (bytes.Length < start || !SHA256.HashData(bytes.AsSpan(start)).AsSpan().SequenceEqual(bytes.AsSpan(magic.Length, SHA256.HashSizeInBytes)))
            return (null, Problem.Damaged, 0, "");
        var stream = new MemoryStream(bytes, start, bytes.Length - start, writable: false);
        var body = new StoreReader(stream);
        try
        {
            var (format, version) = (body.Int(), body.Text());
            var problem = format != StoreFingerprint.FormatVersion || version != ReportBuilder.ToolVersion ? Problem.OtherVersion
                : body.Text() != fingerprint ? Problem.OtherConfiguration : Problem.None;
            if (problem == Problem.None) return (body, problem, format, version);
            body.Dispose();
            return (null, problem, format, version);
        }
        catch (Exception e) when (StoreDamage.Is(e))
        {
            body.Dispose();
            return (null, Problem.Damaged, 0, "");
        }
    }
}
