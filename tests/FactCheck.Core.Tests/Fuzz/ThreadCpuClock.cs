using System.Globalization;

namespace FactCheck.Core.Tests.Fuzz;

/// <summary>
/// How one thread spent its time, from Linux's scheduler statistics (<c>/proc/self/task/TID/schedstat</c>), readable by
/// any thread: the time it ran on a processor, and the time it was ready to run but waited for one (the machine's other
/// work). A wall clock adds to these the time the thread was blocked (a GC, the thread pool, a lock) and cannot tell the
/// three apart. Where there are no such statistics (not Linux), <see cref="Read"/> gives null.
/// </summary>
internal sealed class ThreadCpuClock
{
    private readonly string path;

    private ThreadCpuClock(string path) => this.path = path;

    /// <summary>The clock of the calling thread (to be read from any thread while it lives), or null where there is none.</summary>
    public static ThreadCpuClock? OfThisThread()
    {
        // "/proc/thread-self" links to "PID/task/TID": the thread's own folder, without a native call.
        if (!OperatingSystem.IsLinux() || new DirectoryInfo("/proc/thread-self").LinkTarget is not { } self) return null;
        var clock = new ThreadCpuClock(Path.Combine("/proc", self, "schedstat"));
        return clock.Read() is null ? null : clock;
    }

    /// <summary>The time the thread has run, and waited ready to run, since it started; null once it cannot be read.</summary>
    public (TimeSpan Ran, TimeSpan WaitedForProcessor)? Read()
    {
        try
        {
            // "ran_ns waited_ns timeslices"
            var fields = File.ReadAllText(path).Split(' ');
            return (Nanoseconds(fields[0]), Nanoseconds(fields[1]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan Nanoseconds(string field) => TimeSpan.FromTicks(long.Parse(field, CultureInfo.InvariantCulture) / 100);
}
