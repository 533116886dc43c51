// The whole extension: start `factcheck lsp` for Markdown and text files, with the settings as initializationOptions.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate(context) {
  const settings = vscode.workspace.getConfiguration('factcheck');
  client = new LanguageClient('factcheck', 'FactCheck',
    { command: settings.get('path'), args: ['lsp'] },
    {
      documentSelector: [{ scheme: 'file', language: 'markdown' }, { scheme: 'file', language: 'plaintext' }],
      initializationOptions: { against: settings.get('against'), baseline: settings.get('baseline'), debounce: settings.get('debounce') },
    });
  await client.start();
  context.subscriptions.push({ dispose: () => client.stop() });
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
