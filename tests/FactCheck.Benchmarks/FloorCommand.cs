using System.Diagnostics;
using System.Text;
using FactCheck.Inputs;
using FactCheck.Sentences;
using FactCheck.Sources;
using static System.FormattableString;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>floor</c>: what any .NET checker of these files pays before it looks for a single claim: every file found, read,
/// decoded, its Markdown parsed to prose and split into sentences, on every core. <c>benchmarks/speed.sh</c> times it as a
/// process of its own, beside a whole check, so the table shows how far above reading the text a check is.
/// </summary>
internal static class FloorCommand
{
    public static int Run(string corpus)
    {
        var clock = Stopwatch.StartNew();
        var loader = new SourceLoader(corpus);
        var (files, error) = loader.Discover([corpus]);
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        var bytes = new long[files.Length];
        var sentences = new int[files.Length];
        // Each file's figures go to its own slot, as the check's do: the sums never depend on the threads.
        Parallel.For(0, files.Length, i =>
        {
            if (loader.LoadFile(files[i], SourceRole.Reference).Document is not { } document) return;
            bytes[i] = Encoding.UTF8.GetByteCount(document.Text);
            sentences[i] = SentenceSplitter.Default.Split(document).Length;
        });
        Console.WriteLine(Invariant($"floor: {files.Length} files, {bytes.Sum() / 1e6:0.00} MB, {sentences.Sum()} sentences, read and split in {clock.Elapsed.TotalSeconds:0.00} s"));
        return 0;
    }
}
