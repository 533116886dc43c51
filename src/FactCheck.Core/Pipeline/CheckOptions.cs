using System.Collections.Immutable;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Mentions;
using FactCheck.Sources;
using FactCheck.Store;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// What to check and how. <see cref="WorkingDirectory"/> makes source ids relative, so reports do not depend on where the
/// disk is mounted. With <see cref="Against"/>, <see cref="Paths"/> are drafts checked against those references.
/// </summary>
public sealed record CheckOptions(ImmutableArray<string> Paths, string WorkingDirectory)
{
    /// <summary>Where Microsoft.Recognizers.Text runs (see <see cref="RecognizerScope"/>).</summary>
    public RecognizerScope RecognizerScope { get; init; } = RecognizerScope.Unexplained;

    /// <summary>How many sources are read at once; 1 for a single-threaded run.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The date of the one file checked, when its front matter gives none (<c>--date</c>): relative dates ("tomorrow",
    /// "le mois dernier") are placed from it. Checking more than one file with it is a user error.
    /// </summary>
    public SourceDate? Date { get; init; }

    /// <summary>An <c>extract</c> report: every claim, no findings.</summary>
    public bool Extract { get; init; }

    /// <summary>
    /// Told each time a file has been read (loaded, split, searched and bound), from the reading threads: two threads may
    /// tell 6 before 5, so the highest <see cref="CheckProgress.FilesDone"/> seen is the count so far. Null: nobody is told.
    /// </summary>
    public IProgress<CheckProgress>? Progress { get; init; }

    /// <summary>The factcheck.yml of the run (<see cref="ConfigLocator"/> finds it); none by default.</summary>
    public FactCheckConfig Configuration { get; init; } = FactCheckConfig.Empty;

    /// <summary>
    /// References to check the drafts in <see cref="Paths"/> against (<c>--against</c>). A file in both is a draft. When any
    /// source is a draft, only findings with a draft claim on some side are reported.
    /// </summary>
    public ImmutableArray<string> Against { get; init; } = [];

    /// <summary>Findings already judged (<c>--baseline</c>): reported as a count, not shown.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>
    /// The kinds of claim the check reads, each registering its parts (<see cref="IClaimKind"/>): FactCheck's own by default.
    /// A library user adds one as a Markdig user adds an extension.
    /// </summary>
    public ImmutableArray<IClaimKind> Kinds { get; init; } = BuiltInKinds.All;

    /// <summary>
    /// Language packs to read besides the shipped ones (<c>--languages</c>, the format of <c>Languages/en.yml</c>): a source
    /// that declares or is detected in such a language is read with its pack.
    /// </summary>
    public ImmutableArray<string> LanguageFiles { get; init; } = [];

    /// <summary>
    /// How sources are put into stories: grouped by what they share (the default), or all in one (<c>--one-story</c>).
    /// factcheck.yml's <c>stories: one</c> forces one story too.
    /// </summary>
    public StoryMode Stories { get; init; } = StoryMode.Grouped;

    /// <summary>
    /// The text of <see cref="InlineSource.Token"/> (<c>-</c>) among <see cref="Paths"/>: standard input, an editor's buffer.
    /// A draft with <see cref="Against"/>, as every path is.
    /// </summary>
    public InlineSource? Input { get; init; }

    /// <summary>
    /// When every file named matches an ignore glob of factcheck.yml, check nothing and report no finding, instead of the input
    /// error that a mistyped path gets (<c>--no-error-on-ignored</c>): for hooks that pass every changed file.
    /// </summary>
    public bool IgnoredIsNothing { get; init; }

    /// <summary>Places files that extend the shipped gazetteer (the format of <c>Kinds/Place/places.yml</c>), read in order.</summary>
    public ImmutableArray<string> PlaceFiles { get; init; } = [];

    /// <summary>
    /// Texts that stand for files, by full path (an editor's unsaved buffers): the loader reads these instead of the disk,
    /// and finds a file named here that is not saved yet.
    /// </summary>
    public ImmutableDictionary<string, string> Overlays { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// What earlier checks read of each file, reused when a file's path, text and role are the same (<see cref="SourceReadCache"/>):
    /// a check run again after one file changed reads only that file. Null: every file is read.
    /// </summary>
    public SourceReadCache? Cache { get; init; }

    /// <summary>
    /// How the caller prints the report (the command line: format, destination, colour, <c>--fail-on</c>). With a
    /// <see cref="Cache"/> folder, a check whose inputs all equal its last run's replays that run's printed result
    /// (<see cref="CheckResult.Replayed"/>), and any other gives a keeper to print through (<see cref="CheckResult.Keeper"/>).
    /// Null: nothing is kept nor replayed.
    /// </summary>
    public ReportPrinting? Printing { get; init; }

    /// <summary>
    /// Read only this share of the files discovered (<c>--shard i/n</c>), each in full (its profile and its claims: a shard
    /// cannot know the stories), and compare nothing: the result's <see cref="CheckResult.Stored"/> holds what was read, for
    /// a claims file (<see cref="ClaimsFile"/>). Null: every file, compared.
    /// </summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// The claims files of every shard of a check (<c>--claims</c>), read instead of <see cref="Paths"/>: their sources are
    /// grouped into stories, compared and reported as one run over all the files would. Empty: files are read.
    /// </summary>
    public ImmutableArray<string> ClaimsFiles { get; init; } = [];
}
