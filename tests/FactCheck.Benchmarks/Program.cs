using System.Globalization;
using FactCheck.Benchmarks.DevSet;
using FactCheck.Tests;

namespace FactCheck.Benchmarks;

/// <summary>
/// Two ways to time FactCheck (each stage with BenchmarkDotNet, or the whole corpus with a stopwatch) and one way to score
/// how well it reads figures (the development set of tests/DevSet).
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: dotnet run -c Release --project tests/FactCheck.Benchmarks -- stages [CORPUS_DIR] [BenchmarkDotNet options]
               dotnet run -c Release --project tests/FactCheck.Benchmarks -- throughput [CORPUS_DIR] [--naive-sample MB]
               dotnet run -c Release --project tests/FactCheck.Benchmarks -- floor [CORPUS_DIR]
               dotnet run -c Release --project tests/FactCheck.Benchmarks -- naive [CORPUS_DIR] [--naive-sample MB]
               dotnet run -c Release --project tests/FactCheck.Benchmarks -- devset [CORPUS_DIR] [--verbose]
               dotnet run -c Release --project tests/FactCheck.Benchmarks -- stories [CORPUS_DIR] [cases|clusters|sample|small|corpus|all] [--print] [--pairs] [--cohesion]
               dotnet run -c Release --project tests/FactCheck.Benchmarks -- lsp [EDITS]
        CORPUS_DIR defaults to ../shared/bench-corpus beside the repository. --naive-sample defaults to 5 (MB, 10^6 bytes);
        a value at or above the corpus size runs the naive way on all of it. floor reads and splits every file and finds
        nothing; naive runs the naive way alone (benchmarks/speed.sh times both beside a check).
        """;

    // The naive way runs at about 0.2 MB/s: 5 MB keeps it under half a minute and still mixes every outlet.
    private const double DefaultNaiveSampleMb = 5;

    private static int Main(string[] args)
    {
        // The language server's answer to an edit needs no corpus: it writes a story of its own.
        if (args is ["lsp", .. var rest]) return rest is [] ? LspCommand.Run(30) : int.TryParse(rest[0], CultureInfo.InvariantCulture, out var edits) && edits > 0 ? LspCommand.Run(edits) : Fail(Usage);
        if (args.Length == 0 || args[0] is not ("stages" or "throughput" or "floor" or "naive" or "devset" or "stories")) return Fail(Usage);
        var hasCorpus = args.Length > 1 && !args[1].StartsWith('-') && !(args[0] == "stories" && Stories.StoriesCommand.Parts.Contains(args[1]));
        var corpus = Path.GetFullPath(hasCorpus ? args[1] : Path.Combine(RepoPaths.Shared, "bench-corpus"));
        var options = args[(hasCorpus ? 2 : 1)..];
        if (args[0] == "devset") return DevSetCommand.Run(corpus, options); // says itself what the missing corpus means
        if (!Directory.Exists(corpus)) return Fail($"{corpus}: no such folder");

        if (args[0] == "stages") return StagesCommand.Run(corpus, options);
        if (args[0] == "stories") return Stories.StoriesCommand.Run(corpus, options);
        if (args[0] == "floor") return options is [] ? FloorCommand.Run(corpus) : Fail(Usage);
        Func<string, double, int> run = args[0] == "naive" ? ThroughputCommand.RunNaive : ThroughputCommand.Run;
        if (options is []) return run(corpus, DefaultNaiveSampleMb);
        if (options is ["--naive-sample", var text] && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var sample) && sample > 0)
            return run(corpus, sample);
        return Fail(Usage);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2; // as the CLI's ExitCodes.InputError: the command line or the corpus was wrong, not the code
    }
}
