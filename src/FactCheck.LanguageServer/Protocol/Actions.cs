using System.Collections.Immutable;
using System.Text.Json;

namespace FactCheck.LanguageServer.Protocol;

/// <summary>Markdown or plain text for the editor to show.</summary>
internal sealed record MarkupContent(string Kind, string Value);

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, LspRange Range);

/// <summary>What the editor shows at the range of a code action request.</summary>
internal sealed record CodeActionContext(Diagnostic[]? Diagnostics);

/// <summary><c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext Context);

/// <summary>Text to put in place of a range.</summary>
internal sealed record TextEdit(LspRange Range, string NewText);

/// <summary>Edits to documents, by URI.</summary>
internal sealed record WorkspaceEdit(ImmutableDictionary<string, ImmutableArray<TextEdit>> Changes);

/// <summary>A command the editor asks the server to run (<c>workspace/executeCommand</c>).</summary>
internal sealed record LspCommand(string Title, string Command, ImmutableArray<JsonElement> Arguments);

/// <summary>A quick fix: an edit the editor applies, or a command the server runs.</summary>
internal sealed record CodeAction(string Title, string Kind, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The edit, for an action the editor applies itself.</summary>
    public WorkspaceEdit? Edit { get; init; }

    /// <summary>The command, for an action the server runs.</summary>
    public LspCommand? Command { get; init; }
}

/// <summary><c>workspace/executeCommand</c>.</summary>
internal sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);
