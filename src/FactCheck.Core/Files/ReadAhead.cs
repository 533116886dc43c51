using Mono.Unix;
using Mono.Unix.Native;

namespace FactCheck.Files;

/// <summary>
/// Opens files a little before the check's threads read them, from a thread of its own, and asks the system to read them
/// into its cache (<c>posix_fadvise(WILLNEED)</c> starts the reads and returns, so many are in flight at once); the thread
/// that reads a file then takes its open descriptor (<see cref="Hand"/>) instead of opening it again. A check has as many
/// threads as cores, and each waited for the disk at every file the cache did not hold: on this 2-core machine, whose cache
/// loses files while others run, a cold check of the bench corpus spent 0.9 s of its first pass's 5.4 thread-seconds
/// waiting in <c>pread</c> (perf, sched_switch; 3.4 s on a machine whose disk others were using), a core idle for each.
/// Opened twice, once here and once to be read, the files cost this thread 2.9 % of the check's CPU (the opens and closes).
/// </summary>
/// <remarks>
/// Only on Linux, where the call is what it says. A file is opened here as <see cref="ReadHandle.OpenFound"/> opens it,
/// at most <see cref="Window"/> files before it is read: what it holds is read when its reader reads it, as before.
/// </remarks>
internal sealed class ReadAhead : IDisposable
{
    /// <summary>
    /// How many files it may hold open ahead of their readers: about 20 ms of the bench corpus's files, the length of a
    /// read the disk made a reader wait for. Fewer where the process may open few files (<see cref="Window"/>).
    /// </summary>
    private const int LargestWindow = 256;

    /// <summary>A slot whose reader came first: it opens its file itself, and the read-ahead leaves it.</summary>
    private const int Claimed = -1;

    private readonly IReadOnlyList<string?> paths;

    /// <summary>By position: 0 before anything, <see cref="Claimed"/>, or an open descriptor plus one, waiting for its reader.</summary>
    private readonly int[] slots;

    private readonly int window;

    private readonly Thread thread;

    private int taken;

    private volatile bool stopped;

    /// <summary>The descriptor handed to this thread's reader of a file, and the file (<see cref="TakeHanded"/>).</summary>
    [ThreadStatic] private static (string Path, int Descriptor)? handed;

    private ReadAhead(IReadOnlyList<string?> paths, int window)
    {
        (this.paths, this.window, slots) = (paths, window, new int[paths.Count]);
        thread = new Thread(Run) { IsBackground = true, Name = "FactCheck read-ahead" };
        thread.Start();
    }

    /// <summary>
    /// Reads <paramref name="paths"/> ahead in their order, about the order their readers take them in (a null is a file not
    /// read from disk); null where the system has no such call, or too few files for it to matter.
    /// </summary>
    public static ReadAhead? Of(IReadOnlyList<string?> paths) =>
        OperatingSystem.IsLinux() && paths.Count > 16 && Window() is var window and > 0 ? new ReadAhead(paths, window) : null;

    /// <summary>
    /// The reader of the file at <paramref name="position"/> is about to read it: its descriptor, if it was opened, is handed
    /// to this thread, and taken by <see cref="ReadHandle.OpenFound"/>. Dispose the result when the reading is done: a
    /// descriptor the reader did not take is closed.
    /// </summary>
    public Reading Hand(int position)
    {
        Interlocked.Increment(ref taken);
        var slot = Interlocked.Exchange(ref slots[position], Claimed);
        if (slot > 0) handed = (paths[position]!, slot - 1);
        return new Reading(slot > 0);
    }

    /// <summary>The descriptor handed to this thread for <paramref name="fullPath"/>, if one was: the caller owns it now.</summary>
    internal static bool TakeHanded(string fullPath, out int descriptor)
    {
        descriptor = -1;
        if (handed is not { } given || !string.Equals(given.Path, fullPath, StringComparison.Ordinal)) return false;
        handed = null;
        descriptor = given.Descriptor;
        return true;
    }

    /// <summary>A file being read: a descriptor handed for it and not taken is closed at its end.</summary>
    public readonly struct Reading(bool handedOne) : IDisposable
    {
        public void Dispose()
        {
            if (!handedOne || handed is not { } left) return;
            handed = null;
            Close(left.Descriptor);
        }
    }

    /// <summary>Stops, and closes what was opened for readers that never came.</summary>
    public void Dispose()
    {
        stopped = true;
        thread.Join();
        for (var k = 0; k < slots.Length; k++)
            if (Interlocked.Exchange(ref slots[k], Claimed) is > 0 and var slot) Close(slot - 1);
    }

    private void Run()
    {
        try
        {
            ReadAll();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or UnixIOException)
        {
            // Only a warming: without it the files are read as they always were. (An exception left to escape a thread of
            // its own would end the process.)
        }
    }

    private void ReadAll()
    {
        for (var k = 0; k < paths.Count && !stopped; k++)
        {
            // Far enough ahead: a millisecond's wait, rather than a signal at every file taken (a wake-up a file, and the
            // spinning before it, cost more than the opens).
            while (k >= Volatile.Read(ref taken) + window)
            {
                if (stopped) return;
                Thread.Sleep(1);
            }
            if (paths[k] is not { } path || Volatile.Read(ref slots[k]) != 0) continue;
            var descriptor = Open(path);
            if (descriptor < 0) continue; // its reader opens it, and says what is wrong
            _ = Syscall.posix_fadvise(descriptor, 0, 0, PosixFadviseAdvice.POSIX_FADV_WILLNEED);
            // Its reader may have come meanwhile, and opened it itself.
            if (Interlocked.CompareExchange(ref slots[k], descriptor + 1, 0) != 0) Close(descriptor);
        }
    }

    /// <summary>Opens the file as its reader would (<see cref="ReadHandle.OpenDescriptor"/>); -1 for a name the system refuses.</summary>
    private static int Open(string path)
    {
        try
        {
            return ReadHandle.OpenDescriptor(path);
        }
        catch (ArgumentException)
        {
            return -1; // its reader opens it, and says what is wrong
        }
    }

    private static void Close(int descriptor) => ReadHandle.Close(descriptor);

    /// <summary>
    /// How many files it may hold open: <see cref="LargestWindow"/>, or an eighth of the process's limit on open files when
    /// that is lower, so that the check's own opens never meet the limit (0: the limit is unknown, no read-ahead).
    /// </summary>
    private static int Window()
    {
        try
        {
            // Linux's own account of the limit, "Max open files  1024  4096  files": its soft limit.
            foreach (var line in File.ReadLines("/proc/self/limits"))
                if (line.StartsWith("Max open files", StringComparison.Ordinal)
                    && line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var soft, ..])
                    return soft == "unlimited" ? LargestWindow : long.TryParse(soft, out var limit) ? (int)Math.Min(LargestWindow, limit / 8) : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
