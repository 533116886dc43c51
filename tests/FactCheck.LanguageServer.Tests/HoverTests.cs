namespace FactCheck.LanguageServer.Tests;

public sealed class HoverTests
{
    [Fact]
    public async Task A_hover_over_a_converted_figure_shows_the_rate_it_was_read_at_and_its_value_and_frame()
    {
        var (client, _) = await LspClient.DraftAsync(Articles.InDollars);
        await using var session = client;

        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = client.UriOf("draft.md") }, position = new { line = 4, character = 21 } });

        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("“$27bn” read as $27bn ≈ €24.9bn at 1 EUR = 1.0824 USD (2024 average)", text, StringComparison.Ordinal);
        Assert.Contains("\"currency\": \"USD\"", text, StringComparison.Ordinal);
        Assert.Contains("\"key\": \"fund\"", text, StringComparison.Ordinal);
        Assert.Equal((4, 19, 4, 24), DiagnosticsTests.RangeOf(hover));
    }

    [Fact]
    public async Task A_hover_away_from_any_claim_shows_nothing()
    {
        var (client, _) = await LspClient.DraftAsync(Articles.InDollars);
        await using var session = client;

        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = client.UriOf("draft.md") }, position = new { line = 4, character = 2 } });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, hover.ValueKind);
    }
}
