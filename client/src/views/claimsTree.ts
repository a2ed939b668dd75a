import * as vscode from 'vscode';
import { ClaimsRequest, type Claim, type ClaimSource, type ClaimSpeaker, type DifferenceKindName } from '../../../server/src/protocol';
import type { ServerController } from '../client';

/** A row of the Claims view: a speaker, one of their statements, or one source's version. */
export type ClaimNode =
	| { type: 'speaker'; speaker: ClaimSpeaker }
	| { type: 'claim'; claim: Claim; speaker: ClaimSpeaker }
	| { type: 'source'; source: ClaimSource; claim: Claim };

/** The command a source row runs: opens the article at the quotation. */
export const REVEAL_COMMAND = 'misquote.revealSource';

const KIND_ICONS: Record<DifferenceKindName, [string, string | undefined]> = {
	identical: ['pass', 'testing.iconPassed'],
	typography: ['info', undefined],
	punctuation: ['info', undefined],
	truncation: ['ellipsis', 'list.warningForeground'],
	elision: ['ellipsis', 'list.warningForeground'],
	wording: ['warning', 'list.warningForeground'],
	speaker: ['error', 'list.errorForeground'],
};

/**
 * Speakers → statements → sources, from the server's `misquote/claims`. Refreshes when the
 * server reports a change; can show only the statements whose versions differ.
 */
export class ClaimsTree implements vscode.TreeDataProvider<ClaimNode>, vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<ClaimNode | undefined>();
	readonly onDidChangeTreeData = this.changeEmitter.event;
	private onlyDiffering = false;
	/** The current request for the speakers; a refresh drops it, and its answer with it. */
	private loading: Promise<ClaimSpeaker[]> | undefined;

	constructor(private readonly server: ServerController) {}

	/** Shows only statements whose versions differ, or every statement. */
	setOnlyDiffering(only: boolean): void {
		this.onlyDiffering = only;
		void vscode.commands.executeCommand('setContext', 'misquote.claims.onlyDiffering', only);
		this.refresh();
	}

	refresh(): void {
		this.loading = undefined;
		this.changeEmitter.fire(undefined);
	}

	/** The current speakers (loaded on demand); tests and the quick pick read these. */
	async load(): Promise<ClaimSpeaker[]> {
		if (!this.loading) {
			const loading = this.server.request(ClaimsRequest, { onlyDiffering: this.onlyDiffering }).then((result) => {
				if (this.loading === loading) {
					if (result) {
						void vscode.commands.executeCommand('setContext', 'misquote.noClaims', result.speakers.length === 0);
					} else {
						// No answer (the server is not running): ask again next time.
						this.loading = undefined;
					}
				}
				return result?.speakers ?? [];
			});
			this.loading = loading;
		}
		return this.loading;
	}

	async getChildren(node?: ClaimNode): Promise<ClaimNode[]> {
		if (!node) {
			return (await this.load()).map((speaker) => ({ type: 'speaker', speaker }));
		}
		if (node.type === 'speaker') {
			return node.speaker.claims.map((claim) => ({ type: 'claim', claim, speaker: node.speaker }));
		}
		if (node.type === 'claim') {
			return node.claim.sources.map((source) => ({ type: 'source', source, claim: node.claim }));
		}
		return [];
	}

	getTreeItem(node: ClaimNode): vscode.TreeItem {
		if (node.type === 'speaker') {
			const { speaker } = node;
			const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Expanded);
			item.description = `${speaker.claims.length} ${speaker.claims.length === 1 ? 'statement' : 'statements'}`;
			item.iconPath = new vscode.ThemeIcon(speaker.type === 'person' ? 'person' : speaker.type === 'organisation' ? 'organization' : 'question');
			item.contextValue = 'speaker';
			return item;
		}
		if (node.type === 'claim') {
			const { claim } = node;
			const label = claim.text.length > 70 ? `${claim.text.slice(0, 69)}…` : claim.text;
			const item = new vscode.TreeItem(`“${label}”`, vscode.TreeItemCollapsibleState.Collapsed);
			// Checked against a primary source: found there, or not in the speaker's own sources.
			const primary = claim.primary === 'found' ? ' · ✓ primary source' : claim.primary === 'not-found' ? ' · not in primary source' : '';
			item.description = `${claim.documents} ${claim.documents === 1 ? 'source' : 'sources'}${claim.kind !== 'identical' ? ` · ${claim.kind}` : ''}${primary}`;
			const [icon, color] = KIND_ICONS[claim.kind];
			item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
			const checked = claim.primary === 'found' ? '\n\nChecked against the primary source.' : claim.primary === 'not-found' ? '\n\nNot found in the speaker’s primary sources.' : '';
			item.tooltip = new vscode.MarkdownString().appendText(`“${claim.text}”`).appendMarkdown(`\n\n${claim.documents} sources · most serious difference: **${claim.kind}**${checked}`);
			item.contextValue = claim.groupId ? 'statement' : 'single';
			return item;
		}
		const { source } = node;
		const item = new vscode.TreeItem(source.path, vscode.TreeItemCollapsibleState.None);
		item.description = [source.outlet ?? '', source.canonical ? 'canonical' : source.kind, source.ignored ? 'ignored' : ''].filter(Boolean).join(' · ');
		item.iconPath = vscode.ThemeIcon.File;
		item.resourceUri = vscode.Uri.parse(source.uri);
		item.command = { title: 'Open Source', command: REVEAL_COMMAND, arguments: [source] };
		item.contextValue = 'source';
		return item;
	}

	dispose(): void {
		this.changeEmitter.dispose();
	}
}

/** Opens a source's article with its quotation selected. */
export async function revealSource(source: Pick<ClaimSource, 'uri' | 'range'>): Promise<vscode.TextEditor> {
	const range = new vscode.Range(source.range.start.line, source.range.start.character, source.range.end.line, source.range.end.character);
	const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(source.uri));
	return vscode.window.showTextDocument(document, { selection: range, preview: true });
}
