/**
 * Reading the versions of a statement from any article: hovers, references, code lenses,
 * document and workspace symbols. One server for all (the tests only read).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type CodeLens, type DocumentSymbol, type Hover, type Location, type MarkupContent, type WorkspaceSymbol } from 'vscode-languageserver-protocol/node';
import { engine } from '../helpers/engine';
import { LspSession, makeFolder, positionOf, removeFolder, seedArticles, textAt } from '../helpers/lsp';

describe('hovers, references, code lenses and symbols on the sample articles', () => {
	const seeds = seedArticles();
	const nikkei = seeds['nikkei.txt'];
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

	const at = (file: string, needle: string, delta = 0) => ({ textDocument: { uri: session.uri(file) }, position: positionOf(seeds[file], needle, delta) });
	const hover = (file: string, needle: string, delta = 0) => session.request<Hover | null>('textDocument/hover', at(file, needle, delta));
	const fileOf = (uri: string) => Object.keys(seeds).find((f) => session.uri(f) === uri)!;

	describe('hover', () => {
		test('on a quotation: the speaker, how many sources quote it, and a link to each version', async () => {
			const h = await hover('nikkei.txt', 'hundreds of millions of people');
			assert.ok(h, 'no hover');
			const value = (h.contents as MarkupContent).value;
			assert.equal((h.contents as MarkupContent).kind, 'markdown');
			assert.match(value, /^\*\*TikTok\*\* \(“the spokesperson”/);
			assert.match(value, /\*\*Quoted in 3 sources\*\* \(1 of 3 versions differ\)/);
			const links = [...value.matchAll(/\]\((file:[^)#]+)#L(\d+),(\d+)\)/g)];
			assert.equal(links.length, 3, value);
			// The sentence, in the three sources that quote it (Variety as part of a longer quote).
			assert.deepEqual([...new Set(links.map((l) => fileOf(l[1])))].sort(), ['dailymail.txt', 'nikkei.txt', 'variety.txt']);
			for (const [, uri, line, character] of links) {
				// Each link goes to the first character of that version's words: after the opening
				// mark, or after the sentence before it in the same quote.
				const text = seeds[fileOf(uri)];
				const lineText = text.split('\n')[Number(line) - 1];
				const before = lineText.slice(0, Number(character) - 1);
				assert.ok(/["'“‘]$|[.!?] $/.test(before), `link ${line},${character} of ${fileOf(uri)}: ${before.slice(-20)}`);
			}
			assert.equal(value.match(/← this one/g)?.length, 1);
			assert.match(value, /\[nikkei\\\.txt\\:24\]\([^)]+\) · \*other words\* ← this one/);
			assert.match(value, /\[dailymail\\\.txt\\:27\]\([^)]+\) · \*canonical\*/);
			assert.match(value, /\[variety\\\.txt\\:15\]\([^)]+\) · \*identical\*/);
			assert.match(value, /~~tens~~ \*\*hundreds\*\* of millions of ~~Americans~~ \*\*people\*\*/);
			assert.match(textAt(nikkei, h.range!), /^We're proud that hundreds of millions of people .* of this pandemic,$/);
		});

		test('anywhere in the quotation, its marks included, gives the same hover', async () => {
			const inside = await hover('nikkei.txt', "We're proud");
			const openingMark = await hover('nikkei.txt', "We're proud", -1);
			const closingMark = await hover('nikkei.txt', 'of this pandemic,"', 'of this pandemic,'.length);
			assert.ok(inside && openingMark && closingMark);
			assert.deepEqual(openingMark, inside);
			assert.deepEqual(closingMark, inside);
		});

		test('on a quotation only one source has: the speaker and the cue, no sources', async () => {
			const h = await hover('nikkei.txt', 'The latest controversy');
			assert.ok(h);
			const value = (h.contents as MarkupContent).value;
			assert.match(value, /^\*\*Jin Kim\*\*/);
			assert.match(value, /· said$/);
			assert.doesNotMatch(value, /Quoted in/);
		});

		test('off any quotation: null', async () => {
			assert.equal(await hover('nikkei.txt', 'Workers could still access TikTok'), null);
			assert.equal(await session.request('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: { line: 0, character: 0 } }), null);
			assert.equal(await session.request('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: { line: 10_000, character: 0 } }), null);
		});
	});

	describe('references', () => {
		test('every version of the statement, across the files, this one included', async () => {
			const refs = await session.request<Location[]>('textDocument/references', { ...at('nikkei.txt', 'hundreds of millions'), context: { includeDeclaration: true } });
			assert.equal(refs.length, 3);
			const files = refs.map((r) => fileOf(r.uri));
			assert.deepEqual([...new Set(files)].sort(), ['dailymail.txt', 'nikkei.txt', 'variety.txt']);
			const texts = refs.map((r) => textAt(seeds[fileOf(r.uri)], r.range));
			assert.ok(texts.some((t) => t.startsWith("We're proud that hundreds")), 'this version');
			assert.ok(texts.some((t) => t.startsWith('We’re proud that tens of millions of Americans')), 'dailymail’s version');
			assert.ok(texts.every((t) => t.length > 100 && !t.includes('While Amazon')), JSON.stringify(texts));
		});

		test('the same locations from any version', async () => {
			const fromNikkei = await session.request<Location[]>('textDocument/references', { ...at('nikkei.txt', 'hundreds of millions'), context: { includeDeclaration: true } });
			const fromDailymail = await session.request<Location[]>('textDocument/references', { ...at('dailymail.txt', 'tens of millions of Americans'), context: { includeDeclaration: true } });
			assert.deepEqual(fromDailymail, fromNikkei);
		});

		test('a quotation in one source only is its own reference; off a quotation, none', async () => {
			const one = await session.request<Location[]>('textDocument/references', { ...at('nikkei.txt', 'The latest controversy'), context: { includeDeclaration: true } });
			assert.equal(one.length, 1);
			assert.match(textAt(nikkei, one[0].range), /^The latest controversy/);
			const none = await session.request<Location[]>('textDocument/references', { ...at('nikkei.txt', 'Workers could still'), context: { includeDeclaration: true } });
			assert.deepEqual(none, []);
		});
	});

	describe('code lenses', () => {
		let lenses: CodeLens[];
		before(async () => {
			lenses = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('nikkei.txt') } });
		});

		test('each says how many sources quote the statement and how many differ, and opens Compare Sources', () => {
			assert.ok(lenses.length >= 4, JSON.stringify(lenses));
			for (const lens of lenses) {
				assert.match(lens.command!.title, /^Quoted in \d+ sources · (\d+ differ|all the same)$/);
				assert.equal(lens.command!.command, 'misquote.compareSources');
				assert.deepEqual(lens.command!.arguments, [session.uri('nikkei.txt'), lens.range.start]);
				assert.deepEqual(lens.range.start, lens.range.end);
			}
		});

		test('titles on the statements of the sample', () => {
			const titleAt = (needle: string) => lenses.find((l) => l.range.start.line === positionOf(nikkei, needle).line && l.range.start.character === positionOf(nikkei, needle).character)?.command?.title;
			assert.equal(titleAt('We\'re proud'), 'Quoted in 3 sources · 1 differ');
			assert.equal(titleAt('While Amazon'), 'Quoted in 5 sources · all the same');
			// On the sentence of a longer quote that another source quotes, not on the quote's start.
			assert.equal(titleAt('We have never provided'), 'Quoted in 2 sources · 1 differ');
			assert.equal(titleAt('We have no higher priority'), undefined);
			assert.equal(titleAt('The latest controversy'), undefined, 'no lens on a quotation in one source');
		});

		test('one lens per statement and line: the two parts of an interrupted quotation share it', async () => {
			const dailymail = seeds['dailymail.txt'];
			const line = positionOf(dailymail, 'This morning’s email to some').line;
			assert.equal(line, positionOf(dailymail, 'There is no change to our policies').line, 'both parts on one line');
			const onLine = (await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('dailymail.txt') } })).filter((l) => l.range.start.line === line);
			assert.equal(onLine.length, 1, JSON.stringify(onLine));
			assert.deepEqual(onLine[0].range.start, positionOf(dailymail, 'This morning’s email to some'));
			assert.equal(onLine[0].command!.title, 'Quoted in 5 sources · 1 differ');
		});
	});

	describe('symbols', () => {
		test('document symbols: the article’s quotations by speaker', async () => {
			const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri('nikkei.txt') } });
			const names = symbols.map((s) => s.name);
			for (const speaker of ['Amazon', 'TikTok', 'Jin Kim']) {
				assert.ok(names.includes(speaker), `${speaker} not in ${names.join(', ')}`);
			}
			assert.equal(new Set(names).size, names.length, 'one symbol per speaker');
			const quotes = engine().extract(nikkei).quotes;
			assert.equal(
				symbols.reduce((n, s) => n + (s.children?.length ?? 0), 0),
				quotes.length,
				'every quotation once',
			);
			for (const s of symbols) {
				assert.equal(s.kind, SymbolKind.Class);
				for (const child of s.children!) {
					assert.equal(child.kind, SymbolKind.String);
					assert.match(child.name, /^“.+”$/);
					assert.ok(notAfter(s.range.start, child.range.start) && notAfter(child.range.end, s.range.end), `${child.name} outside ${s.name}`);
					const words = textAt(nikkei, child.range);
					const shown = child.name.replace(/^“|”$/g, '').replace(/…$/, '');
					assert.ok(words.startsWith(shown), `${child.name} vs ${words.slice(0, 70)}`);
				}
			}
			const jin = symbols.find((s) => s.name === 'Jin Kim')!;
			assert.equal(jin.children!.length, 1);
			assert.equal(jin.children![0].detail, 'said');
		});

		test('workspace symbols: a speaker found by part of the name, in any article', async () => {
			const symbols = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'pompeo' });
			const speaker = symbols.filter((s) => s.name === 'Mike Pompeo');
			assert.equal(speaker.length, 1, JSON.stringify(symbols));
			assert.equal(speaker[0].kind, SymbolKind.Constructor, 'a person');
			assert.equal(fileOf((speaker[0].location as Location).uri), 'dailymail.txt');
		});

		test('workspace symbols: statements by their words, with the speaker as container', async () => {
			const symbols = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'TENS OF MILLIONS' });
			assert.ok(symbols.length >= 1, JSON.stringify(symbols));
			for (const s of symbols) {
				assert.equal(s.kind, SymbolKind.String);
				assert.equal(s.containerName, 'TikTok');
				const location = s.location as Location;
				const words = textAt(seeds[fileOf(location.uri)], location.range);
				assert.match(words, /tens of millions/);
				assert.ok(words.startsWith(s.name.replace(/^“|”$/g, '').replace(/…$/, '')), `${s.name} names “${words.slice(0, 90)}”`);
			}
			assert.ok(symbols.some((s) => fileOf((s.location as Location).uri) === 'dailymail.txt'));
			assert.deepEqual(await session.request('workspace/symbol', { query: 'no such words anywhere' }), []);
		});
	});
});

function notAfter(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
	return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
