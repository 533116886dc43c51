using System.Collections.Concurrent;
using FactCheck.Store;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// Strings read from many stores through one shared pool are held once (the run index's profiles share their features'
/// keys so), and read as they were written, pool or none.
/// </summary>
public sealed class StoreReaderTests
{
    private static byte[] Written(params string[] values)
    {
        using var buffer = new MemoryStream();
        using (var store = new StoreWriter(buffer))
        {
            foreach (var value in values) store.String(value);
            store.Flush();
        }
        return buffer.ToArray();
    }

    private static string[] Read(byte[] bytes, int count, ConcurrentDictionary<string, string>? shared)
    {
        using var store = new StoreReader(new MemoryStream(bytes), shared);
        return [.. Enumerable.Range(0, count).Select(_ => store.String())];
    }

    [Fact]
    public void Strings_of_two_stores_read_through_one_pool_are_the_same_instances()
    {
        var shared = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        var first = Read(Written("economy", "€25bn", "economy"), 3, shared);
        var second = Read(Written("€25bn", "grid"), 2, shared);

        Assert.Equal(["economy", "€25bn", "economy"], first);
        Assert.Equal(["€25bn", "grid"], second);
        Assert.Same(first[1], second[0]);
        Assert.Equal(3, shared.Count);
    }

    [Fact]
    public void Without_a_pool_each_store_reads_its_own_strings()
    {
        var first = Read(Written("economy"), 1, null);
        var second = Read(Written("economy"), 1, null);

        Assert.Equal(first, second);
        Assert.NotSame(first[0], second[0]);
    }
}
