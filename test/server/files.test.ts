/**
 * Articles created, changed and deleted on disk while nobody has them open: the editor's file
 * watcher sends workspace/didChangeWatchedFiles, and the diagnostics of the other articles
 * follow (appear, change, and are cleared with an empty array).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession, makeFolder, messageOf, removeFolder, seedArticles, writeArticle } from '../helpers/lsp';

const seeds = seedArticles();
const hasWording = (d: Diagnostic[]) => d.some((x) => x.code === 'wording');
const mentions = (uri: string, file: string) => (d: Diagnostic[]) => d.some((x) => messageOf(x).includes(file) || (x.relatedInformation ?? []).some((r) => r.location.uri === uri));

describe('nikkei.txt created, changed and deleted on disk', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		const { 'nikkei.txt': _nikkei, ...others } = seeds;
		root = makeFolder(others);
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('without nikkei, nobody quotes TikTok’s figure differently', () => {
		assert.equal(session.status?.documents, 4);
		assert.ok(!hasWording(session.diagnostics.get(session.uri('dailymail.txt'))!));
		assert.equal(session.diagnostics.get(session.uri('nikkei.txt')), undefined);
	});

	test('created: its diagnostics appear, and the other articles get theirs', async () => {
		writeArticle(root, 'nikkei.txt', seeds['nikkei.txt']);
		await session.fileEvent('nikkei.txt', 'created');
		const dailymail = await session.diagnosticsOf('dailymail.txt', hasWording);
		assert.match(messageOf(dailymail.find((d) => d.code === 'wording')!), /^Quoted differently in nikkei\.txt\b/);
		assert.ok(hasWording(await session.diagnosticsOf('nikkei.txt', hasWording)));
		assert.ok(hasWording(await session.diagnosticsOf('variety.txt', hasWording)));
		await session.statusWhere((s) => s.documents === 5);
	});

	test('changed: the figure as the others have it, and the wording diagnostics go', async () => {
		writeFileSync(join(root, 'nikkei.txt'), seeds['nikkei.txt'].replace('hundreds of millions of people', 'tens of millions of Americans'));
		await session.fileEvent('nikkei.txt', 'changed');
		await session.diagnosticsOf('dailymail.txt', (d) => !hasWording(d));
		await session.diagnosticsOf('nikkei.txt', (d) => !hasWording(d));
		await session.diagnosticsOf('variety.txt', (d) => !hasWording(d));
	});

	test('deleted: its diagnostics are cleared with an empty array, and the others no longer mention it', async () => {
		assert.ok(session.diagnostics.get(session.uri('nikkei.txt'))!.length > 0);
		rmSync(join(root, 'nikkei.txt'));
		await session.fileEvent('nikkei.txt', 'deleted');
		assert.deepEqual(await session.diagnosticsOf('nikkei.txt', (d) => d.length === 0), []);
		for (const file of ['amn-nydailynews.txt', 'dailymail.txt', 'foxbusiness.txt', 'variety.txt']) {
			await session.diagnosticsOf(file, (d) => !mentions(session.uri('nikkei.txt'), 'nikkei.txt')(d));
		}
		await session.statusWhere((s) => s.documents === 4);
	});
});

describe('the last other version deleted', () => {
	const a = `“We will open the new bridge to traffic in the spring of next year,” Mayor Jane Doe said on Monday.\n`;
	const b = `“We will open the new bridge to traffic in the autumn of next year,” Mayor Jane Doe said on Monday.\n`;
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder({ 'a.txt': a, 'b.txt': b, 'notes/readme.json': '{"not": "an article"}' });
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('two articles that quote the mayor differently flag each other', async () => {
		const [da] = await session.diagnosticsOf('a.txt', (d) => d.length === 1);
		assert.equal(da.code, 'wording');
		assert.equal((await session.diagnosticsOf('b.txt', (d) => d.length === 1))[0].code, 'wording');
	});

	test('the other article deleted: an empty array is published for the one left', async () => {
		rmSync(join(root, 'b.txt'));
		await session.filesChanged([{ uri: session.uri('b.txt'), type: FileChangeType.Deleted }]);
		assert.deepEqual(await session.diagnosticsOf('a.txt', (d) => d.length === 0), []);
		assert.deepEqual(await session.diagnosticsOf('b.txt', (d) => d.length === 0), []);
	});

	test('a file that is not an article is not read; an article in a new sub-folder is', async () => {
		writeArticle(root, 'notes/readme.json', '“We will open the new bridge to traffic in the winter of next year,” Mayor Jane Doe said.');
		writeArticle(root, 'later/b.txt', b);
		// One notification: the changes are handled in order, so when later/b.txt is read, readme.json was passed over.
		await session.filesChanged([
			{ uri: session.uri('notes/readme.json'), type: FileChangeType.Changed },
			{ uri: session.uri('later/b.txt'), type: FileChangeType.Created },
		]);
		const [da] = await session.diagnosticsOf('a.txt', (d) => d.length === 1);
		assert.ok(da.relatedInformation!.every((r) => r.location.uri === session.uri('later/b.txt')), JSON.stringify(da.relatedInformation));
		assert.match(messageOf(da), /later\/b\.txt/);
		assert.equal(session.diagnostics.get(session.uri('notes/readme.json')), undefined);
	});

	test('an event for a file that does not exist, or outside the folder, changes nothing and breaks nothing', async () => {
		await session.filesChanged([
			{ uri: session.uri('ghost.txt'), type: FileChangeType.Changed },
			{ uri: session.uri('ghost.txt'), type: FileChangeType.Deleted },
			{ uri: 'file:///nowhere/at/all.txt', type: FileChangeType.Created },
			{ uri: 'untitled:Untitled-1', type: FileChangeType.Changed },
		]);
		await session.logged(/^Cannot read .*ghost\.txt: no such file or folder\.$/);
		const hover = await session.request('textDocument/hover', { textDocument: { uri: session.uri('a.txt') }, position: { line: 0, character: 5 } });
		assert.ok(hover);
		assert.equal(session.diagnostics.get(session.uri('ghost.txt')), undefined);
	});
});
