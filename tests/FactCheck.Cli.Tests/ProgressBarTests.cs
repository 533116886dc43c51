using FactCheck.Pipeline;

namespace FactCheck.Cli.Tests;

/// <summary>The progress bar: drawn for many files only, at most ten times a second, erased at the end.</summary>
public sealed class ProgressBarTests : IDisposable
{
    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; } = 1_000_000;

        public override long GetTimestamp() => Ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    }

    private readonly StringWriter output = new();
    private readonly ManualClock clock = new();

    public void Dispose() => output.Dispose();

    [Fact]
    public void Fewer_files_than_the_minimum_draw_nothing()
    {
        var bar = new ProgressBar(output, clock);

        for (var i = 1; i < ProgressBar.MinimumFiles; i++) bar.Report(new CheckProgress(i, ProgressBar.MinimumFiles - 1));
        bar.Clear();

        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void One_line_is_redrawn_at_most_every_tenth_of_a_second_and_erased_at_the_end()
    {
        var bar = new ProgressBar(output, clock);

        bar.Report(new CheckProgress(1, 1000));
        bar.Report(new CheckProgress(3, 1000));  // too soon: not drawn
        clock.Ticks += TimeSpan.FromMilliseconds(100).Ticks;
        bar.Report(new CheckProgress(2, 1000));  // a thread late with its count: the highest is shown
        bar.Clear();

        Assert.Equal(
            "\r[------------------------------] 1/1,000 files read\u001b[K" +
            "\r[------------------------------] 3/1,000 files read\u001b[K" +
            "\r\u001b[K",
            output.ToString());
    }

    [Fact]
    public void The_bar_fills_with_the_files_read()
    {
        var bar = new ProgressBar(output, clock);

        bar.Report(new CheckProgress(500, 1000));

        Assert.Equal("\r[###############---------------] 500/1,000 files read\u001b[K", output.ToString());
    }

    [Fact]
    public void A_new_pass_is_drawn_at_once_from_its_own_count()
    {
        var bar = new ProgressBar(output, clock);

        bar.Report(new CheckProgress(1000, 1000) { Step = "profiled" });
        bar.Report(new CheckProgress(1, 400) { Step = "read for claims" }); // at once, though within a tenth of a second

        Assert.Equal(
            "\r[##############################] 1,000/1,000 files profiled\u001b[K" +
            "\r[------------------------------] 1/400 files read for claims\u001b[K",
            output.ToString());
    }
}
