namespace FactCheck.Cli;

/// <summary>Every message the CLI itself writes, so tests assert against the same text users read.</summary>
internal static class UserMessages
{
    public const string ToolDescription = "FactCheck finds the figures that disagree across a set of texts (Markdown and plain text, English and French), with the file, line and column of every side.";
    public const string CheckDescription = "Compare the claims of the sources and report where they disagree.";
    public const string ExtractDescription = "List every claim found in the sources (bound to a subject or not), without comparing them.";
    public const string PathsDescription = "Files and folders to read (folders recursively: .md, .markdown, .txt; a folder's README is skipped); - reads one source from standard input.";
    public const string StdinFilenameDescription = "The path of the text read from standard input (-): the report names it so, and factcheck.yml's ignore and sources globs match it (default: <stdin>, read as Markdown).";
    public const string NoErrorOnIgnoredDescription = "When every file named matches an ignore glob of factcheck.yml, check nothing and exit 0 instead of an input error (for hooks that pass every changed file).";
    public const string StdinFilenameWithoutDash = "names the text of standard input: give - among the paths to read it";
    public const string DashTwice = "standard input can be read once: give - once";
    public const string FormatDescription = "Output format: text (for people), json (report-contract.md, version 1), markdown (a report for a desk), sarif (SARIF 2.1.0, for code scanning), github (GitHub Actions annotations, one per finding), rdjson (reviewdog's diagnostic format) or html (one self-contained page, the sources side by side); extract: text, json, markdown or html.";
    public const string OutputDescription = "Write the report to FILE (UTF-8) instead of stdout; its folder must exist, and it cannot be one of the files checked.";
    public const string OutputIsFolder = "is a folder: --output takes a file";
    public const string OutputFolderMissing = "cannot be written: its folder does not exist";
    public const string OutputIsSource = "is one of the files being checked: FactCheck never writes over its sources";
    public static string OutputNotWritten(string reason) => "cannot be written: " + reason;
    public const string FailOnDescription = "Exit with 1 when a finding has this severity or higher: error, warning, info, or none to always exit 0 after a successful check.";
    public const string LanguagesDescription = "A language pack (the YAML format of the shipped Languages/en.yml) that adds a language sources may be written in; may be given more than once.";
    public const string PlacesDescription = "A places file (the YAML format of the shipped gazetteer) that adds places or names; may be given more than once.";
    public const string OneStoryDescription = "Put every source in one story instead of grouping the sources into stories by what they share.";
    public const string StatsDescription = "Print what was read and the time and throughput of each stage on stderr.";
    public const string ConfigDescription = "The configuration file to use instead of the nearest factcheck.yml in the working directory or a parent.";
    public const string LspDescription = "Run a Language Server Protocol server on stdin and stdout: an editor's open documents are checked as drafts against the workspace folder.";
    public const string LspNotInNativeBuild = "this native build has no language server (it cannot be compiled ahead of time): run `factcheck lsp` from the dotnet tool (dotnet tool install, README \"In your editor\")";
    public const string AgainstDescription = "Reference files and folders: the PATHs are then drafts, and only findings with a draft claim on one side are reported.";
    public const string BaselineDescription = "A baseline file (factcheck baseline writes one): its findings are counted, not shown.";
    public const string InitDescription = "Write a commented starter factcheck.yml in the working directory (never over an existing one).";
    public const string RulesDescription = "List every rule with its id, level and what it checks, with the configuration applied.";
    public const string BaselineCommandDescription = "Check the sources and write the fingerprints of the findings, for check --baseline to hide.";
    public const string BaselineOutputDescription = "Where to write the baseline.";
    public const string ConfigExists = "already exists; FactCheck never overwrites it";
    public const string ConfigWritten = "Wrote factcheck.yml: every section is explained there, with examples to uncomment.";
    public const string NoConfig = "No factcheck.yml: the rules as FactCheck ships them.";
    public const string BaselineOverSource = "is one of the sources; a baseline is never written over a file FactCheck checks";
    public static string BaselineWritten(int findings, string path) => $"Wrote {findings} finding(s) to {path}.";
    public static string CannotWrite(string reason) => "cannot be written: " + reason;
    public const string DateDescription = "The date of the one file checked, when its front matter gives none (2024-04-02, 2024-04 or 2024): relative dates such as \"tomorrow\" are placed from it.";
    public static string BadDate(string value) => $"--date '{value}' is not an ISO 8601 date (2024-04-02, 2024-04 or 2024)";
    public static string UnknownOption(string option) => $"unknown option '{option}' (a file whose name starts with '-' can be given as ./-name)";
    public const string ShardDescription = "Read a share of the files (i of n: 1/4, 2/4 …; file k of the sorted files goes to share k mod n + 1), all of it, into the claims file --output names, and compare nothing: check --claims compares the shares as one run.";
    public const string ClaimsDescription = "Compare the claims files of every shard of a check (check --shard i/n --output FILE) as one run over all their files: give the same --config, --places, --languages and --date as the shards.";
    public const string CacheDescription = "Keep what is read of each file in DIR (an entry per file, keyed by its text, role and the configuration): a check run again reads only the files that changed, and prints the last result again when none did.";
    public const string ShardWithClaims = "reads files, and --claims compares claims files: give one of them";
    public const string ShardWithoutOutput = "writes a claims file: name it with --output";
    public const string ShardWithStdin = "shares out the files named: standard input (-) cannot be one";
    public const string MergeOnly = "is for the merge (check --claims), where the sources are compared: a shard only reads";
    public const string ClaimsWithPaths = "compares the files the claims files hold: give no PATH and no --against (they go with the shards)";
    public const string NoPaths = "give the PATHs to check (or --claims FILE... to compare the claims files of shards)";
    public const string UsageHint = " (see factcheck --help)";
    public const string InternalError = "factcheck: internal error, please report it: ";
}
