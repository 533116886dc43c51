namespace FactCheck.Cli;

/// <summary>Every message the CLI itself writes, so tests assert against the same text users read.</summary>
internal static class UserMessages
{
    public const string ToolDescription = "FactCheck finds the figures that disagree across a set of texts (Markdown and plain text, English and French), with the file, line and column of every side.";
    public const string CheckDescription = "Compare the claims of the sources and report where they disagree.";
    public const string ExtractDescription = "List every claim found in the sources (bound to a subject or not), without comparing them.";
    public const string PathsDescription = "Files and folders to read (folders recursively: .md, .markdown, .txt; a folder's README is skipped).";
    public const string FormatDescription = "Output format: text (for people) or json (report-contract.md, version 1).";
    public const string FailOnDescription = "Exit with 1 when a finding has this severity or higher: error, warning, info, or none to always exit 0 after a successful check.";
    public const string StatsDescription = "Print what was read and the time and throughput of each stage on stderr.";
    public const string DateDescription = "The date of the one file checked, when its front matter gives none (2024-04-02, 2024-04 or 2024): relative dates such as \"tomorrow\" are placed from it.";
    public static string BadDate(string value) => $"--date '{value}' is not an ISO 8601 date (2024-04-02, 2024-04 or 2024)";
    public static string UnknownOption(string option) => $"unknown option '{option}' (a file whose name starts with '-' can be given as ./-name)";
    public const string UsageHint = " (see factcheck --help)";
    public const string InternalError = "factcheck: internal error, please report it: ";
}
