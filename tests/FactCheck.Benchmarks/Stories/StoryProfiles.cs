using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// Reads files into story profiles as the check does (load, split, places, profile), on every core, and keeps each
/// source's document for a reader judging the stories (titles, dates) unless told not to.
/// </summary>
internal static class StoryProfiles
{
    public sealed record Read(ImmutableArray<StoryProfile> Profiles, IReadOnlyDictionary<string, SourceDocument> Sources);

    /// <summary>The profiles of <paramref name="files"/>, ids relative to <paramref name="root"/>; null after printing a load error.</summary>
    public static Read? Of(IReadOnlyList<string> files, string root, bool keepSources = true)
    {
        var loader = new SourceLoader(root);
        var profiles = new StoryProfile[files.Count];
        var documents = new SourceDocument?[files.Count];
        string? error = null;
        Parallel.For(0, files.Count, i =>
        {
            var (document, fileError) = loader.LoadFile(files[i], SourceRole.Reference);
            if (document is null)
            {
                error = fileError?.ToString();
                return;
            }
            var sentences = SentenceSplitter.Default.Split(document);
            profiles[i] = FactCheck.Pipeline.CheckStages.Default.Profile(document, sentences);
            if (keepSources) documents[i] = document;
        });
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return null;
        }
        return new Read([.. profiles], documents.OfType<SourceDocument>().ToDictionary(d => d.Id, StringComparer.Ordinal));
    }

    /// <summary>Every <paramref name="stride"/>-th file of a folder of the corpus, in ordinal order.</summary>
    public static IEnumerable<string> EveryNth(string corpus, string folder, int stride) =>
        Directory.GetFiles(Path.Combine(corpus, folder)).Order(StringComparer.Ordinal).Where((_, i) => i % stride == 0);
}
