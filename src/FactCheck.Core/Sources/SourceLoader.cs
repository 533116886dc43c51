using System.Collections.Immutable;
using System.Text;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Sources;

/// <summary>The sources read from the paths a user gave, or the first thing wrong with those paths.</summary>
public sealed record LoadResult(ImmutableArray<SourceDocument> Documents, UserError? Error);

/// <summary>
/// Reads files and folders (recursively: .md, .markdown, .txt) into <see cref="SourceDocument"/>s.
/// Never writes, never follows links inside folders (they can loop), and never reads past a file's reported size
/// (FIFOs and devices report 0 bytes, so they are never opened). A <see cref="Configuration"/> leaves out the files its
/// <c>ignore</c> globs match and gives its <c>sources</c> metadata to files whose front matter does not say.
/// </summary>
public sealed class SourceLoader(string workingDirectory)
{
    /// <summary>The factcheck.yml of the run (none by default).</summary>
    public FactCheckConfig Configuration { get; init; } = FactCheckConfig.Empty;

    /// <summary>The languages sources may be written in (the shipped ones by default).</summary>
    public LanguagePacks Languages { get; init; } = LanguagePacks.BuiltIn;

    /// <summary>A larger file is refused rather than read into memory.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>
    /// All sources are held in memory until they are compared (about ten bytes of memory for each byte of text), so a set
    /// larger than this is refused rather than allowed to exhaust the machine.
    /// </summary>
    public const long MaxTotalBytes = 1024L * 1024 * 1024;

    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every source under <paramref name="paths"/>, in ordinal path order, as <paramref name="role"/>.</summary>
    public LoadResult Load(IEnumerable<string> paths, SourceRole role = SourceRole.Reference)
    {
        var (files, error) = Discover(paths);
        if (error is not null) return new LoadResult([], error);
        var documents = ImmutableArray.CreateBuilder<SourceDocument>(files.Length);
        foreach (var file in files)
        {
            var (document, fileError) = LoadFile(file, role);
            if (fileError is not null) return new LoadResult([], fileError);
            documents.Add(document!);
        }
        return new LoadResult(documents.ToImmutable(), null);
    }

    /// <summary>The files that <paramref name="paths"/> name, in ordinal order, or the first path that does not exist.</summary>
    public (ImmutableArray<string> Files, UserError? Error) Discover(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden, IgnoreInaccessible = true };
                var (found, kept) = (0, 0);
                foreach (var file in Directory.EnumerateFiles(full, "*", options).Where(IsSourceInFolder))
                {
                    found++;
                    if (Configuration.IsIgnored(file)) continue;
                    kept++;
                    files.Add(file);
                }
                // A folder with nothing to read is most often a mistyped path: say so rather than report "0 findings".
                if (found == 0) return ([], new UserError(path, null, "has no .md, .markdown or .txt file to read"));
                if (kept == 0)
                    return ([], new UserError(path, null, $"every file in it matches an ignore glob of {Configuration.File}"));
            }
            else if (File.Exists(full))
            {
                if (new FileInfo(full).Length == 0) return ([], new UserError(path, null, "is empty or is not a regular file (FIFO, device)"));
                // A file named on the command line is ignored too: a hook that passes every changed file must not check the ignored ones.
                if (!Configuration.IsIgnored(full)) files.Add(full);
            }
            else return ([], new UserError(path, null, "no such file or folder"));
        }
        if (files.Count == 0) return ([], new UserError(string.Join(' ', paths), null, $"every file named matches an ignore glob of {Configuration.File}"));
        var total = files.Sum(f => new FileInfo(f).Length);
        if (total > MaxTotalBytes)
            return ([], new UserError(string.Join(' ', paths), null, $"the sources add up to {total / (1024 * 1024)} MB; FactCheck reads at most {MaxTotalBytes / (1024 * 1024)} MB at once, so check them in parts"));
        return ([.. files], null);
    }

    /// <summary>
    /// Loads a source from text already in memory (an editor buffer, a test), as if read from <paramref name="id"/>.
    /// What the front matter says wins over <paramref name="configured"/> (factcheck.yml's <c>sources</c>), which wins over
    /// <paramref name="role"/> (the command line's).
    /// </summary>
    public static (SourceDocument? Document, UserError? Error) FromText(
        string id, string text, SourceRole role = SourceRole.Reference, SourceMetadata? configured = null, LanguagePacks? languages = null)
    {
        var isMarkdown = !id.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        var frontMatter = FrontMatter.Empty;
        ImmutableArray<ProseBlock> blocks;
        ImmutableArray<SilenceDirective> directives = [];
        if (isMarkdown)
        {
            var markdown = MarkdownLoader.Load(text);
            if (markdown.TooDeepAt is { } line)
                return (null, new UserError(id, line, $"Markdown is nested more than {MarkdownLoader.MaxNesting} levels deep (quotes, lists or emphasis): not a text FactCheck can read"));
            if (markdown.BadDirective is { } bad) return (null, new UserError(id, bad.Line, bad.Message));
            (blocks, directives) = (markdown.Blocks, markdown.Directives);
            if (markdown.FrontMatter is not null)
            {
                var (read, error) = FrontMatter.Read(id, markdown.FrontMatter, markdown.FrontMatterLine, languages ??= LanguagePacks.BuiltIn);
                if (error is not null) return (null, error);
                frontMatter = read!;
            }
        }
        else blocks = PlainTextLoader.Load(text);

        configured ??= SourceMetadata.None;
        languages ??= LanguagePacks.BuiltIn;
        var declaredLanguage = frontMatter.Language ?? configured.Language;
        // factcheck.yml's languages are checked against the packs when the stages are built.
        var language = declaredLanguage is null ? LanguageDetector.Detect(blocks, languages) : languages[declaredLanguage]!;
        var date = frontMatter.Date ?? configured.Date ?? TextDateScanner.NewestDate(blocks, language);
        return (new SourceDocument(id, text, language, declaredLanguage is not null, date, frontMatter.Title, frontMatter.Outlet ?? configured.Outlet,
            frontMatter.Role ?? configured.Role ?? role, blocks) { Directives = directives }, null);
    }

    /// <summary>Reads one file found by <see cref="Discover"/>.</summary>
    public (SourceDocument? Document, UserError? Error) LoadFile(string file, SourceRole role)
    {
        var id = Path.GetRelativePath(workingDirectory, file).Replace('\\', '/');
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes) return (null, new UserError(id, null, $"is larger than {MaxFileBytes / (1024 * 1024)} MB; split it or leave it out"));
            bytes = ReadAtMost(file, (int)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new UserError(id, null, "cannot be read: " + e.Message));
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, new UserError(id, null, "is a binary file, not text"));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, new UserError(id, null, $"is not UTF-8 text (invalid byte at offset {e.Index})"));
        }
        // A BOM is not part of the text: columns are counted as an editor shows them.
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return FromText(id, text, role, Configuration.MetadataFor(file), Languages);
    }

    private static byte[] ReadAtMost(string file, int length)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = stream.Read(buffer, read, length - read);
            if (n == 0) break;
            read += n;
        }
        return read == length ? buffer : buffer[..read];
    }

    // A folder's README describes the folder (seeds/README.md lists the conflicts it holds): it is not one of its sources.
    // Empty files, FIFOs and devices report 0 bytes and are passed over.
    private static bool IsSourceInFolder(string file) =>
        Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
        && !Path.GetFileNameWithoutExtension(file).Equals("README", StringComparison.OrdinalIgnoreCase)
        && new FileInfo(file).Length > 0;
}
