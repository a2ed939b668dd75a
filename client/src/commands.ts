import * as vscode from 'vscode';
import type { ServerController } from './client';

/**
 * Registers Misquote's commands (ids as declared in package.json `contributes.commands`)
 * and adds each registration to `context.subscriptions`.
 */
export function registerCommands(
	context: vscode.ExtensionContext,
	server: ServerController,
	outputChannel: vscode.LogOutputChannel,
): void {
	context.subscriptions.push(
		vscode.commands.registerCommand('misquote.restartServer', () => server.restart()),
		vscode.commands.registerCommand('misquote.showOutput', () => outputChannel.show(true)),
	);
}
