import * as vscode from 'vscode';
import { ServerController } from './client';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';
import { ClaimsTree } from './views/claimsTree';
import { ComparePanel } from './views/comparePanel';

let server: ServerController | undefined;

/** What the extension exports to other extensions and to its integration tests. */
export interface MisquoteApi {
	claims: ClaimsTree;
	compare: ComparePanel;
	server: ServerController;
}

/** Creates the output channel, views, status bar and commands, and starts the language server. */
export async function activate(context: vscode.ExtensionContext): Promise<MisquoteApi> {
	const outputChannel = vscode.window.createOutputChannel('Misquote', { log: true });
	server = new ServerController(context, outputChannel);
	const claims = new ClaimsTree(server);
	const compare = new ComparePanel();
	const view = vscode.window.createTreeView('misquote.claims', { treeDataProvider: claims, showCollapseAll: true });
	context.subscriptions.push(outputChannel, server, claims, compare, view, createStatusBar(server), server.onStatus(() => claims.refresh()));
	registerCommands(context, server, outputChannel, claims, compare);
	void vscode.commands.executeCommand('setContext', 'misquote.claims.onlyDiffering', false);
	await server.start();
	return { claims, compare, server };
}

/** Stops the language server; VS Code waits for the returned promise before unloading. */
export async function deactivate(): Promise<void> {
	await server?.stop();
	server = undefined;
}
