using System.Collections.Immutable;
using System.Diagnostics;
using FactCheck.Inputs;
using FactCheck.Mentions;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;
using static System.FormattableString;

namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>stories profile</c>: the profiler alone, on one thread, over sources already loaded, split and searched for places,
/// best of three passes: the cost the check pays per source, apart from the stages around it.
/// </summary>
internal static class ProfileStories
{
    private const int Passes = 3;
    private static readonly MentionRecognizer Recognizer = FactCheck.Pipeline.CheckStages.Default.Recognizer;

    public static bool Run(string corpus)
    {
        var files = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var loader = new SourceLoader(corpus);
        var read = new (SourceDocument Document, ImmutableArray<Sentence> Sentences, ImmutableArray<Mention> Mentions)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (document, _) = loader.LoadFile(files[i], SourceRole.Reference);
            if (document is null) return;
            var sentences = SentenceSplitter.Default.Split(document);
            read[i] = (document, sentences, Recognizer.Recognize(sentences));
        });
        var best = TimeSpan.MaxValue;
        var features = 0L;
        for (var pass = 0; pass < Passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            features = 0;
            foreach (var (document, sentences, mentions) in read)
                if (document is not null) features += StoryProfiler.Profile(document, sentences, mentions).Features.Length;
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        Console.WriteLine(Invariant($"profile: {files.Count} sources profiled on one thread in {best.TotalSeconds:0.00} s (best of {Passes}), {features} features kept"));
        return true;
    }
}
