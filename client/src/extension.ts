import * as vscode from 'vscode';
import { ServerController } from './client';
import { registerCommands } from './commands';

let server: ServerController | undefined;

/** Creates the output channel, registers the commands and starts the language server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const outputChannel = vscode.window.createOutputChannel('Misquote', { log: true });
	server = new ServerController(context, outputChannel);
	context.subscriptions.push(outputChannel, server);
	registerCommands(context, server, outputChannel);
	await server.start();
}

/** Stops the language server; VS Code waits for the returned promise before unloading. */
export async function deactivate(): Promise<void> {
	await server?.stop();
	server = undefined;
}
