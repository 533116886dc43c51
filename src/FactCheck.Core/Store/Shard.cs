using System.Collections.Immutable;
using System.Globalization;

namespace FactCheck.Store;

/// <summary>
/// One share of the files a check discovers (<c>--shard 2/4</c>), 1-based as CI matrices count. The files are taken by
/// their index in the discovered order (sorted by path): the file at index k belongs to shard (k mod n) + 1. By index, not
/// by a hash of the path: the shares differ in size by one file at most, whatever the paths, and the index is what the
/// merge (<c>--claims</c>) puts the files back in order by, so the merged report is the one a single run gives.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Reads <c>i/n</c> (1 ≤ i ≤ n), or returns the reason it cannot.</summary>
    public static (Shard? Shard, string? Error) Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
            return (new Shard(index, count), null);
        return (null, $"'{text}' is not a shard: give i/n with 1 ≤ i ≤ n, as 2/4");
    }

    /// <summary>The indices, among <paramref name="files"/> discovered files, of those this shard reads.</summary>
    public ImmutableArray<int> Of(int files)
    {
        var index = Index;
        var count = Count;
        return [.. Enumerable.Range(0, files).Where(k => k % count == index - 1)];
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
