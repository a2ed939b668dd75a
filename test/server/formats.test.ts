/**
 * Articles kept as saved web pages and as Markdown, in the language server: the sample
 * articles written as .html, .md and .txt in one folder get the diagnostics the plain-text
 * folder gets, on the same words, at the right characters of each file as it is on disk.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHTMLStrict } from 'entities';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { articleToHtml, articleToMarkdown } from '../helpers/formats';
import { LspSession, makeFolder, messageOf, positionOf, removeFolder, seedArticles, textAt } from '../helpers/lsp';

/** How each sample article is kept in the mixed folder. */
const AS: Record<string, { name: string; outlet: string; format: 'html' | 'markdown' | 'text' }> = {
	'amn-nydailynews.txt': { name: 'amn-nydailynews.txt', outlet: 'AMN', format: 'text' },
	'dailymail.txt': { name: 'dailymail.md', outlet: 'Daily Mail Online', format: 'markdown' },
	'foxbusiness.txt': { name: 'saved/foxbusiness.htm', outlet: 'FOX Business', format: 'html' },
	'nikkei.txt': { name: 'nikkei.html', outlet: 'Nikkei Asia', format: 'html' },
	'variety.txt': { name: 'variety.markdown', outlet: 'Variety', format: 'markdown' },
};

/** The words a range covers in a file, as a reader shows them: markup and escapes out, spaces as one. */
function wordsAt(source: string, format: 'html' | 'markdown' | 'text', d: Diagnostic): string {
	let raw = textAt(source, d.range);
	if (format === 'html') {
		raw = decodeHTMLStrict(raw.replace(/<[^>]*>/g, ''));
	} else if (format === 'markdown') {
		raw = raw.replace(/\\([\s\S])/g, '$1').replace(/&amp;/g, '&');
	}
	return raw.replace(/\s+/g, ' ').trim();
}

/** A diagnostic as the comparison sees it, file names written as the plain folder has them. */
function describeDiagnostic(words: string, d: Diagnostic): string {
	const message = messageOf(d).replace(/\b(saved\/)?([\w-]+)\.(?:html?|md|markdown)\b/g, '$2.txt');
	return `${d.code} ${d.severity} “${words}” ${message}`;
}

describe('saved web pages and Markdown articles in the editor', () => {
	const seeds = seedArticles();
	const sources: Record<string, string> = {};
	let plainRoot: string;
	let mixedRoot: string;
	let plain: LspSession;
	let mixed: LspSession;

	before(async () => {
		for (const [file, as] of Object.entries(AS)) {
			sources[as.name] = as.format === 'html' ? articleToHtml(seeds[file], as.outlet) : as.format === 'markdown' ? articleToMarkdown(seeds[file], as.outlet) : seeds[file];
		}
		plainRoot = makeFolder(seeds);
		mixedRoot = makeFolder({ ...sources, 'notes/index.html': '<html><body><nav><a href="/">Home</a></nav><form><input></form></body></html>' });
		[plain, mixed] = await Promise.all([LspSession.start(plainRoot), LspSession.start(mixedRoot)]);
	});
	after(async () => {
		await Promise.all([plain?.stop(), mixed?.stop()]);
		removeFolder(plainRoot);
		removeFolder(mixedRoot);
	});

	test('every article gets the diagnostics of its plain text, on the same words at its own characters', async () => {
		await mixed.statusWhere((s) => !s.scanning && s.documents === 5);
		for (const [file, as] of Object.entries(AS)) {
			const expected = (await plain.diagnosticsOf(file, (d) => d.length > 0)).map((d) => describeDiagnostic(wordsAt(seeds[file], 'text', d), d)).sort();
			assert.ok(expected.length > 0, file);
			const got = (await mixed.diagnosticsOf(as.name, (d) => d.length === expected.length)).map((d) => describeDiagnostic(wordsAt(sources[as.name], as.format, d), d)).sort();
			assert.deepEqual(got, expected, as.name);
		}
	});

	test('a wording difference in a saved page lands on the words in the HTML, entities and all', async () => {
		const html = sources['nikkei.html'];
		const diagnostics = await mixed.diagnosticsOf('nikkei.html', (d) => d.some((x) => x.code === 'wording'));
		const wording = diagnostics.find((d) => d.code === 'wording')!;
		const raw = textAt(html, wording.range);
		assert.match(raw, /^We're proud that hundreds of millions of people turn to TikTok/);
		assert.match(messageOf(wording), /dailymail\.md/);
		const dailyMail = (wording.relatedInformation ?? []).find((r) => r.location.uri === mixed.uri('dailymail.md'));
		assert.ok(dailyMail, 'related information points at the Markdown version');
		assert.match(textAt(sources['dailymail.md'], dailyMail.location.range), /^We’re proud that tens of millions of Americans/);
	});

	test('a hover on a quotation in a Markdown file names the outlet of every source', async () => {
		const md = sources['dailymail.md'];
		const hover = await mixed.request<Hover>('textDocument/hover', { textDocument: { uri: mixed.uri('dailymail.md') }, position: positionOf(md, 'tens of millions of Americans') });
		const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
		assert.match(value, /\*\*TikTok\*\*/);
		assert.match(value, /nikkei\\\.html\\:\d+\]\([^)]+\) \(Nikkei Asia\)/);
		assert.match(value, /dailymail\\\.md\\:\d+\]\([^)]+\) \(Daily Mail Online\)/);
	});

	test('Go to Definition on a version in a saved page goes to the canonical version, in the Markdown file', async () => {
		const html = sources['nikkei.html'];
		const locations = await mixed.request<Array<{ uri: string; range: Diagnostic['range'] }>>('textDocument/definition', {
			textDocument: { uri: mixed.uri('nikkei.html') },
			position: positionOf(html, 'hundreds of millions of people'),
		});
		assert.equal(locations.length, 1);
		assert.equal(locations[0].uri, mixed.uri('dailymail.md'));
		assert.match(textAt(sources['dailymail.md'], locations[0].range), /^We’re proud that tens of millions of Americans turn to TikTok/);
		const none = await mixed.request<unknown[]>('textDocument/definition', { textDocument: { uri: mixed.uri('nikkei.html') }, position: { line: 0, character: 0 } });
		assert.deepEqual(none, []);
	});

	test('a page that is not an article is one line in the log and nothing else', async () => {
		const line = await mixed.logged(/notes\/index\.html: not an article/);
		assert.match(line, /^Skipped .*notes\/index\.html: not an article: no article text found in the page\.$/);
		assert.equal(mixed.logs.filter((l) => l.includes('index.html')).length, 1);
		assert.equal(mixed.diagnostics.get(mixed.uri('notes/index.html')), undefined);
	});

	test('an unsaved HTML document and an edited Markdown file are read by their format', async () => {
		const md = sources['dailymail.md'];
		await mixed.open('dailymail.md', md, 'markdown');
		const words = 'tens of millions of Americans';
		const at = md.indexOf(words);
		const edited = md.slice(0, at) + 'dozens of *millions* of [Americans](https://example.com)' + md.slice(at + words.length);
		await mixed.change('dailymail.md', [{ text: edited }]);
		const diagnostics = await mixed.diagnosticsOf('dailymail.md', (d) => d.some((x) => x.code === 'wording' && /dozens/.test(messageOf(x))));
		const wording = diagnostics.find((d) => d.code === 'wording' && /dozens/.test(messageOf(d)))!;
		assert.match(textAt(edited, wording.range), /^We’re proud that dozens of \*millions\* of \[Americans\]\(https:\/\/example\.com\) turn to TikTok/);

		const page = `<html><body><article><div class="story"><p>The city council voted on Tuesday night after a long and heated debate about the new bridge and its cost to the town.</p><p>&ldquo;We&rsquo;re proud that tens of millions of Americans turn to TikTok for entertainment,&rdquo; said a TikTok spokesperson.</p></div></article></body></html>`;
		const uri = 'untitled:Untitled-1';
		const counted = mixed.nextStatus(10_000, (s) => s.documents === 6);
		await mixed.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'html', version: 1, text: page } });
		await counted;
		const hover = await mixed.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(page, 'tens of millions') });
		assert.match(typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /\*\*TikTok\*\*/);
		assert.match(textAt(page, hover.range!), /^We&rsquo;re proud that tens of millions of Americans turn to TikTok for entertainment,$/);
	});
});
