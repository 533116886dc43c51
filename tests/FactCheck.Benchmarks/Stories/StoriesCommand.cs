namespace FactCheck.Benchmarks.Stories;

/// <summary>
/// <c>stories</c>: how the story grouping does on real text: <c>cases</c>, <c>clusters</c>, <c>sample</c>, <c>small</c>,
/// <c>corpus</c> and <c>profile</c> (see each class), or <c>all</c> of them but <c>small</c>. Figures and judgements are in docs/stories.md.
/// </summary>
internal static class StoriesCommand
{
    /// <summary>The parts of the command, any of which may be run alone.</summary>
    public static readonly string[] Parts = ["cases", "clusters", "sample", "small", "corpus", "profile", "all"];

    public static int Run(string corpus, string[] options)
    {
        var part = options is [var first, ..] ? first : "all";
        var (print, pairs, cohesion) = (options.Contains("--print"), options.Contains("--pairs"), options.Contains("--cohesion"));
        var ok = part switch
        {
            "cases" => CaseStories.Run(pairs, cohesion),
            "clusters" => ClusterStories.Run(corpus, pairs),
            "sample" => SampleStories.Run(corpus, print, pairs),
            "small" => SampleStories.Small(corpus),
            "corpus" => CorpusStories.Run(corpus),
            "profile" => ProfileStories.Run(corpus),
            "all" => CaseStories.Run(pairs, cohesion) && ClusterStories.Run(corpus, pairs) && SampleStories.Run(corpus, print, pairs) && CorpusStories.Run(corpus),
            _ => Unknown(part),
        };
        return ok ? 0 : 2;
    }

    private static bool Unknown(string part)
    {
        Console.Error.WriteLine($"stories: '{part}' is not one of {string.Join(", ", Parts)}");
        return false;
    }
}
