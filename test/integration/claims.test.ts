import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MisquoteApi } from '../../client/src/extension';
import type { ClaimNode } from '../../client/src/views/claimsTree';
import type { Comparison } from '../../server/src/protocol';
import { activateExtension, codeOf, waitForDiagnostics, waitForEvent, workspaceFile } from './helpers';

suite('Claims view and Compare Sources', () => {
	let api: MisquoteApi;

	suiteSetup(async () => {
		api = (await activateExtension()).exports as MisquoteApi;
		await waitForDiagnostics(workspaceFile('nikkei.txt'), (all) => all.some((d) => codeOf(d) === 'wording'), 'a wording diagnostic');
	});

	test('the Claims view lists speakers, their statements and each statement’s sources', async () => {
		api.claims.setOnlyDiffering(false);
		const speakers = await api.claims.getChildren();
		const names = speakers.map((n) => (n.type === 'speaker' ? n.speaker.name : ''));
		for (const name of ['Amazon', 'TikTok', 'Josh Hawley', 'Kevin Mayer']) {
			assert.ok(names.includes(name), `a speaker ${name} in ${names.join(', ')}`);
		}
		const tiktok = speakers.find((n) => n.type === 'speaker' && n.speaker.name === 'TikTok')!;
		const statements = await api.claims.getChildren(tiktok);
		// Each sentence of TikTok's statement is a statement of its own: “While Amazon …”, quoted
		// the same by five sources, and “We’re proud …”, reworded in one of three.
		const claimWith = (words: string) => statements.find((n): n is Extract<ClaimNode, { type: 'claim' }> => n.type === 'claim' && n.claim.text.startsWith(words));
		const whileAmazon = claimWith('While Amazon did not communicate');
		assert.ok(whileAmazon, 'TikTok’s first sentence is listed');
		assert.equal(whileAmazon.claim.kind, 'identical');
		assert.match(String(api.claims.getTreeItem(whileAmazon).description), /^5 sources/);
		const proud = claimWith('We’re proud that tens of millions');
		assert.ok(proud, 'TikTok’s second sentence is listed');
		assert.equal(proud.claim.kind, 'wording');
		const item = api.claims.getTreeItem(proud);
		assert.match(String(item.description), /3 sources · wording/);
		assert.equal(item.contextValue, 'statement');
		const sources = await api.claims.getChildren(proud);
		const paths = sources.map((n) => (n.type === 'source' ? n.source.path : ''));
		assert.ok(paths.includes('nikkei.txt') && paths.includes('dailymail.txt'), paths.join(', '));
		assert.equal(api.claims.getTreeItem(sources[0]).command?.command, 'misquote.revealSource');
	});

	test('showing only statements that differ leaves out statements quoted once', async () => {
		api.claims.setOnlyDiffering(true);
		const speakers = await api.claims.getChildren();
		const names = speakers.map((n) => (n.type === 'speaker' ? n.speaker.name : ''));
		assert.ok(!names.includes('Josh Hawley'), `no Josh Hawley among ${names.join(', ')}`);
		assert.ok(names.includes('TikTok'));
		api.claims.setOnlyDiffering(false);
	});

	test('clicking a source opens its article at the quotation', async () => {
		const tiktok = (await api.claims.getChildren()).find((n) => n.type === 'speaker' && n.speaker.name === 'TikTok')!;
		const statement = (await api.claims.getChildren(tiktok)).find((n) => n.type === 'claim' && n.claim.documents === 5 && n.claim.sources.some((s) => s.path === 'variety.txt'))!;
		const source = (await api.claims.getChildren(statement)).find((n) => n.type === 'source' && n.source.path === 'variety.txt')!;
		const command = api.claims.getTreeItem(source).command!;
		const editor = await vscode.commands.executeCommand<vscode.TextEditor>(command.command, ...(command.arguments ?? []));
		assert.equal(editor.document.uri.path.split('/').pop(), 'variety.txt');
		assert.match(editor.document.getText(editor.selection), /\S/);
	});

	test('Compare Sources at a quotation opens a panel with every version, the differing words marked', async () => {
		// variety.txt gives TikTok's two sentences as one quotation (line 15): the cursor on its
		// second sentence compares that sentence. nikkei.txt stays unopened for the diagnostics suite.
		const document = await vscode.workspace.openTextDocument(workspaceFile('variety.txt'));
		const editor = await vscode.window.showTextDocument(document);
		const at = document.lineAt(14).text.indexOf('tens of millions');
		assert.ok(at > 0);
		editor.selection = new vscode.Selection(14, at, 14, at);
		const comparison = await vscode.commands.executeCommand<Comparison>('misquote.compareSources');
		assert.ok(comparison, 'a comparison');
		assert.equal(comparison.speaker, 'TikTok');
		assert.equal(api.compare.current, comparison, 'the panel shows it');
		const nikkei = comparison.versions.find((v) => v.path === 'nikkei.txt' && v.kind === 'wording');
		assert.ok(nikkei, 'nikkei’s version differs in wording');
		assert.deepEqual(
			nikkei.segments.filter((s) => s.change).map((s) => [s.change, s.text]),
			[
				['removed', 'tens'],
				['added', 'hundreds'],
				['removed', 'Americans'],
				['added', 'people'],
			],
		);
		const isCompareTab = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('misquote.compare');
		const open = () => vscode.window.tabGroups.all.some((g) => g.tabs.some(isCompareTab));
		if (!open()) {
			await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, open, 'a Compare Sources tab');
		}
	});

	test('Compare Sources from the Claims view compares the statement chosen there', async () => {
		const amazon = (await api.claims.getChildren()).find((n) => n.type === 'speaker' && n.speaker.name === 'Amazon')!;
		const statement = (await api.claims.getChildren(amazon)).find((n) => n.type === 'claim' && n.claim.groupId !== null)!;
		const comparison = await vscode.commands.executeCommand<Comparison>('misquote.compareSources', statement);
		assert.equal(comparison.speaker, 'Amazon');
		assert.ok(comparison.versions.length >= 2);
	});
});
