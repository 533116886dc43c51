using Mono.Unix.Native;

namespace FactCheck.Files;

/// <summary>
/// Asks the system to read files into its cache a little before the check's threads read them, from a thread of its own
/// that does nothing else. A check has as many threads as cores, and each waited for the disk at every file the cache did
/// not hold: on this 2-core machine, whose cache loses files while others run, a cold check of the bench corpus spent
/// 0.9 s of its first pass's 5.4 thread-seconds waiting in <c>pread</c> (perf, sched_switch), a core idle for each.
/// <c>posix_fadvise(WILLNEED)</c> starts the reads and returns, so many are in flight at once.
/// </summary>
/// <remarks>
/// Only on Linux, where the call is what it says. It only warms the cache: a file that changes or goes away between its
/// read-ahead and its read is read as it is then, so nothing a check reports depends on it.
/// </remarks>
internal sealed class ReadAhead : IDisposable
{
    /// <summary>How many files it goes ahead of the readers: a few hundred KB of news, far less than any cache.</summary>
    private const int Window = 128;

    private readonly IReadOnlyList<string?> paths;

    /// <summary>One count for each file it may read ahead now: <see cref="Taken"/> gives one back.</summary>
    private readonly SemaphoreSlim room = new(Window);

    private volatile bool stopped;

    private ReadAhead(IReadOnlyList<string?> paths)
    {
        this.paths = paths;
        new Thread(Run) { IsBackground = true, Name = "FactCheck read-ahead" }.Start();
    }

    /// <summary>
    /// Reads <paramref name="paths"/> ahead in their order, which must be the order their readers take them in (a null is
    /// a file not read from disk); null where the system has no such call, or too few files for it to matter.
    /// </summary>
    public static ReadAhead? Of(IReadOnlyList<string?> paths) =>
        OperatingSystem.IsLinux() && paths.Count > Window ? new ReadAhead(paths) : null;

    /// <summary>A reader took the next file: the read-ahead may go one further.</summary>
    public void Taken()
    {
        if (!stopped) room.Release();
    }

    /// <summary>Stops at the next file (the readers are done, or gave up).</summary>
    public void Dispose()
    {
        stopped = true;
        room.Release();
    }

    private void Run()
    {
        try
        {
            foreach (var path in paths)
            {
                room.Wait();
                if (stopped) return;
                if (path is not null) Advise(path);
            }
        }
        catch (Exception e) when (e is SemaphoreFullException or ObjectDisposedException or DllNotFoundException or EntryPointNotFoundException)
        {
            // Only a warming: without it, the files are read as they always were.
        }
    }

    /// <summary>Opens the file as <see cref="ReadHandle.OpenFound"/> does (it never waits for a FIFO's writer), and asks for all of it.</summary>
    private static void Advise(string path)
    {
        int descriptor;
        try
        {
            descriptor = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOCTTY | OpenFlags.O_CLOEXEC);
        }
        catch (ArgumentException)
        {
            return; // a name the system refuses: its reader says so
        }
        if (descriptor < 0) return;
        _ = Syscall.posix_fadvise(descriptor, 0, 0, PosixFadviseAdvice.POSIX_FADV_WILLNEED);
        _ = Syscall.close(descriptor);
    }
}
