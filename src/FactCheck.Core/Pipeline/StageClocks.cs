using System.Diagnostics;

namespace FactCheck.Pipeline;

/// <summary>
/// Each per-source stage's time and the bytes it allocated on this thread, added to the run's counters stage by stage
/// (<see cref="StageTimes"/>: summed over threads). A stage that hands its work to other threads clocks each piece there.
/// </summary>
internal sealed class StageClocks(long[] ticks, long[] bytes)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long allocated = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Adds the time and bytes since the last call to <paramref name="stage"/>, and restarts the clocks.</summary>
    public void Done(int stage)
    {
        Interlocked.Add(ref ticks[stage], clock.Elapsed.Ticks);
        var now = GC.GetAllocatedBytesForCurrentThread();
        Interlocked.Add(ref bytes[stage], now - allocated);
        allocated = now;
        clock.Restart();
    }

    /// <summary>Clocks for a piece of a stage run on another thread, counted with these.</summary>
    public StageClocks Piece() => new(ticks, bytes);

    /// <summary>Restarts the clocks without counting: what was done since the last call was clocked piece by piece where it ran.</summary>
    public void Restart()
    {
        allocated = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
    }
}
