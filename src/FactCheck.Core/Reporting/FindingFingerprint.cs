using System.Security.Cryptography;
using System.Text;
using FactCheck.Comparison;
using FactCheck.Configuration;

namespace FactCheck.Reporting;

/// <summary>
/// A finding's identity across edits, for baselines (and SARIF's partialFingerprints): a hash of the rule, the subject,
/// the attribute, and for each side the set of its claims' source ids and values as read (money: currency, bounds,
/// hedge and bracketed restatement; other kinds: their display, the canonical place, date or speaker). Lines, columns, claim numbers and finding ids are left out, so moving text,
/// adding lines above or editing an unrelated sentence keep the fingerprint; a side whose value or sources change,
/// or a new side, makes a new one. A side's claims are a set: restating a value already there changes nothing.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>32 lower-case hex digits (128 bits of SHA-256) identifying <paramref name="finding"/>.</summary>
    public static string Of(Finding finding)
    {
        var sides = finding.Values
            .Select(side => string.Join('\n', side.Claims.Select(c => c.Claim.Mention.Sentence.Source.Id + "\t" + c.ValueKey).Distinct().Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        var canonical = string.Join("\n--\n", [$"v1\t{finding.Rule}\t{finding.Subject}\t{finding.Attribute}", .. sides]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)).AsSpan(0, 16));
    }

    /// <summary>A baseline accepting <paramref name="findings"/>: one entry per fingerprint, with what it was about.</summary>
    public static Baseline BaselineOf(IEnumerable<ReportFinding> findings) =>
        new([.. findings.Select(f => new BaselineEntry(Of(f.Finding), f.Finding.Rule, f.Finding.Subject, f.Finding.Attribute, [.. f.Finding.Values.Select(v => v.Display)]))
            .DistinctBy(e => e.Fingerprint)]);
}
