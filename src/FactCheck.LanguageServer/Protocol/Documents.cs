namespace FactCheck.LanguageServer.Protocol;

/// <summary>A document the editor opened: its URI, version and whole text.</summary>
internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

/// <summary>A document named by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document named by its URI, at a version.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary><c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change of <c>textDocument/didChange</c>: with full sync, the whole new text.</summary>
internal sealed record TextDocumentContentChangeEvent(string Text);

/// <summary><c>textDocument/didChange</c>.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary><c>textDocument/didClose</c> and <c>textDocument/didSave</c>.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>A document and a position in it (<c>textDocument/hover</c>).</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>One file event of <c>workspace/didChangeWatchedFiles</c> (1 created, 2 changed, 3 deleted).</summary>
internal sealed record FileEvent(string Uri, int Type);

/// <summary><c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);
