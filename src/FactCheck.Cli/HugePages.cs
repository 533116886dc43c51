using System.Globalization;
using System.Runtime.InteropServices;

namespace FactCheck.Cli;

/// <summary>
/// Asks Linux to back the garbage collector's heap with transparent huge pages (2 MiB), where the system leaves that to
/// each program (<c>madvise</c> in /sys/kernel/mm/transparent_hugepage/enabled, the default of most distributions). The
/// collector commits its heap 64 KiB at a time and touches each 4 KiB page first when it clears it for new objects, a
/// page fault each: about 85,000 faults a check of the bench corpus, 1.1–1.4 s of system time on this machine's virtual
/// CPUs, and 6 % of the samples under the allocator's clearing. Advised, 50,000–55,000 faults (the pages committed
/// before a whole 2 MiB span is still fault one by one), less system and user time, the same peak within its noise
/// (docs/speed-history.md). The runtime has no setting for it (GCLargePages needs pages reserved by the administrator
/// and a hard heap limit); Java's <c>-XX:+UseTransparentHugePages</c>, jemalloc and mimalloc advise their heaps the same way.
/// </summary>
internal static partial class HugePages
{
    /// <summary>MADV_HUGEPAGE, the same number on every Linux architecture.</summary>
    private const int AdviseHuge = 14;

    /// <summary>
    /// Advises the collector's reserved range, found as the mappings from the one holding a fresh object up to the range's
    /// size (the runtime's <c>GCRegionRange</c>), as long as they are anonymous and follow each other: the collector takes
    /// its regions upward from the range's start. Does nothing elsewhere than Linux, with a collector that has no regions,
    /// or when /proc or the call is missing; a refused advice changes nothing but the speed.
    /// </summary>
    public static void AdviseGcHeap()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            if (!GC.GetConfigurationVariables().TryGetValue("GCRegionRange", out var setting)) return;
            var range = Convert.ToUInt64(setting, CultureInfo.InvariantCulture);
            if (range == 0) return;
            var probe = GCHandle.Alloc(new byte[1], GCHandleType.Pinned);
            var address = (ulong)probe.AddrOfPinnedObject();
            probe.Free();
            if (Span(File.ReadLines("/proc/self/maps"), address, range) is var (start, end) && end > start)
                _ = Advise((nint)start, (nuint)(end - start), AdviseHuge);
        }
        // An advice that cannot be given is a speed not gained, never a command that fails: no /proc, a C library
        // without the call, a runtime whose setting is not a number.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException
                                      or FormatException or InvalidCastException or OverflowException)
        {
        }
    }

    /// <summary>
    /// The span to advise, from the lines of /proc/self/maps: the anonymous mapping holding <paramref name="address"/> and
    /// those after it without a gap, at most <paramref name="range"/> bytes from its start; null when no mapping holds it.
    /// </summary>
    internal static (ulong Start, ulong End)? Span(IEnumerable<string> maps, ulong address, ulong range)
    {
        (ulong Start, ulong End)? span = null;
        foreach (var line in maps)
        {
            if (!TryRead(line, out var start, out var end, out var anonymous)) continue;
            if (span is null)
            {
                if (address >= start && address < end && anonymous) span = (start, Math.Min(end, start + range));
                continue;
            }
            var (first, last) = span.Value;
            if (start != last || !anonymous || last == first + range) break;
            span = (first, Math.Min(end, first + range));
        }
        return span;
    }

    /// <summary>One line of /proc/self/maps: <c>start-end perms offset device inode [path]</c>, addresses in hexadecimal.</summary>
    private static bool TryRead(string line, out ulong start, out ulong end, out bool anonymous)
    {
        (start, end, anonymous) = (0, 0, false);
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || fields[0].Split('-') is not [var from, var to]) return false;
        if (!ulong.TryParse(from, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out start)
            || !ulong.TryParse(to, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out end)) return false;
        // No file, no named area ([heap], [stack], [vvar]): memory the process mapped for itself.
        anonymous = fields is [_, _, _, _, "0"] || (fields.Length == 6 && fields[4] == "0" && fields[5].Trim().Length == 0);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);
}
