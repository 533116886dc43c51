using System.Text;
using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Reporting;
using FactCheck.Store;

namespace FactCheck.Cli;

/// <summary><c>--output FILE</c>: the report goes to a file (UTF-8 without BOM, '\n' line ends), never over a source.</summary>
internal sealed class OutputFile
{
    private readonly string given;
    private readonly string full;

    private OutputFile(string given, string full) => (this.given, this.full) = (given, full);

    /// <summary>The file <paramref name="path"/> names from <paramref name="workingDirectory"/>, or why a report cannot go there.</summary>
    public static (OutputFile? File, UserError? Error) Open(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        if (Directory.Exists(full)) return (null, new UserError(path, null, UserMessages.OutputIsFolder));
        if (!Directory.Exists(Path.GetDirectoryName(full))) return (null, new UserError(path, null, UserMessages.OutputFolderMissing));
        return (new OutputFile(path, full), null);
    }

    /// <summary>A source's link relative to the report's folder, for the Markdown report's links.</summary>
    public string LinkTarget(string sourceId, string workingDirectory) =>
        Path.GetRelativePath(Path.GetDirectoryName(full)!, Path.GetFullPath(sourceId, workingDirectory));

    /// <summary>
    /// An error when the file is one of the sources just read (or found but not read): FactCheck never writes over what it
    /// checks. The same file is known by its device and inode, so a symbolic link, a linked folder or a hard link to a
    /// source is refused as the source itself is; by its real path where the system gives no inode.
    /// </summary>
    public UserError? RefuseSource(Report report, string workingDirectory, string? message = null) =>
        RefuseSource(report.Sources.Select(s => s.Id).Concat(report.Diagnostics.Select(d => d.Path)), workingDirectory, message);

    /// <summary>An error when the file is one of the sources <paramref name="ids"/> (relative to <paramref name="workingDirectory"/>), even through a link.</summary>
    public UserError? RefuseSource(IEnumerable<string> ids, string workingDirectory, string? message = null)
    {
        var target = FileStatus.Of(full);
        if (target.Kind == FileKind.Missing) return null; // every source was there a moment ago
        var real = new RealPath();
        var targetPath = real.Of(full);
        var sources = ids.Select(id => Path.GetFullPath(id, workingDirectory));
        return sources.Any(s => target.IsSameFileAs(FileStatus.Of(s)) || RealPath.Comparer.Equals(real.Of(s), targetPath))
            ? new UserError(given, null, message ?? UserMessages.OutputIsSource)
            : null;
    }

    /// <summary>The file's full path: where the report goes is part of what is printed (a Markdown report's links are relative to it).</summary>
    public string FullPath => full;

    /// <summary>Writes <paramref name="report"/> to the file, and through <paramref name="keeper"/> when the result is kept, or says why it could not be written.</summary>
    public UserError? Write(IReportWriter writer, Report report, ResultKeeper? keeper = null) => writer is IByteReportWriter bytes
        ? WriteBytes(stream => bytes.Write(report, keeper?.Tee(stream) ?? stream))
        : Write(text => writer.Write(report, keeper?.Tee(text) ?? text));

    /// <summary>Lets <paramref name="write"/> write the file, or says why it could not be written.</summary>
    public UserError? Write(Action<TextWriter> write) => Catch(() =>
    {
        using var text = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        write(text);
    });

    /// <summary>Writes bytes (a claims file) to the file.</summary>
    public UserError? WriteBytes(Action<Stream> write) => Catch(() =>
    {
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);
        write(stream);
    });

    private UserError? Catch(Action write)
    {
        try
        {
            write();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new UserError(given, null, UserMessages.OutputNotWritten(e.Message));
        }
    }
}
