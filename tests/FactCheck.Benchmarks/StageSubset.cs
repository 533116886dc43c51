using System.Collections.Immutable;
using FactCheck.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// The fixed slice of the corpus that the stage benchmarks time: 200 evenly spaced files, in ordinal order, of en/ and of fr/.
/// Evenly spaced rather than the first 200: those of en/ are all BBC business articles, and en/ is mostly Reuters wire copy.
/// </summary>
internal static class StageSubset
{
    private const int FilesPerLanguage = 200;
    private static readonly string[] Languages = ["en", "fr"];

    /// <summary>The subset as (id relative to the corpus, text), or the first thing wrong with the corpus folder.</summary>
    public static (ImmutableArray<(string Id, string Text)> Files, string? Error) Read(string corpus)
    {
        var loader = new SourceLoader(corpus);
        var files = ImmutableArray.CreateBuilder<(string Id, string Text)>();
        foreach (var language in Languages)
        {
            var (all, error) = loader.Discover([language]);
            if (error is not null) return ([], $"{Path.Combine(corpus, language)}: {error.Message}");
            var count = Math.Min(FilesPerLanguage, all.Length);
            for (var i = 0; i < count; i++)
            {
                var file = all[(int)((long)i * all.Length / count)];
                files.Add((Path.GetRelativePath(corpus, file).Replace('\\', '/'), File.ReadAllText(file)));
            }
        }
        return (files.ToImmutable(), null);
    }
}
