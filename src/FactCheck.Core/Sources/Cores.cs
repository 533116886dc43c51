namespace FactCheck.Sources;

/// <summary>
/// How many threads a stage's loop over independent items (sources, claims, stories) may use: as many as the check allows
/// (<c>CheckOptions.Parallelism</c>), but one, the caller's, for a few items, since starting and joining tasks would cost
/// more than such items do (a check of one article is most of the checks an editor runs).
/// </summary>
public static class Cores
{
    private const int FewItems = 32;
    private static readonly ParallelOptions One = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ParallelOptions Every = new();

    /// <summary>The options of a loop over <paramref name="items"/> items; without <paramref name="parallel"/>, every core.</summary>
    public static ParallelOptions For(ParallelOptions? parallel, int items) => items < FewItems ? One : parallel ?? Every;

    /// <summary>
    /// Runs <paramref name="body"/> for each index below <paramref name="count"/> on the threads <see cref="For"/> gives for
    /// <paramref name="items"/> items: for a few, a plain loop on the caller's thread. Parallel.For on one thread still made its
    /// tasks and loop state, twice for each of the 21,451 stories of the bench corpus (normalized, then compared): 18 MB.
    /// </summary>
    public static void Loop(ParallelOptions? parallel, int items, int count, Action<int> body)
    {
        var options = For(parallel, items);
        if (options.MaxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, options, body);
    }
}
