import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import type { ServerController } from './client';

/** The command the status bar item runs: focuses the Claims view. */
export const FOCUS_CLAIMS_COMMAND = 'misquote.claims.focus';

/** A status bar summary: quotations, and statements whose versions differ. */
export function createStatusBar(server: ServerController): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('misquote.status', vscode.StatusBarAlignment.Left, 10);
	item.name = 'Misquote';
	item.command = FOCUS_CLAIMS_COMMAND;
	const show = (s: StatusParams) => {
		if (s.scanning) {
			item.text = `$(sync~spin) Misquote: ${s.documents} articles`;
			item.tooltip = 'Misquote is reading the articles of the workspace.';
		} else {
			item.text = `$(quote) ${s.quotations}${s.differing ? ` $(warning) ${s.differing}` : ''}`;
			item.tooltip = `Misquote: ${s.quotations} quotations in ${s.documents} articles; ${s.statements} statements quoted more than once, ${s.differing} of them quoted differently. Click for the Claims view.`;
		}
		item.show();
	};
	const subscription = server.onStatus(show);
	if (server.lastStatus) {
		show(server.lastStatus);
	}
	return vscode.Disposable.from(item, subscription);
}
