using System.Text.Json;

namespace FactCheck.LanguageServer.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task A_draft_that_disagrees_with_a_reference_gets_a_diagnostic_at_its_claim_pointing_at_the_reference_and_none_once_it_agrees()
    {
        // On disk the draft agrees: the editor's unsaved text is what must be checked.
        await using var client = await LspClient.StartAsync(("reference.md", Articles.Reference), ("draft.md", Articles.Agreeing));

        await client.OpenAsync("draft.md", Articles.Disagreeing);
        var diagnostic = Assert.Single(await client.DiagnosticsAsync("draft.md"));

        Assert.Equal("figure-conflict", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal((4, 19, 4, 24), RangeOf(diagnostic));
        Assert.StartsWith("The sources disagree on the fund's amount", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        var related = Assert.Single(diagnostic.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(client.UriOf("reference.md"), related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal((4, 20, 4, 25), RangeOf(related.GetProperty("location")));
        Assert.Contains("“The grid fund holds €25bn, officials said.”", related.GetProperty("message").GetString(), StringComparison.Ordinal);

        await client.ChangeAsync("draft.md", Articles.Agreeing);
        Assert.Empty(await client.DiagnosticsAsync("draft.md"));
    }

    [Fact]
    public async Task A_draft_not_saved_yet_is_checked_against_the_workspace()
    {
        await using var client = await LspClient.StartAsync(("reference.md", Articles.Reference));

        await client.OpenAsync("new.md", Articles.Disagreeing);

        Assert.Equal("figure-conflict", Assert.Single(await client.DiagnosticsAsync("new.md")).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_edited_factcheck_yml_changes_the_diagnostics_once_the_editor_says_it_changed()
    {
        await using var client = await LspClient.StartAsync(("reference.md", Articles.Reference));
        await client.OpenAsync("draft.md", Articles.Disagreeing);
        Assert.Equal(1, Assert.Single(await client.DiagnosticsAsync("draft.md")).GetProperty("severity").GetInt32());

        client.Write("factcheck.yml", "rules:\n  figure-conflict:\n    level: warning\n");
        await client.WatchedFilesChangedAsync("factcheck.yml");

        Assert.Equal(2, Assert.Single(await client.DiagnosticsAsync("draft.md")).GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task A_draft_is_also_checked_against_the_references_factcheck_yml_names_outside_the_workspace()
    {
        // The workspace holds only factcheck.yml on disk and the draft, not saved yet; the reference is in a folder beside it.
        await using var client = await LspClient.StartAsync(("factcheck.yml", "against:\n  - ../references\n"));
        var reference = client.Write(Path.Combine("..", "references", "reference.md"), Articles.Reference);

        await client.OpenAsync("draft.md", Articles.Disagreeing);

        var diagnostic = Assert.Single(await client.DiagnosticsAsync("draft.md"));
        Assert.Equal("figure-conflict", diagnostic.GetProperty("code").GetString());
        var related = Assert.Single(diagnostic.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(new Uri(Path.GetFullPath(reference)).AbsoluteUri, related.GetProperty("location").GetProperty("uri").GetString());
    }

    internal static (int, int, int, int) RangeOf(JsonElement withRange)
    {
        var range = withRange.GetProperty("range");
        int At(string end, string part) => range.GetProperty(end).GetProperty(part).GetInt32();
        return (At("start", "line"), At("start", "character"), At("end", "line"), At("end", "character"));
    }
}
