using System.Collections.Immutable;
using FactCheck.Configuration;
using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Sources;

/// <summary>
/// The sources read from the paths a user gave; the files that could not be read, each with what is wrong with it; or the
/// first thing wrong with the paths themselves (a path that does not exist), which stops the whole load.
/// </summary>
public sealed record LoadResult(ImmutableArray<SourceDocument> Documents, UserError? Error)
{
    /// <summary>The files found but not read (binary, not UTF-8, too large, broken front matter), in path order.</summary>
    public ImmutableArray<UserError> Unreadable { get; init; } = [];
}

/// <summary>
/// Reads files and folders (recursively: .md, .markdown, .txt) into <see cref="SourceDocument"/>s.
/// Never writes, never follows links inside folders (they can loop), and reads only regular files within a size limit
/// (<see cref="UserFile"/>: a FIFO or a device is never read). A <see cref="Configuration"/> leaves out the files its
/// <c>ignore</c> globs match and gives its <c>sources</c> metadata to files whose front matter does not say.
/// </summary>
public sealed class SourceLoader(string workingDirectory)
{
    /// <summary>The factcheck.yml of the run (none by default).</summary>
    public FactCheckConfig Configuration { get; init; } = FactCheckConfig.Empty;

    /// <summary>
    /// When every file named on the command line matches an ignore glob, there is nothing to read and no error: what a hook
    /// that passes every changed file needs when a commit changes only ignored files. False: that is an input error.
    /// </summary>
    public bool IgnoredIsNothing { get; init; }

    /// <summary>The languages sources may be written in (the shipped ones by default).</summary>
    public LanguagePacks Languages { get; init; } = LanguagePacks.BuiltIn;

    /// <summary>
    /// Texts that stand for files, by full path: an editor's unsaved buffers are what is checked, not the disk. A file named
    /// that is not saved yet is found all the same.
    /// </summary>
    public IReadOnlyDictionary<string, string> Overlays { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The status of each file <see cref="Discover"/> found on disk, taken when it was found: the cache's run index compares
    /// it with the one it indexed instead of asking the system again (a stat a file; on a re-check of 29,151 files after a
    /// touch, half the system calls). <see cref="ReadText"/> opens a file found regular without asking its path again, and
    /// asks what it opened (<see cref="UserFile"/>): a FIFO or a folder put in a file's place since is never read.
    /// </summary>
    internal IReadOnlyDictionary<string, FileStatus> Statuses => statuses;

    private readonly Dictionary<string, FileStatus> statuses = new(StringComparer.Ordinal);

    /// <summary>A larger file is refused rather than read into memory.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>
    /// All sources are held in memory until they are compared (about ten bytes of memory for each byte of text), so a set
    /// larger than this is refused rather than allowed to exhaust the machine.
    /// </summary>
    public const long MaxTotalBytes = 1024L * 1024 * 1024;

    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];
    // A folder of fewer files is stated on one thread: starting the others would cost more than the calls.
    private const int FilesStatedAlone = 256;

    /// <summary>
    /// Loads every source under <paramref name="paths"/>, in ordinal path order, as <paramref name="role"/>. A file that
    /// cannot be read is set aside with its error, and the rest are read, as a compiler reports each file and goes on.
    /// </summary>
    public LoadResult Load(IEnumerable<string> paths, SourceRole role = SourceRole.Reference)
    {
        var (files, error) = Discover(paths);
        if (error is not null) return new LoadResult([], error);
        var documents = ImmutableArray.CreateBuilder<SourceDocument>(files.Length);
        var unreadable = ImmutableArray.CreateBuilder<UserError>();
        foreach (var file in files)
        {
            var (document, fileError) = LoadFile(file, role);
            if (fileError is not null) unreadable.Add(fileError);
            else documents.Add(document!);
        }
        return new LoadResult(documents.ToImmutable(), null) { Unreadable = unreadable.ToImmutable() };
    }

    /// <summary>The files that <paramref name="paths"/> name, in ordinal order, or the first path that does not exist.</summary>
    public (ImmutableArray<string> Files, UserError? Error) Discover(IEnumerable<string> paths)
    {
        // Each file's size as it was measured when it was found: one stat a file, not two (29,000 files take a second).
        // Sorted once at the end: a sorted tree, kept in order through 29,151 inserts, took twice as long (at start-up, on one core).
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden, IgnoreInaccessible = true };
                var (found, kept) = (0, 0);
                // The names are listed first, then asked for their status on every core: one stat a file, each walking the
                // whole path, was the longest stretch of a large check's start on one core (150 ms of 29,151 files).
                var named = Directory.EnumerateFiles(full, "*", options).Where(IsSourceName).ToArray();
                var statusOf = new FileStatus?[named.Length];
                Parallel.For(0, named.Length, new ParallelOptions { MaxDegreeOfParallelism = named.Length < FilesStatedAlone ? 1 : -1 },
                    i => statusOf[i] = SourceInFolder(named[i]));
                for (var i = 0; i < named.Length; i++)
                {
                    var file = named[i];
                    if (statusOf[i] is not { } status) continue;
                    found++;
                    if (Configuration.IsIgnored(file)) continue;
                    kept++;
                    files[file] = status.Length;
                    statuses[file] = status;
                }
                // An editor's file not saved yet is one of the folder's sources too: a workspace may hold nothing else on disk.
                foreach (var (file, text) in Overlays)
                {
                    if (!file.StartsWith(Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        || !IsSourceName(file) || File.Exists(file)) continue;
                    found++;
                    if (Configuration.IsIgnored(file)) continue;
                    kept++;
                    files[file] = text.Length;
                }
                // A folder with nothing to read is most often a mistyped path: say so rather than report "0 findings".
                if (found == 0) return ([], new UserError(path, null, "has no .md, .markdown or .txt file to read"));
                if (kept == 0)
                    return ([], new UserError(path, null, $"every file in it matches an ignore glob of {Configuration.File}"));
            }
            else if (Overlays.TryGetValue(full, out var overlay))
            {
                if (!Configuration.IsIgnored(full)) files[full] = overlay.Length;
            }
            else if (FileStatus.Of(full) is { Kind: not FileKind.Missing } status)
            {
                // A file named on the command line is ignored too: a hook that passes every changed file must not check the ignored ones.
                // One that cannot be read (a FIFO, an empty file) is kept: LoadFile says what is wrong with it, and the rest is checked.
                if (Configuration.IsIgnored(full)) continue;
                files[full] = status.Length;
                statuses[full] = status;
            }
            else return ([], new UserError(path, null, "no such file or folder"));
        }
        if (files.Count == 0 && IgnoredIsNothing) return ([], null);
        if (files.Count == 0) return ([], new UserError(string.Join(' ', paths), null, $"every file named matches an ignore glob of {Configuration.File}"));
        // The size of what a link leads to, not of the link: a source named through a link is read whole.
        var total = files.Values.Sum();
        if (total > MaxTotalBytes)
            return ([], new UserError(string.Join(' ', paths), null, $"the sources add up to {total / (1024 * 1024)} MB; FactCheck reads at most {MaxTotalBytes / (1024 * 1024)} MB at once, so check them in parts"));
        return ([.. files.Keys.Order(StringComparer.Ordinal)], null);
    }

    /// <summary>
    /// Loads a source from text already in memory (an editor buffer, a test), as if read from <paramref name="id"/>.
    /// What the front matter says wins over <paramref name="configured"/> (factcheck.yml's <c>sources</c>), which wins over
    /// <paramref name="role"/> (the command line's).
    /// </summary>
    public static (SourceDocument? Document, UserError? Error) FromText(
        string id, string text, SourceRole role = SourceRole.Reference, SourceMetadata? configured = null, LanguagePacks? languages = null)
    {
        text = WellFormed(text);
        var isMarkdown = IsMarkdown(id);
        var frontMatter = FrontMatter.Empty;
        ImmutableArray<UserError> warnings = [];
        ImmutableArray<ProseBlock> blocks;
        ImmutableArray<SilenceDirective> directives = [];
        if (isMarkdown)
        {
            // TOML and JSON front matter are read here and blanked for Markdig (line breaks kept, so offsets and lines hold);
            // YAML front matter is Markdig's to find.
            var markdownText = text;
            List<FrontMatterEntry>? entries = null;
            if (FrontMatterText.TomlOrJson(id, text) is var (found, end, headError))
            {
                if (headError is not null) return (null, headError);
                (entries, markdownText) = (found, Blanked(text, end));
            }
            var markdown = MarkdownLoader.Load(markdownText);
            if (markdown.TooDeepAt is { } line)
                return (null, new UserError(id, line, $"Markdown is nested more than {MarkdownLoader.MaxNesting} levels deep (quotes, lists or emphasis): not a text FactCheck can read"));
            if (markdown.BadDirective is { } bad) return (null, new UserError(id, bad.Line, bad.Message));
            (blocks, directives) = (markdown.Blocks, markdown.Directives);
            if (entries is null && markdown.FrontMatter is not null)
            {
                var (yaml, error) = FrontMatterText.Yaml(id, markdown.FrontMatter.Value, markdown.FrontMatterLine);
                if (error is not null) return (null, error);
                entries = yaml;
            }
            if (entries is not null) (frontMatter, warnings) = FrontMatter.Interpret(id, entries, languages ??= LanguagePacks.BuiltIn);
        }
        else blocks = PlainTextLoader.Load(text);

        configured ??= SourceMetadata.None;
        languages ??= LanguagePacks.BuiltIn;
        var declaredLanguage = frontMatter.Language ?? configured.Language;
        // factcheck.yml's languages are checked against the packs when the stages are built.
        var language = declaredLanguage is null ? LanguageDetector.Detect(blocks, languages) : languages[declaredLanguage]!;
        var date = frontMatter.Date ?? configured.Date ?? TextDateScanner.NewestDate(blocks, language);
        return (new SourceDocument(id, text, language, declaredLanguage is not null, date, frontMatter.Title, frontMatter.Outlet ?? configured.Outlet,
            frontMatter.Role ?? configured.Role ?? role, blocks) { Directives = directives, Warnings = warnings }, null);
    }

    private static bool IsMarkdown(string id) => !id.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The prose blocks of a source <see cref="FromText"/> loaded, read again from its text: what a check that let them go
    /// between its two passes needs to read the source's claims. Only the prose is read again; the front matter, the
    /// language and the date are the document's.
    /// </summary>
    public static ImmutableArray<ProseBlock> ProseBlocksOf(SourceDocument document)
    {
        var text = document.Text;
        if (!IsMarkdown(document.Id)) return PlainTextLoader.Load(text);
        var markdownText = FrontMatterText.TomlOrJson(document.Id, text) is (_, var end, null) ? Blanked(text, end) : text;
        return MarkdownLoader.Load(markdownText).Blocks;
    }

    /// <summary>
    /// The text with each lone UTF-16 surrogate (no character: a file read as UTF-8 never has one, a caller's string may)
    /// made U+FFFD, as decoding does: one character for one, so offsets hold, and no later step (Unicode normalization of a
    /// name) throws on it.
    /// </summary>
    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAny(CharSets.Surrogates)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>The text with its first <paramref name="end"/> characters made blank, line breaks kept.</summary>
    private static string Blanked(string text, int end) =>
        string.Create(text.Length, (text, end), (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = 0; i < state.end; i++)
                if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
        });

    /// <summary>Reads one file found by <see cref="Discover"/>.</summary>
    public (SourceDocument? Document, UserError? Error) LoadFile(string file, SourceRole role)
    {
        var (text, error) = ReadText(file);
        return text is null ? (null, error) : LoadText(file, text, role);
    }

    /// <summary>The text of one file found by <see cref="Discover"/> (its overlay when it has one), or what is wrong with it.</summary>
    public (string? Text, UserError? Error) ReadText(string file)
    {
        if (Overlays.TryGetValue(file, out var overlay)) return (overlay, null);
        return UserFile.ReadText(file, IdOf(file), MaxFileBytes, "no such file or folder", statuses.TryGetValue(file, out var found) ? found : null);
    }

    /// <summary>Loads the <paramref name="text"/> <see cref="ReadText"/> gave for <paramref name="file"/>.</summary>
    public (SourceDocument? Document, UserError? Error) LoadText(string file, string text, SourceRole role)
    {
        var id = IdOf(file);
        if (text.Length == 0) return (null, new UserError(id, null, "is empty"));
        return FromText(id, text, role, Configuration.MetadataFor(file), Languages);
    }

    /// <summary>The source id of <paramref name="file"/>: its path relative to the working directory, with '/'.</summary>
    private string IdOf(string file)
    {
        // A file found under the working directory, by a path without "." or ".." segments, is named by what follows the
        // directory's path: Path.GetRelativePath made both paths full again for each file it was asked (0.6 % of the CPU
        // of a check of the bench corpus, whose 29,151 files are each named twice). Where the separator is another ('\\' on
        // Windows), or the path is anything else, it is asked.
        if (Path.DirectorySeparatorChar == '/' && file.StartsWith(UnderWorkingDirectory, StringComparison.Ordinal))
        {
            var rest = file.AsSpan(UnderWorkingDirectory.Length);
            if (!rest.IsEmpty && rest[0] != '.' && rest[^1] != '/' && !rest.Contains("/.", StringComparison.Ordinal) && !rest.Contains("//", StringComparison.Ordinal))
                return file[UnderWorkingDirectory.Length..].Replace('\\', '/');
        }
        return Path.GetRelativePath(workingDirectory, file).Replace('\\', '/');
    }

    /// <summary>The working directory's path and a separator: what a file's path under it starts with.</summary>
    private string UnderWorkingDirectory { get; } = Path.EndsInDirectorySeparator(workingDirectory) ? workingDirectory : workingDirectory + Path.DirectorySeparatorChar;

    /// <summary>True when an <c>ignore</c> glob matches the file <paramref name="input"/> stands for: it is left out, as that file would be.</summary>
    public bool Ignores(InlineSource input) => input.Id != InlineSource.Unnamed && Configuration.IsIgnored(Path.GetFullPath(input.Id, workingDirectory));

    /// <summary>
    /// Reads <paramref name="input"/> as if it were the file its id names (relative to the working directory): that file's
    /// <c>sources</c> metadata applies, and an empty text is refused as an empty file is.
    /// </summary>
    public (SourceDocument? Document, UserError? Error) LoadInline(InlineSource input, SourceRole role)
    {
        if (input.Text.Length == 0) return (null, new UserError(input.Id, null, "is empty"));
        var configured = input.Id == InlineSource.Unnamed ? SourceMetadata.None : Configuration.MetadataFor(Path.GetFullPath(input.Id, workingDirectory));
        return FromText(input.Id, input.Text, role, configured, Languages);
    }

    /// <summary>True when a folder's file named <paramref name="file"/> is read: a Markdown or text file that is not the folder's README.</summary>
    private static bool IsSourceName(string file) =>
        HasSourceExtension(Path.GetExtension(file.AsSpan()))
        && !Path.GetFileNameWithoutExtension(file.AsSpan()).Equals("README", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="extension"/> is one of <see cref="Extensions"/>: read as a slice of the path, not two strings a file found.</summary>
    private static bool HasSourceExtension(ReadOnlySpan<char> extension)
    {
        foreach (var known in Extensions)
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // A folder's README describes the folder (seeds/README.md lists the conflicts it holds): it is not one of its sources.
    // Empty files, FIFOs and devices are passed over (they report 0 bytes); a file whose name is not UTF-8 is kept, to be reported.
    // The status of a file whose name is a source's (IsSourceName, asked as the folder is listed), or null for a file that is none.
    private static FileStatus? SourceInFolder(string file)
    {
        // A name that is not UTF-8 leads to no file .NET can stat (its U+FFFD stands for other bytes): it counts nothing.
        if (file.Contains('\uFFFD', StringComparison.Ordinal)) return FileStatus.Of(file);
        return FileStatus.Of(file) is { Kind: FileKind.Regular, Length: > 0 } status ? status : null;
    }
}
