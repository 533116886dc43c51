using System.Text.Json;

namespace FactCheck.LanguageServer.Tests;

public sealed class CodeActionTests
{
    [Fact]
    public async Task Silencing_a_finding_adds_an_ignore_next_line_comment_that_clears_the_diagnostic()
    {
        var (client, diagnostics) = await LspClient.DraftAsync(Articles.Disagreeing);
        await using var session = client;
        var diagnostic = Assert.Single(diagnostics);

        var action = await ActionAsync(client, diagnostic, "Silence");
        var edit = Assert.Single(action.GetProperty("edit").GetProperty("changes").GetProperty(client.UriOf("draft.md")).EnumerateArray());
        var silenced = Apply(Articles.Disagreeing, edit);
        await client.ChangeAsync("draft.md", silenced);

        Assert.Equal("---\ndate: 2024-03-12\n---\n\n<!-- factcheck-ignore-next-line figure-conflict -->\nMinisters agreed a €20bn grid fund on Tuesday.\n", silenced);
        Assert.Empty(await client.DiagnosticsAsync("draft.md"));
    }

    [Fact]
    public async Task Silencing_a_claim_inside_a_paragraph_adds_the_comment_at_the_end_of_the_line_before()
    {
        const string draft = "---\ndate: 2024-03-12\n---\n\nThe ministers met in the capital.\nThey agreed a €20bn grid fund on Tuesday.\n";
        var (client, diagnostics) = await LspClient.DraftAsync(draft);
        await using var session = client;
        var diagnostic = Assert.Single(diagnostics);

        var action = await ActionAsync(client, diagnostic, "Silence");
        var silenced = Apply(draft, Assert.Single(action.GetProperty("edit").GetProperty("changes").GetProperty(client.UriOf("draft.md")).EnumerateArray()));
        await client.ChangeAsync("draft.md", silenced);

        Assert.Contains("The ministers met in the capital. <!-- factcheck-ignore-next-line figure-conflict -->\nThey agreed", silenced, StringComparison.Ordinal);
        Assert.Empty(await client.DiagnosticsAsync("draft.md"));
    }

    [Fact]
    public async Task Accepting_a_finding_writes_it_to_the_baseline_and_clears_the_diagnostic()
    {
        var (client, diagnostics) = await LspClient.DraftAsync(Articles.Disagreeing);
        await using var session = client;
        var diagnostic = Assert.Single(diagnostics);

        var action = await ActionAsync(client, diagnostic, "Accept");
        var command = action.GetProperty("command");
        await client.RequestAsync("workspace/executeCommand", new { command = command.GetProperty("command").GetString(), arguments = command.GetProperty("arguments") });

        var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(client.Root, "factcheck-baseline.json"))).RootElement;
        var entry = Assert.Single(baseline.GetProperty("findings").EnumerateArray());
        Assert.Equal(diagnostic.GetProperty("data").GetProperty("fingerprint").GetString(), entry.GetProperty("fingerprint").GetString());
        Assert.Equal(["€20bn", "€25bn"], entry.GetProperty("values").EnumerateArray().Select(v => v.GetString()).Order(StringComparer.Ordinal));
        Assert.Empty(await client.DiagnosticsAsync("draft.md"));
    }

    /// <summary>The one code action offered for <paramref name="diagnostic"/> whose title starts with <paramref name="verb"/>.</summary>
    private static async Task<JsonElement> ActionAsync(LspClient client, JsonElement diagnostic, string verb)
    {
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = client.UriOf("draft.md") }, range = diagnostic.GetProperty("range"), context = new { diagnostics = new[] { diagnostic } },
        });
        return actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith(verb, StringComparison.Ordinal));
    }

    /// <summary>The text with an insertion applied (the edits offered insert at a position).</summary>
    private static string Apply(string text, JsonElement edit)
    {
        var (line, character, _, _) = DiagnosticsTests.RangeOf(edit);
        var lines = text.Split('\n');
        var offset = lines.Take(line).Sum(l => l.Length + 1) + character;
        return text.Insert(offset, edit.GetProperty("newText").GetString()!);
    }
}
