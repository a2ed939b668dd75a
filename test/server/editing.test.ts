/**
 * Typing in an open article (didOpen, then incremental didChange) changes the results of the
 * other articles, unopened ones included; closing it goes back to the disk's text.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspSession, makeFolder, messageOf, positionOf, removeFolder, seedArticles, textAt } from '../helpers/lsp';

const seeds = seedArticles();
const nikkei = seeds['nikkei.txt'];
const hasWording = (d: Diagnostic[]) => d.some((x) => x.code === 'wording');
const noWording = (d: Diagnostic[]) => !hasWording(d);

describe('editing an open article', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('incremental edits in nikkei take its changed figure back: the wording diagnostics go, in unopened dailymail too', async () => {
		assert.ok(hasWording(await session.diagnosticsOf('dailymail.txt')));
		assert.ok(hasWording(await session.diagnosticsOf('nikkei.txt')));
		await session.open('nikkei.txt', nikkei);
		// Two changes in one notification: the second's range is in the text after the first.
		const hundreds = positionOf(nikkei, 'hundreds of millions of people');
		const people = positionOf(nikkei, 'people turn to TikTok');
		await session.change('nikkei.txt', [
			{ range: { start: hundreds, end: { line: hundreds.line, character: hundreds.character + 'hundreds'.length } }, text: 'tens' },
			{
				range: { start: { line: people.line, character: people.character - 4 }, end: { line: people.line, character: people.character - 4 + 'people'.length } },
				text: 'Americans',
			},
		]);
		await session.diagnosticsOf('dailymail.txt', noWording);
		await session.diagnosticsOf('nikkei.txt', noWording);
		await session.diagnosticsOf('variety.txt', noWording);
		assert.ok(!session.diagnostics.get(session.uri('dailymail.txt'))!.some((d) => messageOf(d).includes('hundreds')));
	});

	test('typing the other words again brings the diagnostics back, with the new words in the message', async () => {
		const tens = positionOf(nikkei, 'hundreds of millions of people');
		await session.change('nikkei.txt', [{ range: { start: tens, end: { line: tens.line, character: tens.character + 'tens'.length } }, text: 'dozens' }]);
		const dailymail = await session.diagnosticsOf('dailymail.txt', hasWording);
		const message = messageOf(dailymail.find((d) => d.code === 'wording')!);
		assert.match(message, /^Quoted differently in nikkei\.txt\b.*: "tens" → "dozens" \(a figure changed\)$/);
	});

	test(
		'other words typed into a difference reach the other articles’ messages',
		async () => {
			// nikkei now says "dozens of millions of Americans", a wording difference: "scores" is another.
			const at = positionOf(nikkei, 'hundreds of millions of people');
			await session.change('nikkei.txt', [{ range: { start: at, end: { line: at.line, character: at.character + 'dozens'.length } }, text: 'scores' }]);
			await session.diagnosticsOf('nikkei.txt', (d) => d.some((x) => messageOf(x).endsWith(': "tens" → "scores" (a figure changed)')));
			const message = () => messageOf(session.diagnostics.get(session.uri('dailymail.txt'))!.find((d) => d.code === 'wording')!);
			await session.diagnosticsOf('dailymail.txt', () => message().includes('"scores"'), 1000).catch(() => undefined);
			assert.match(message(), /: "tens" → "scores" \(a figure changed\)$/);
		},
	);

	test(
		'a line typed above a quotation moves the related locations in the other articles',
		async () => {
			const wordingInNikkei = () => session.diagnostics.get(session.uri('nikkei.txt'))!.find((d) => d.code === 'wording')!;
			const before = wordingInNikkei().range;
			await session.change('nikkei.txt', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Updated on Saturday.\n\n' }]);
			await session.diagnosticsOf('nikkei.txt', (d) => d.some((x) => x.code === 'wording' && x.range.start.line === before.start.line + 2));
			const pointsAtNikkei = (d: Diagnostic[]) =>
				d.find((x) => x.code === 'wording')?.relatedInformation?.find((r) => r.location.uri === session.uri('nikkei.txt') && r.message.endsWith('other words'))?.location.range;
			const related = await session.diagnosticsOf('dailymail.txt', (d) => pointsAtNikkei(d)?.start.line === before.start.line + 2, 1000).catch(() => undefined);
			assert.deepEqual(pointsAtNikkei(related ?? session.diagnostics.get(session.uri('dailymail.txt'))!), wordingInNikkei().range);
		},
	);

	test('a whole-document change (no range) replaces the text', async () => {
		const edited = nikkei.replace('hundreds of millions of people', 'billions of people');
		await session.change('nikkei.txt', [{ text: edited }]);
		const d = await session.diagnosticsOf('nikkei.txt', (x) => x.some((y) => y.code === 'wording' && messageOf(y).includes('"billions of people"')));
		assert.match(textAt(edited, d.find((y) => y.code === 'wording')!.range), /^We're proud that billions of people/);
	});

	test('the disk’s copy of an open article is not read while it is open', async () => {
		const onDisk = nikkei.replace('hundreds of millions of people', 'tens of millions of Americans');
		writeFileSync(`${root}/nikkei.txt`, onDisk);
		// With the change, in the same notification: a new article whose diagnostics say when it is done.
		writeFileSync(`${root}/copy.txt`, seeds['dailymail.txt']);
		await session.filesChanged([
			{ uri: session.uri('nikkei.txt'), type: 2 },
			{ uri: session.uri('copy.txt'), type: 1 },
		]);
		await session.diagnosticsOf('copy.txt', (d) => d.some((x) => messageOf(x).includes('"billions of people"')));
		assert.ok(session.diagnostics.get(session.uri('nikkei.txt'))!.some((d) => messageOf(d).includes('"billions of people"')));
	});

	test('closing the article goes back to the disk’s text', async () => {
		// The disk now has the canonical figure (written by the test before): no wording difference left.
		assert.ok(hasWording(session.diagnostics.get(session.uri('dailymail.txt'))!));
		await session.close('nikkei.txt');
		await session.diagnosticsOf('nikkei.txt', noWording);
		await session.diagnosticsOf('dailymail.txt', noWording);
	});
});

describe('requests while an edit waits for the pause in typing', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		// The longest delay after typing: the request must not wait for it.
		root = makeFolder(seeds);
		session = await LspSession.start(root, { updateDelay: 5000 });
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('a hover right after an edit answers for the edited text, and the article’s diagnostics follow at once', async () => {
		await session.open('nikkei.txt', nikkei);
		const at = positionOf(nikkei, 'hundreds of millions of people');
		await session.change('nikkei.txt', [{ range: { start: at, end: { line: at.line, character: at.character + 'hundreds'.length } }, text: 'scores' }]);
		const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: at }, 2000);
		assert.match((hover.contents as MarkupContent).value, /~~tens~~ \*\*scores\*\* of millions of ~~Americans~~ \*\*people\*\*/);
		await session.diagnosticsOf('nikkei.txt', (d) => d.some((x) => messageOf(x).includes('"scores of millions of people"')), 2000);
	});
});

describe('a document opened on its own', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('an untitled document is compared with other documents outside the folder, not with the folder', async () => {
		const uri = 'untitled:Untitled-1';
		const text = `“We're proud that hundreds of millions of people turn to TikTok for entertainment,” a TikTok spokesperson said.\n`;
		await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
		const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
		assert.match((hover.contents as MarkupContent).value, /^\*\*TikTok\*\*/);
		assert.doesNotMatch((hover.contents as MarkupContent).value, /Quoted in/);
		await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		assert.equal(await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } }), null);
	});

	test('an article outside the folder, opened: read at once, compared only with other such files', async () => {
		const outside = makeFolder({ 'elsewhere.txt': seeds['nikkei.txt'] });
		try {
			const uri = pathToFileURL(`${outside}/elsewhere.txt`).href;
			await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seeds['nikkei.txt'] } });
			const symbols = await session.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
			assert.ok(symbols.length > 0);
			const refs = await session.request<Array<{ uri: string }>>('textDocument/references', {
				textDocument: { uri },
				position: positionOf(seeds['nikkei.txt'], 'hundreds of millions'),
				context: { includeDeclaration: true },
			});
			assert.ok(refs.every((r) => r.uri === uri), JSON.stringify(refs));
			await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		} finally {
			removeFolder(outside);
		}
	});
});
