using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>One accepted finding: its fingerprint, and what it was about (for people reading the file; only the fingerprint is matched).</summary>
public sealed record BaselineEntry(string Fingerprint, string Rule, string? Subject, string Attribute, ImmutableArray<string> Values);
