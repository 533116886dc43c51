namespace FactCheck.Cli.Tests;

/// <summary>Which span of the process's memory the huge-page advice covers: the collector's range, nothing else.</summary>
public sealed class HugePagesTests
{
    private const ulong Range = 0x4000000; // 64 MiB

    private static readonly string[] Maps =
    [
        "55d0c2a00000-55d0c2a40000 r--p 00000000 fd:01 1054203                    /usr/bin/factcheck",
        "7f0000000000-7f0000400000 rw-p 00000000 00:00 0 ",
        "7f0000400000-7f0002000000 ---p 00000000 00:00 0",
        "7f0002000000-7f0002200000 rw-p 00000000 00:00 0",
        "7f0002200000-7f0008000000 ---p 00000000 00:00 0",
        "7f0008000000-7f0008100000 rw-p 00000000 00:00 0",
        "7f0009000000-7f0009010000 rw-p 00000000 00:00 0",
        "7ffd1a2e0000-7ffd1a301000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void The_span_runs_from_the_mapping_holding_the_object_through_those_that_follow_it_up_to_the_range()
    {
        var span = HugePages.Span(Maps, 0x7f0000012345, Range);

        Assert.Equal((0x7f0000000000UL, 0x7f0004000000UL), span);
    }

    [Fact]
    public void The_span_stops_at_a_gap_or_at_a_mapping_of_a_file_or_a_named_area()
    {
        string[] gap = [Maps[1], Maps[2], "7f0002100000-7f0002200000 rw-p 00000000 00:00 0"];
        string[] file = [Maps[1], "7f0000400000-7f0000500000 r--p 00000000 fd:01 77 /usr/lib/libc.so.6"];
        string[] named = [Maps[1], "7f0000400000-7f0000500000 rw-p 00000000 00:00 0 [heap]"];

        Assert.Equal((0x7f0000000000UL, 0x7f0002000000UL), HugePages.Span(gap, 0x7f0000000010, Range));
        Assert.Equal((0x7f0000000000UL, 0x7f0000400000UL), HugePages.Span(file, 0x7f0000000010, Range));
        Assert.Equal((0x7f0000000000UL, 0x7f0000400000UL), HugePages.Span(named, 0x7f0000000010, Range));
    }

    [Fact]
    public void Nothing_is_advised_when_the_object_is_in_no_anonymous_mapping()
    {
        Assert.Null(HugePages.Span(Maps, 0x55d0c2a00010, Range));
        Assert.Null(HugePages.Span(Maps, 0x7f0008800000, Range));
        Assert.Null(HugePages.Span(["not a line", "7f00-zz rw-p 0 00:00 0"], 0x7f00, Range));
    }
}
