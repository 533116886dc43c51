using System.Diagnostics;
using System.Text;

namespace FactCheck.Cli.Tests;

/// <summary>Every user mistake gives exit code 2 and one stderr line naming the file and the problem, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-bad-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Out, string Err) Check(params string[] args) => CliRunner.RunIn(folder, ["check", .. args]);

    private static void AssertOneLine(string stderr, params string[] parts)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("factcheck: ", line, StringComparison.Ordinal);
        foreach (var part in parts) Assert.Contains(part, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_option_that_is_not_a_date_is_named()
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", "samples/en-wire.md", "--date", "2024-13-01");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("factcheck: " + UserMessages.BadDate("2024-13-01"), stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_date_option_with_more_than_one_file_is_refused()
    {
        var (exit, _, stderr) = CliRunner.Run("check", "samples", "--date", "2024-03-12");

        Assert.Equal(2, exit);
        Assert.Contains("--date gives the date of one file, and these paths hold 5", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        var (exit, stdout, stderr) = Check("nowhere.md");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        AssertOneLine(stderr, "nowhere.md", "no such file or folder");
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        File.WriteAllBytes(Path.Combine(folder, "image.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);

        var (exit, _, stderr) = Check("image.md");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "image.md", "binary");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_the_offset_of_the_bad_byte()
    {
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), Encoding.Latin1.GetBytes("Le fonds de 100 milliards d'euros a été créé."));

        var (exit, _, stderr) = Check("latin1.txt");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "latin1.txt", "not UTF-8", "offset 36");
    }

    [Fact]
    public void Broken_front_matter_is_named_with_its_line()
    {
        File.WriteAllText(Path.Combine(folder, "broken.md"), "---\ntitle: \"ok\"\ndate: [2024\n---\n\nThe fund is €5bn.\n");

        var (exit, _, stderr) = Check("broken.md");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "broken.md:", "front matter is not valid YAML");
    }

    [Fact]
    public void Front_matter_with_an_unclosed_list_is_named_with_its_line_not_a_crash()
    {
        File.WriteAllText(Path.Combine(folder, "list.md"), "---\ntitle: [a, b\ndate: 2024-01-01\n---\n\nThe fund is €5bn.\n");

        var (exit, _, stderr) = Check("list.md");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "list.md:", "front matter is not valid YAML");
    }

    [Fact]
    public void A_front_matter_date_that_is_not_a_date_is_a_warning_with_its_line_and_the_file_is_checked()
    {
        File.WriteAllText(Path.Combine(folder, "undated.md"), "---\ntitle: x\ndate: yesterday\n---\n\nThe fund is €5bn.\n");

        var (exit, stdout, stderr) = Check("undated.md");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("warning source-warning  undated.md:3: date 'yesterday'", stdout, StringComparison.Ordinal);
        Assert.Contains("in 1 source(s)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "sometimes")]
    public void An_unknown_option_or_value_is_a_usage_error(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(["check", "samples", .. args]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        AssertOneLine(stderr, args[^1]);
        Assert.DoesNotContain("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run([]);

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "--help");
    }

    [Fact]
    public void A_folder_with_nothing_to_read_is_named()
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllText(Path.Combine(folder, "images", "logo.svg"), "<svg/>");

        var (exit, _, stderr) = Check("images");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "images", "no .md, .markdown or .txt file");
    }

    [Fact]
    public void An_empty_file_named_on_the_command_line_is_refused()
    {
        File.WriteAllText(Path.Combine(folder, "empty.md"), "");

        var (exit, _, stderr) = Check("empty.md");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "empty.md", "empty");
    }

    [Fact]
    public void A_fifo_is_never_opened_so_the_check_cannot_hang()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "pipe.md"))) mkfifo.WaitForExit();
        File.WriteAllText(Path.Combine(folder, "real.md"), "The fund is €5bn.\n");

        var inFolder = Check(".");
        var named = Check("pipe.md");

        Assert.Equal(0, inFolder.Exit);
        Assert.Equal(2, named.Exit);
        AssertOneLine(named.Err, "pipe.md", "not a regular file");
    }

    [Fact]
    public void A_link_that_loops_back_to_its_folder_is_not_followed()
    {
        var inner = Directory.CreateDirectory(Path.Combine(folder, "docs")).FullName;
        File.WriteAllText(Path.Combine(inner, "a.md"), "The fund is €5bn.\n");
        Directory.CreateSymbolicLink(Path.Combine(inner, "loop"), folder);

        var (exit, stdout, _) = Check(".", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Single(System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public void The_users_files_are_never_modified()
    {
        var path = Path.Combine(folder, "article.md");
        File.WriteAllText(path, "---\ndate: 2024-01-01\n---\n\nThe fund is €5bn.\n");
        var before = (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path));

        Check(".");

        Assert.Equal(before.Item1, File.ReadAllBytes(path));
        Assert.Equal(before.Item2, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("brackets")]
    public void Markdown_nested_beyond_reason_is_refused_at_once_with_its_line(string shape)
    {
        var text = shape switch
        {
            "quotes" => "# Title\n\n" + new string('>', 10_000) + " The fund is €5bn.\n",
            "lists" => "# Title\n\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- item\n")),
            _ => new string('[', 50_000) + "The fund is €5bn." + new string(']', 50_000) + "\n",
        };
        File.WriteAllText(Path.Combine(folder, "deep.md"), text);

        var (exit, _, stderr) = Check("deep.md");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "deep.md:", "nested more than 64 levels");
    }

    [Fact]
    public void Emphasis_nested_by_the_thousand_is_read_without_overflowing_the_stack()
    {
        File.WriteAllText(Path.Combine(folder, "stars.md"), new string('*', 50_000) + "The fund is €5bn." + new string('*', 50_000) + "\n");

        var (exit, stdout, _) = CliRunner.RunIn(folder, ["extract", "stars.md", "--format", "json"]);

        Assert.Equal(0, exit);
        Assert.Contains("\"text\": \"€5bn\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_adding_up_to_more_than_the_memory_budget_are_refused_before_any_is_read()
    {
        for (var i = 0; i < 34; i++)
        {
            using var sparse = new FileStream(Path.Combine(folder, $"part{i:D2}.md"), FileMode.Create);
            sparse.SetLength(31L * 1024 * 1024); // sparse: no disk is written, and nothing is read before the refusal
        }

        var (exit, _, stderr) = Check(".");

        Assert.Equal(2, exit);
        AssertOneLine(stderr, "1054 MB", "at most 1024 MB");
    }
}
