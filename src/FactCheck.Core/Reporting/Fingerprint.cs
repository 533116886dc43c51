using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Names one side of a finding in a way that survives lines moving and unrelated edits: the rule, the subject and attribute,
/// the claim's source and words (whitespace collapsed, case folded), and the side's value; never a line or column.
/// </summary>
public static class Fingerprint
{
    /// <summary>32 hex digits for <paramref name="claim"/> standing on side <paramref name="side"/> of <paramref name="finding"/>.</summary>
    public static string Of(ReportFinding finding, int side, ReportClaim claim)
    {
        var f = finding.Finding;
        var mention = claim.Value.Claim.Mention;
        // A unit separator between fields: no field can contain it, so ("ab", "c") and ("a", "bc") never hash alike.
        var key = string.Join('\u001f', f.Rule, f.Subject ?? "", f.Attribute, mention.Sentence.Source.Id, Normalize(mention.Text), f.Values[side].Display);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
