/**
 * What a real folder holds besides clean articles: binary files, other encodings, empty files,
 * a huge file, stray quotation marks; and requests about documents the server does not know.
 * The server skips what it cannot read (saying so in its log), never crashes, and keeps
 * answering.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CodeLens, DocumentSymbol, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspSession, makeFolder, messageOf, positionAt, positionOf, removeFolder, seedArticles, textAt } from '../helpers/lsp';

const seeds = seedArticles();
const PROUD_TENS =
	'We’re proud that tens of millions of Americans turn to TikTok for entertainment, inspiration, and connection, including many of the Amazon employees and contractors who have been on the frontlines of this pandemic.';

const UNBALANCED = [
	'City hall’s plans',
	'',
	'“This quotation is never closed, the mayor said, and the paragraph ends here.',
	'',
	'Nobody opened this one” but it closes anyway, and so does ’this.',
	'',
	'‘Mixed “marks’ are” here, “ and « there » and " straight ones.',
	'',
	`“${PROUD_TENS}” a TikTok spokesperson said.`,
	'',
	'He said: “and a last one left open',
].join('\n');

describe('a folder with a binary file, a Latin-1 file, empty files and stray quotation marks', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder({
			...seeds,
			'image.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
			'latin1.txt': Buffer.from('“Caf\xe9 cr\xe8me for everyone,” the owner said.\n', 'latin1'),
			'empty.txt': '',
			'blank.md': '\n\n   \n',
			'unbalanced.txt': UNBALANCED,
		});
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('the binary and the non-UTF-8 files are skipped, each with a log line', async () => {
		assert.equal(await session.logged(/image\.txt/), `Skipped ${join(root, 'image.txt')}: binary file (a NUL byte at byte 8).`);
		assert.equal(await session.logged(/latin1\.txt/), `Skipped ${join(root, 'latin1.txt')}: not valid UTF-8 text.`);
		assert.equal(session.diagnostics.get(session.uri('image.txt')), undefined);
		assert.equal(session.diagnostics.get(session.uri('latin1.txt')), undefined);
		assert.equal(await session.request('textDocument/hover', { textDocument: { uri: session.uri('latin1.txt') }, position: { line: 0, character: 3 } }), null);
	});

	test('the rest works: five articles and three odd ones read, the samples flagged as without them', async () => {
		assert.equal(session.status?.documents, 8);
		assert.ok(session.alive);
		const nikkei = session.diagnostics.get(session.uri('nikkei.txt'))!;
		assert.ok(nikkei.some((d) => d.code === 'wording'));
	});

	test('empty files: no diagnostics, no hover, no symbols, no lenses', async () => {
		for (const file of ['empty.txt', 'blank.md']) {
			assert.deepEqual(session.diagnostics.get(session.uri(file)) ?? [], [], file);
			const doc = { textDocument: { uri: session.uri(file) } };
			assert.equal(await session.request('textDocument/hover', { ...doc, position: { line: 0, character: 0 } }), null);
			assert.deepEqual(await session.request('textDocument/documentSymbol', doc), []);
			assert.deepEqual(await session.request('textDocument/codeLens', doc), []);
			assert.deepEqual(await session.request('textDocument/references', { ...doc, position: { line: 1, character: 2 }, context: { includeDeclaration: true } }), []);
		}
	});

	test('unbalanced quotation marks: the well-formed quotation is found and compared; every position answers', async () => {
		const diagnostics = await session.diagnosticsOf('unbalanced.txt', (d) => d.length > 0);
		assert.deepEqual(
			diagnostics.map((d) => textAt(UNBALANCED, d.range)),
			[PROUD_TENS],
			JSON.stringify(diagnostics.map(messageOf)),
		);
		const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri('unbalanced.txt') } });
		assert.ok(symbols.some((s) => s.name === 'TikTok'), JSON.stringify(symbols.map((s) => s.name)));
		// A hover at every quotation mark and at both ends of every line.
		const offsets = [...UNBALANCED.matchAll(/["'“”‘’«»]|^|$/gm)].map((m) => m.index!);
		for (const offset of offsets) {
			const position = positionAt(UNBALANCED, offset);
			const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: session.uri('unbalanced.txt') }, position });
			if (hover) {
				assert.ok(textAt(UNBALANCED, hover.range!).length > 0, `empty hover range at ${JSON.stringify(position)}`);
			}
		}
		assert.ok(session.alive);
	});

	test('typing stray quotation marks into an open article: still answers, still publishes', async () => {
		const nikkei = seeds['nikkei.txt'];
		await session.open('nikkei.txt', nikkei);
		const republished = session.waitFor('diagnostics', (uri: string) => uri === session.uri('nikkei.txt'), 5000, 'nikkei’s diagnostics after the stray marks');
		const at = positionOf(nikkei, 'Workers could still');
		await session.change('nikkei.txt', [{ range: { start: at, end: at }, text: '“' }]);
		const after = positionOf(nikkei, 'this pandemic,"');
		await session.change('nikkei.txt', [{ range: { start: after, end: after }, text: '” ‘' }]);
		const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: positionOf(nikkei, 'Amazon.com has retracted') });
		assert.ok(hover === null || typeof (hover.contents as MarkupContent).value === 'string');
		await republished;
		await session.change('nikkei.txt', [{ text: nikkei }]);
		await session.diagnosticsOf('nikkei.txt', (d) => d.some((x) => x.code === 'wording'));
		await session.close('nikkei.txt');
		assert.ok(session.alive);
	});
});

describe('requests about documents the server does not have', () => {
	let root: string;
	let session: LspSession;
	let unknown: { uri: string };

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
		unknown = { uri: session.uri('not-there.txt') };
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('hover, references, lenses, quick fixes, symbols and compare answer empty or null', async () => {
		const position = { line: 0, character: 0 };
		assert.equal(await session.request('textDocument/hover', { textDocument: unknown, position }), null);
		assert.deepEqual(await session.request('textDocument/references', { textDocument: unknown, position, context: { includeDeclaration: true } }), []);
		assert.deepEqual(await session.request('textDocument/codeLens', { textDocument: unknown }), []);
		assert.deepEqual(await session.request('textDocument/codeAction', { textDocument: unknown, range: { start: position, end: position }, context: { diagnostics: [] } }), []);
		assert.deepEqual(await session.request('textDocument/documentSymbol', { textDocument: unknown }), []);
		assert.equal(await session.request('misquote/compare', { uri: unknown.uri, position }), null);
		assert.equal(await session.request('misquote/compare', { uri: 'untitled:Untitled-9', position }), null);
		assert.equal(await session.request('misquote/compare', { groupId: '' }), null);
		assert.equal(await session.request('textDocument/hover', { textDocument: { uri: 'git:/nikkei.txt?ref=HEAD' }, position }), null);
	});

	test('odd positions in a known document answer too', async () => {
		const doc = { textDocument: { uri: session.uri('nikkei.txt') } };
		for (const position of [
			{ line: -1, character: -1 },
			{ line: 0, character: 100_000 },
			{ line: 1_000_000, character: 0 },
		]) {
			const hover = await session.request<Hover | null>('textDocument/hover', { ...doc, position });
			assert.ok(hover === null || 'contents' in hover);
			await session.request('textDocument/codeAction', { ...doc, range: { start: position, end: position }, context: { diagnostics: [] } });
		}
		const whole = await session.request<unknown[]>('textDocument/codeAction', {
			...doc,
			range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } },
			context: { diagnostics: [] },
		});
		assert.ok(whole.length > 0, 'quick fixes for every quotation of a whole-document range');
	});

	test('a method the server does not know is an error, and the server carries on', async () => {
		await assert.rejects(session.request('misquote/noSuchThing', {}), (error: { code?: number }) => error.code === -32601);
		assert.ok(await session.request('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: positionOf(seeds['nikkei.txt'], 'hundreds of millions') }));
	});
});

describe('line endings and characters outside ASCII', () => {
	const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
	const emoji = `🎉 👩‍🍳 — “We’re proud that tens of millions of Americans turn to TikTok for entertainment, inspiration, and connection, including many of the Amazon employees and contractors who have been on the frontlines of this pandemic,” 🙂 a TikTok spokesperson said.\n`;
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder({ 'nikkei.txt': crlf(seeds['nikkei.txt']), 'dailymail.txt': seeds['dailymail.txt'], 'emoji.txt': emoji, 'variety.txt': seeds['variety.txt'] });
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('CRLF: ranges cover the quotation’s words', async () => {
		const text = crlf(seeds['nikkei.txt']);
		const wording = (await session.diagnosticsOf('nikkei.txt')).find((d) => d.code === 'wording');
		assert.ok(wording);
		assert.match(textAt(text, wording.range), /^We're proud that hundreds of millions of people .* this pandemic,$/);
		const refs = await session.request<Location[]>('textDocument/references', {
			textDocument: { uri: session.uri('nikkei.txt') },
			position: positionOf(text, 'hundreds of millions'),
			context: { includeDeclaration: true },
		});
		assert.ok(refs.some((r) => r.uri === session.uri('nikkei.txt') && textAt(text, r.range).startsWith("We're proud")));
	});

	test('emoji and accents before a quotation: positions count UTF-16 code units, as LSP does', async () => {
		const [d] = await session.diagnosticsOf('emoji.txt', (x) => x.length > 0);
		assert.ok(d.range.start.character > 6, 'the emoji count as two code units each');
		assert.equal(textAt(emoji, d.range), PROUD_TENS.replace(/\.$/, ','));
		const lens = (await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('emoji.txt') } }))[0];
		assert.deepEqual(lens.range.start, d.range.start);
	});
});

describe('old Mac line endings', () => {
	test(
		'CR alone ends a line, as LSP says: ranges are on the right lines',
		async () => {
			const root = makeFolder({ 'nikkei.txt': seeds['nikkei.txt'].replace(/\r?\n/g, '\r'), 'dailymail.txt': seeds['dailymail.txt'], 'variety.txt': seeds['variety.txt'] });
			const session = await LspSession.start(root);
			try {
				const wording = (await session.diagnosticsOf('nikkei.txt')).find((d) => d.code === 'wording');
				assert.ok(wording);
				// The same lines as the \n version of the file.
				assert.deepEqual(wording.range.start, positionOf(seeds['nikkei.txt'], "We're proud"));
			} finally {
				await session.stop();
				removeFolder(root);
			}
		},
	);
});

describe('a 10 MB article', () => {
	let root: string;
	let session: LspSession;
	let big: string;

	before(async () => {
		big = generatedArticle(10 * 1024 * 1024);
		root = makeFolder({ ...seeds, 'big.txt': big });
		session = await LspSession.start(root, {}, 60_000);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('is read without crashing, with the others', () => {
		assert.ok(Buffer.byteLength(big) >= 10 * 1024 * 1024);
		assert.ok(session.alive);
		assert.equal(session.status?.documents, 6);
		assert.ok(session.diagnostics.get(session.uri('nikkei.txt'))!.some((d) => d.code === 'wording'));
	});

	test('its last quotation is grouped with the samples, at the right position', async () => {
		const d = (session.diagnostics.get(session.uri('big.txt')) ?? []).find((x) => x.range.start.line > 1000);
		assert.ok(d, `no diagnostic at the end of the big article: ${JSON.stringify(session.diagnostics.get(session.uri('big.txt')))}`);
		assert.equal(textAt(big, d.range), PROUD_TENS);
		const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri: session.uri('big.txt') }, position: d.range.start });
		// The sentence is quoted by three of the samples (and Variety among them within a longer quote).
		assert.match((hover.contents as MarkupContent).value, /\*\*Quoted in 4 sources\*\*/);
	});

	test('requests still answer, about it and the others', async () => {
		const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri('big.txt') } });
		assert.ok(symbols.reduce((n, s) => n + s.children!.length, 0) > 100);
		const middle = positionOf(big, '” Jane Doe said', -20, 100);
		const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: session.uri('big.txt') }, position: middle });
		assert.ok(hover);
		assert.match((hover.contents as MarkupContent).value, /^\*\*Jane Doe\*\*/);
		assert.ok(await session.request('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: positionOf(seeds['nikkei.txt'], 'hundreds of millions') }));
		const claims = await session.request<{ speakers: unknown[] }>('misquote/claims', { onlyDiffering: true });
		assert.ok(claims.speakers.length > 0);
	});
});

describe('a long article with no quotation marks after its first paragraph', () => {
	test(
		'is read in a time proportional to its length',
		async () => {
			// 3 MB of plain prose. Reading 10 MB with marks spread through it takes a few seconds;
			// without them, 0.5 MB takes 0.8 s, 1 MB 2.7 s, 2 MB 9.5 s (2 cores), and 10 MB minutes.
			const text = `“A quotation at the top,” the editor said.\n\n${generatedArticle(3 * 1024 * 1024, { quotes: false, apostrophes: false })}`;
			const root = makeFolder({ 'plain.txt': text });
			let session: LspSession | undefined;
			try {
				session = await LspSession.start(root, {}, 6000);
				assert.equal(session.status?.documents, 1);
			} finally {
				session?.kill();
				removeFolder(root);
			}
		},
	);
});

/**
 * A made-up article of about `bytes` bytes: paragraphs of prose (with apostrophes, as in real
 * text), a quotation every 40 paragraphs, and TikTok's statement as its last paragraph.
 */
function generatedArticle(bytes: number, options: { quotes?: boolean; apostrophes?: boolean } = {}): string {
	const { quotes = true, apostrophes = true } = options;
	const words = 'city council budget harbour road school weather market price river bridge station museum library teacher doctor farmer driver winter summer report plan vote tax rail park garden festival election ferry tunnel clinic'.split(' ');
	const names = ['Jane Doe', 'John Smith', 'Maria Garcia', 'Wei Chen', 'Amara Okafor', 'Lars Jensen'];
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
	const sentence = (n: number) => {
		const s = Array.from({ length: n }, () => pick(words)).join(' ');
		return `${s[0].toUpperCase()}${s.slice(1)}.`;
	};
	const paragraphs: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const p =
			quotes && i % 40 === 0
				? `“${sentence(9 + (i % 7))} ${sentence(6).slice(0, -1)} on day ${i},” ${pick(names)} said.`
				: `${sentence(12)} ${apostrophes ? 'The city’s' : 'The city'} ${sentence(10)} ${sentence(9)}`;
		paragraphs.push(p);
		size += Buffer.byteLength(p) + 2;
	}
	if (quotes) {
		paragraphs.push(`“${PROUD_TENS}” a TikTok spokesperson said.`);
	}
	return `${paragraphs.join('\n\n')}\n`;
}
