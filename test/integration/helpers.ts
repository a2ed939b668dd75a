/**
 * Helpers for the integration tests. Every wait is for an event, with a deadline; a test
 * never sleeps a fixed time.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The extension under test: `publisher.name` in package.json. */
export const extensionId = 'misquote.misquote';

/** How long a wait lasts by default: well inside mocha's 30 s per test. */
const defaultTimeoutMs = 20_000;

/** Activates Misquote, unless it is already active, and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
	const extension = vscode.extensions.getExtension(extensionId);
	assert.ok(extension, `${extensionId} is not installed`);
	await extension.activate();
	return extension;
}

/** The URI of a file in the test workspace (a copy of test/fixtures/seeds). */
export function workspaceFile(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the tests need a workspace folder');
	return vscode.Uri.joinPath(folder.uri, name);
}

/** The file name at the end of a URI's path. */
export function fileName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * Resolves with the first value of `event` that `accept` takes. Rejects after `timeoutMs`,
 * naming `what` was awaited.
 */
export function waitForEvent<T>(
	event: vscode.Event<T>,
	accept: (value: T) => boolean,
	what: string,
	timeoutMs = defaultTimeoutMs,
): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			listener.dispose();
			reject(new Error(`Waited ${timeoutMs} ms for ${what}.`));
		}, timeoutMs);
		const listener = event((value) => {
			if (accept(value)) {
				clearTimeout(timer);
				listener.dispose();
				resolve(value);
			}
		});
	});
}

/**
 * Resolves with the diagnostics of `uri` once `accept` takes them: at once if it takes the
 * current ones, else at a later change. Rejects after `timeoutMs` with the diagnostics it
 * saw last, naming `what` was awaited.
 */
export async function waitForDiagnostics(
	uri: vscode.Uri,
	accept: (diagnostics: vscode.Diagnostic[]) => boolean,
	what: string,
	timeoutMs = defaultTimeoutMs,
): Promise<vscode.Diagnostic[]> {
	const current = vscode.languages.getDiagnostics(uri);
	if (accept(current)) {
		return current;
	}
	try {
		await waitForEvent(
			vscode.languages.onDidChangeDiagnostics,
			(event) =>
				event.uris.some((changed) => changed.toString() === uri.toString()) &&
				accept(vscode.languages.getDiagnostics(uri)),
			`${what} in ${fileName(uri)}`,
			timeoutMs,
		);
	} catch (error) {
		const seen = describeDiagnostics(vscode.languages.getDiagnostics(uri));
		throw new Error(`${(error as Error).message} Its diagnostics:\n${seen || '(none)'}`);
	}
	return vscode.languages.getDiagnostics(uri);
}

/** One line per diagnostic: `line:column severity code: message`, lines counted from 1. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
	return diagnostics
		.map(({ range, severity, code, message }) => {
			const at = `${range.start.line + 1}:${range.start.character + 1}`;
			return `${at} ${vscode.DiagnosticSeverity[severity]} ${String(codeOf({ code }))}: ${message}`;
		})
		.join('\n');
}

/** A diagnostic's code (Misquote's kind of difference) whether given plain or with a link. */
export function codeOf(diagnostic: Pick<vscode.Diagnostic, 'code'>): string | number | undefined {
	const { code } = diagnostic;
	return typeof code === 'object' ? code.value : code;
}

/** Replaces `range` in an open document and waits until the edit is applied. */
export async function replace(document: vscode.TextDocument, range: vscode.Range, text: string): Promise<void> {
	const edit = new vscode.WorkspaceEdit();
	edit.replace(document.uri, range, text);
	assert.ok(await vscode.workspace.applyEdit(edit), `the edit to ${fileName(document.uri)} was not applied`);
}

/** The text of every hover at `position`, Markdown as written. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
	return hovers
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n');
}
