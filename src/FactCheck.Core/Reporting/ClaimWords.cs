namespace FactCheck.Reporting;

/// <summary>A claim in one phrase: the words as written, the value as read and any conversion, for messages that name a claim.</summary>
internal static class ClaimWords
{
    /// <summary>"“£17bn” read as about £17bn ≈ €20.1bn at 1 EUR = 0.8466 GBP (2024 average)".</summary>
    public static string Of(ReportClaim claim) =>
        $"“{claim.Value.Claim.Mention.Text.ReplaceLineEndings(" ")}” read as {claim.Display}{(ConversionNote.Of(claim) is { } note ? " " + note : "")}";
}
