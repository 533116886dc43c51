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
}
