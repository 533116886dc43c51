using System.Collections.Immutable;
using FactCheck.Stories;

namespace FactCheck.Store;

/// <summary>
/// The stories of a check's last run (<c>DIR/runs/KEY.fcs</c>, beside its index), under the digest of the profiles they
/// were grouped from (<see cref="GroupingDigest"/>): a run whose profiles have the same digest takes them instead of
/// grouping again. Enveloped like every store, so a damaged file, or one of another configuration, is no stories.
/// </summary>
internal static class KeptStories
{
    private static readonly byte[] Magic = "FCSTORY1"u8.ToArray();

    /// <summary>The stories kept at <paramref name="path"/> when they were grouped from profiles of <paramref name="digest"/>, or null.</summary>
    public static StoryMap? Read(string path, string fingerprint, byte[] digest)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var (body, problem, _, _) = StoreEnvelope.Open(File.ReadAllBytes(path), Magic, fingerprint);
            if (problem != StoreEnvelope.Problem.None) return null;
            using var store = body!;
            if (!store.Bytes(digest.Length).AsSpan().SequenceEqual(digest)) return null;
            var stories = ImmutableArray.CreateBuilder<Story>(store.Count());
            for (var n = stories.Capacity; n > 0; n--)
            {
                var (id, label) = (store.Text(), store.Text());
                var sources = new string[store.Count()];
                for (var k = 0; k < sources.Length; k++) sources[k] = store.Text();
                stories.Add(new Story(id, label, [.. sources]));
            }
            return store.AtEnd ? new StoryMap(stories.MoveToImmutable()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || StoreDamage.Is(e))
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="stories"/>, grouped from profiles of <paramref name="digest"/>, to <paramref name="temporary"/>, to be renamed into place.</summary>
    public static void Write(string temporary, string fingerprint, byte[] digest, StoryMap stories)
    {
        using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        StoreEnvelope.Write(stream, Magic, fingerprint, store =>
        {
            store.Bytes(digest);
            store.Int(stories.Stories.Length);
            foreach (var story in stories.Stories)
            {
                store.Text(story.Id);
                store.Text(story.Label);
                store.Int(story.Sources.Length);
                foreach (var source in story.Sources) store.Text(source);
            }
        });
    }
}
