using System.Collections.Immutable;

namespace FactCheck.LanguageServer.Protocol;

/// <summary>A place the editor can jump to from a diagnostic, with what is there.</summary>
internal sealed record DiagnosticRelatedInformation(LspLocation Location, string Message);

/// <summary>
/// A finding as the editor shows it, at one claim of the draft. <see cref="Severity"/>: 1 error, 2 warning, 3 information.
/// <see cref="Data"/> comes back with a code action request.
/// </summary>
internal sealed record Diagnostic(LspRange Range, int Severity, string Code, string Source, string Message)
{
    /// <summary>The other sides' claims.</summary>
    public ImmutableArray<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    /// <summary>The finding's fingerprint, for the code actions.</summary>
    public DiagnosticData? Data { get; init; }
}

/// <summary>What a diagnostic carries for its code actions: the fingerprint of its finding (null for a file's diagnostic).</summary>
internal sealed record DiagnosticData(string? Fingerprint);

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<Diagnostic> Diagnostics);
