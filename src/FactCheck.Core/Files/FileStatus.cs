using Mono.Unix;
using Mono.Unix.Native;

namespace FactCheck.Files;

/// <summary>
/// What a path leads to, links followed: its type, size, identity (device and inode), and when its content
/// (<see cref="Modified"/>) and its status (<see cref="Changed"/>: a write, a rename, a time set by hand) last changed, in
/// UTC ticks.
/// </summary>
/// <remarks>
/// .NET tells neither a FIFO or a device from an empty file nor a hard link from another file; the stat system call does.
/// Mono.Unix is used in this file and in <see cref="ReadHandle"/> only. Elsewhere than Linux and macOS the type and size
/// come from <see cref="FileInfo"/> and the identity is unknown (0), which no other file shares.
/// </remarks>
public readonly record struct FileStatus(FileKind Kind, long Length, ulong Device, ulong Inode, long Modified = 0, long Changed = 0)
{
    /// <summary>The status of <paramref name="path"/> (links followed): <see cref="FileKind.Missing"/> when nothing is there.</summary>
    public static FileStatus Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return Portable(path);
        try
        {
            // The stat call itself, not a UnixFileInfo: that one first makes the path absolute and canonical, which cost
            // more than the call (every source is asked for twice), and every caller passes a full path already.
            return Syscall.stat(path, out var stat) == 0 ? From(stat) : new FileStatus(FileKind.Missing, 0, 0, 0);
        }
        catch (Exception e) when (e is UnixIOException or ArgumentException or InvalidOperationException)
        {
            return new FileStatus(FileKind.Missing, 0, 0, 0); // a name the system refuses (a NUL in it) or a loop of links: nothing to read there
        }
    }

    /// <summary>The status the stat system call (or fstat, of a file opened: <see cref="ReadHandle"/>) gave.</summary>
    internal static FileStatus From(Stat stat)
    {
        var kind = (stat.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileStatus(kind, stat.st_size, stat.st_dev, stat.st_ino,
            Ticks(stat.st_mtime, stat.st_mtime_nsec), Ticks(stat.st_ctime, stat.st_ctime_nsec));
    }

    /// <summary>True when both are the same file: a hard link, a symbolic link or another path to it.</summary>
    public bool IsSameFileAs(FileStatus other) =>
        Kind != FileKind.Missing && other.Kind == Kind && Inode != 0 && Device == other.Device && Inode == other.Inode;

    private static long Ticks(long seconds, long nanoseconds) =>
        DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / TimeSpan.NanosecondsPerTick;

    // Without stat, the creation time stands for the status change: a file replaced by another is created anew.
    private static FileStatus Portable(string path)
    {
        if (Directory.Exists(path)) return new FileStatus(FileKind.Directory, 0, 0, 0);
        var info = new FileInfo(path);
        return info.Exists
            ? new FileStatus(FileKind.Regular, info.Length, 0, 0, info.LastWriteTimeUtc.Ticks, info.CreationTimeUtc.Ticks)
            : new FileStatus(FileKind.Missing, 0, 0, 0);
    }
}

/// <summary>What kind of thing a path leads to.</summary>
public enum FileKind
{
    /// <summary>Nothing (or nothing the system lets us see).</summary>
    Missing,
    /// <summary>A regular file: the only kind FactCheck reads.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A FIFO, a device or a socket: reading it could block or never end.</summary>
    Special,
}
