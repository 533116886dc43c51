using System.Globalization;
using FactCheck.Pipeline;

namespace FactCheck.Cli;

/// <summary>
/// One self-overwriting line on a terminal's stderr while many files are read: redrawn at most ten times a second, and
/// erased by <see cref="Clear"/> so the report starts on a clean line. A check of fewer than <see cref="MinimumFiles"/>
/// files is over before a bar would help, and draws nothing.
/// </summary>
internal sealed class ProgressBar(TextWriter output, TimeProvider clock) : IProgress<CheckProgress>
{
    public const int MinimumFiles = 200;
    private const int Width = 30;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private long lastDrawn;
    private int highest;
    private string step = "";
    private bool visible;

    public void Report(CheckProgress value)
    {
        if (value.FilesTotal < MinimumFiles) return;
        lock (gate)
        {
            if (value.Step != step) (step, highest, visible) = (value.Step, 0, false); // a new pass is drawn at once
            highest = Math.Max(highest, value.FilesDone); // reading threads may report 6 before 5
            var now = clock.GetTimestamp();
            if (visible && clock.GetElapsedTime(lastDrawn, now) < Interval) return;
            lastDrawn = now;
            visible = true;
            var filled = (int)((long)Width * highest / value.FilesTotal);
            // "\e[K" erases what a longer earlier line left on the right.
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {highest:N0}/{value.FilesTotal:N0} files {step}\u001b[K"));
            output.Flush();
        }
    }

    /// <summary>Erases the bar, if one was drawn.</summary>
    public void Clear()
    {
        lock (gate)
        {
            if (!visible) return;
            output.Write("\r\u001b[K");
            output.Flush();
            visible = false;
        }
    }
}
