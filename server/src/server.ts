import {
	TextDocuments,
	TextDocumentSyncKind,
	type Connection,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Serves Misquote over `connection`: registers the handlers, starts tracking open documents
 * and begins listening. The caller owns the transport (stdio or IPC in `main.ts`, in-memory
 * streams in tests). Returns once listening; the connection then lives until the client
 * sends `shutdown` and `exit`.
 */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);

	connection.onInitialize((): InitializeResult => ({
		capabilities: {
			textDocumentSync: TextDocumentSyncKind.Incremental,
		},
		serverInfo: { name: 'Misquote' },
	}));

	connection.onInitialized(() => {
		connection.console.info('Misquote server started');
	});

	documents.listen(connection);
	connection.listen();
}
