using System.Diagnostics;
using FactCheck.Tests.DevSet;
using static System.FormattableString;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>
/// <c>devset [--verbose]</c>: scores <c>factcheck extract --format json</c> on the development set of tests/DevSet, per kind
/// and language. The set holds references into ../shared/bench-corpus, never its text, so the corpus must be there.
/// </summary>
internal static class DevSetCommand
{
    public static int Run(string corpus, string[] options)
    {
        if (options is not ([] or ["--verbose"])) return Fail("usage: devset [CORPUS_DIR] [--verbose]");
        if (!Directory.Exists(corpus))
            return Fail($"{corpus}: no such folder. The development set (tests/DevSet) refers to the bench corpus's files and holds none of their text: put ../shared beside the repository.");

        var set = DevSetLoader.Load(DevSetData.Folder);
        if (!set.Errors.IsEmpty) return Fail(string.Join('\n', set.Errors.Select(e => "tests/DevSet/" + e)));
        var files = set.Sentences.Select(s => s.File).Distinct().Order(StringComparer.Ordinal).ToList();
        if (files.FirstOrDefault(f => !File.Exists(Path.Combine(corpus, f))) is { } lost)
            return Fail($"{Path.Combine(corpus, lost)}: not in the corpus, yet the development set refers to it");

        var clock = Stopwatch.StartNew();
        var (read, error) = ExtractRunner.Run(corpus, files);
        if (error is not null) return Fail(error);
        var scored = DevSetMatcher.Match(set, read);

        Console.WriteLine(Invariant($"Development set: {set.Sentences.Length} sentences in {files.Count} files of {corpus}, ")
                          + Invariant($"{set.Items.Count(i => !i.Optional)} figures ({set.Items.Count(i => i.Optional)} optional ones not counted); extract took {clock.Elapsed.TotalSeconds:0.0} s."));
        Console.WriteLine();
        var report = new DevSetReport(Console.Out, corpus);
        report.Table(scored);
        report.MisreadParts(scored);
        report.Forms(scored);
        if (options is ["--verbose"]) report.Listing(scored);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
