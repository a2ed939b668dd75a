import * as vscode from 'vscode';
import { COMPARE_COMMAND, CompareRequest, ReportRequest, RescanRequest, type ClaimSource, type Comparison } from '../../server/src/protocol';
import type { ServerController } from './client';
import { revealSource, REVEAL_COMMAND, type ClaimNode, type ClaimsTree } from './views/claimsTree';
import type { ComparePanel } from './views/comparePanel';

/**
 * Registers Misquote's commands (ids as declared in package.json `contributes.commands`)
 * and adds each registration to `context.subscriptions`.
 */
export function registerCommands(
	context: vscode.ExtensionContext,
	server: ServerController,
	outputChannel: vscode.LogOutputChannel,
	claims: ClaimsTree,
	compare: ComparePanel,
): void {
	context.subscriptions.push(
		vscode.commands.registerCommand('misquote.restartServer', () => server.restart()),
		vscode.commands.registerCommand('misquote.showOutput', () => outputChannel.show(true)),
		vscode.commands.registerCommand('misquote.rescan', () => server.request(RescanRequest, undefined)),
		vscode.commands.registerCommand(COMPARE_COMMAND, (target?: unknown, position?: unknown) => compareSources(server, claims, compare, target, position)),
		vscode.commands.registerCommand('misquote.exportReport', () => exportReport(server)),
		vscode.commands.registerCommand('misquote.claims.refresh', () => claims.refresh()),
		vscode.commands.registerCommand('misquote.claims.showOnlyDiffering', () => claims.setOnlyDiffering(true)),
		vscode.commands.registerCommand('misquote.claims.showAll', () => claims.setOnlyDiffering(false)),
		vscode.commands.registerCommand(REVEAL_COMMAND, (source: ClaimSource) => revealSource(source)),
	);
}

/**
 * Opens Compare Sources for: a statement of the Claims view, a position given by a code lens
 * (uri, position), the quotation at the cursor, or, failing those, one picked from a list.
 * Returns what it shows (undefined when there was nothing to compare).
 */
async function compareSources(server: ServerController, claims: ClaimsTree, panel: ComparePanel, target?: unknown, position?: unknown): Promise<Comparison | undefined> {
	let comparison: Comparison | null | undefined;
	if (isClaimNode(target) && target.type === 'claim' && target.claim.groupId) {
		comparison = await server.request(CompareRequest, { groupId: target.claim.groupId });
	} else if (typeof target === 'string' && isPosition(position)) {
		comparison = await server.request(CompareRequest, { uri: target, position });
	} else if (vscode.window.activeTextEditor) {
		const editor = vscode.window.activeTextEditor;
		const at = editor.selection.active;
		comparison = await server.request(CompareRequest, { uri: editor.document.uri.toString(), position: { line: at.line, character: at.character } });
	}
	if (!comparison) {
		const statements = (await claims.load()).flatMap((s) => s.claims.filter((c) => c.groupId).map((c) => ({ speaker: s.name, claim: c })));
		if (statements.length === 0) {
			void vscode.window.showInformationMessage('Misquote found no statement quoted in more than one source.');
			return undefined;
		}
		const picked = await vscode.window.showQuickPick(
			statements.map((s) => ({ label: `“${s.claim.text.slice(0, 90)}${s.claim.text.length > 90 ? '…' : ''}”`, description: `${s.speaker} · ${s.claim.documents} sources · ${s.claim.kind}`, groupId: s.claim.groupId! })),
			{ title: 'Compare Sources', placeHolder: 'Pick a statement to compare its versions', matchOnDescription: true },
		);
		if (!picked) {
			return undefined;
		}
		comparison = await server.request(CompareRequest, { groupId: picked.groupId });
	}
	if (comparison) {
		panel.show(comparison);
	}
	return comparison ?? undefined;
}

async function exportReport(server: ServerController): Promise<void> {
	const format = await vscode.window.showQuickPick(
		[
			{ label: 'Markdown', description: 'a report to read and share', format: 'markdown' as const, ext: 'md' },
			{ label: 'JSON', description: 'the command line’s version-1 contract', format: 'json' as const, ext: 'json' },
		],
		{ title: 'Export Report' },
	);
	if (!format) {
		return;
	}
	const text = await server.request(ReportRequest, { format: format.format });
	if (text === undefined) {
		void vscode.window.showWarningMessage('The Misquote server is not running; restart it and try again.');
		return;
	}
	const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
	const target = await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `misquote-report.${format.ext}`), filters: { [format.label]: [format.ext] } });
	if (target) {
		await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
		void vscode.window.showInformationMessage(`Misquote report saved to ${vscode.workspace.asRelativePath(target)}.`);
	}
}

function isClaimNode(value: unknown): value is ClaimNode {
	return typeof value === 'object' && value !== null && 'type' in value && 'claim' in value;
}

function isPosition(value: unknown): value is { line: number; character: number } {
	return typeof value === 'object' && value !== null && typeof (value as { line?: unknown }).line === 'number';
}
