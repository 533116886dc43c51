using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Frames;
using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// One row per pipeline stage on <see cref="StageSubset"/>, plus the naive baseline. Setup runs the stages once, in order,
/// so that each benchmark starts from the previous stage's real output and times its own stage alone.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks // not sealed: BenchmarkDotNet runs a class it derives from this one
{
    /// <summary>Names the corpus for the benchmark process, which BenchmarkDotNet starts without our command line.</summary>
    public const string CorpusVariable = "FACTCHECK_BENCH_CORPUS";

    private ImmutableArray<(string Id, string Text)> texts;
    private ImmutableArray<SourceDocument> documents;
    private ImmutableArray<Sentence>[] sentences = [];
    private ImmutableArray<Mention>[] mentions = [];
    private readonly MentionRecognizer recognizer = CheckStages.Default.Recognizer;
    private readonly NaiveBaseline naive = new();

    /// <summary>Reads the subset and runs every stage once to feed the next.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable(CorpusVariable)
            ?? throw new InvalidOperationException($"{CorpusVariable} is not set: run this through the `stages` command");
        var (files, error) = StageSubset.Read(corpus);
        texts = error is null ? files : throw new InvalidOperationException(error); // the parent process read the same folder already
        documents = [.. Load()];
        sentences = Split();
        mentions = Recognize();
    }

    /// <summary>Sources from in-memory text: Markdown, front matter, language and date, no disk.</summary>
    [Benchmark]
    public SourceDocument[] Load()
    {
        var loaded = new SourceDocument[texts.Length];
        for (var i = 0; i < texts.Length; i++)
            loaded[i] = SourceLoader.FromText(texts[i].Id, texts[i].Text).Document
                ?? throw new InvalidOperationException($"{texts[i].Id} did not load");
        return loaded;
    }

    [Benchmark]
    public ImmutableArray<Sentence>[] Split() => [.. documents.Select(SentenceSplitter.Default.Split)];

    [Benchmark]
    public ImmutableArray<Mention>[] Recognize() => [.. sentences.Select(s => recognizer.Recognize(s))];

    [Benchmark]
    public ImmutableArray<Claim> Bind() => [.. mentions.SelectMany(m => CheckStages.Default.Binder.Bind(m))];

    [Benchmark]
    public ImmutableArray<FramedClaim> Frame() => [.. mentions.SelectMany(m => CheckStages.Default.Frames.Read(CheckStages.Default.Binder.Bind(m)))];

    /// <summary>Everything after the per-source stages: stories, values, alignment and comparison.</summary>
    [Benchmark]
    public ImmutableArray<Finding> GroupNormalizeAlignAndCompare()
    {
        var (claims, stories) = CheckStages.Default.Read(documents);
        return CheckStages.Default.Compare(claims, stories);
    }

    /// <summary>The recognizer's currency model on every sentence: what <see cref="Recognize"/> replaces.</summary>
    [Benchmark]
    public int NaiveRecognizers() => naive.Count(sentences.SelectMany(s => s));
}
