/**
 * Settings changes (workspace/didChangeConfiguration, then the server asks for the values with
 * workspace/configuration) are applied to every article at once: severities, the minimum
 * length of a flagged quotation, which files are articles, and primary sources.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import type { Comparison } from '../../server/src/protocol';
import { LspSession, makeFolder, messageOf, positionOf, removeFolder, seedArticles, textAt } from '../helpers/lsp';

const seeds = seedArticles();
const files = Object.keys(seeds);

describe('settings changes', () => {
	let root: string;
	let session: LspSession;
	let initial: Map<string, Diagnostic[]>;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
		initial = new Map(session.diagnostics);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	/** Changes the settings and waits until the server has read every article again with them. */
	async function configure(settings: Record<string, unknown>) {
		const scanned = session.nextScan();
		await session.configure(settings);
		return scanned;
	}
	const of = (file: string) => session.diagnostics.get(session.uri(file)) ?? [];
	const all = () => files.flatMap(of);
	const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

	test('severity.wording off: no wording diagnostics anywhere, the others stay', async () => {
		assert.ok(all().some((d) => d.code === 'wording'));
		await configure({ severity: { wording: 'off' } });
		assert.deepEqual(all().filter((d) => d.code === 'wording'), []);
		assert.ok(all().some((d) => d.code === 'punctuation'));
	});

	test('severity.wording error: wording diagnostics become errors', async () => {
		await configure({ severity: { wording: 'error' } });
		const wording = all().filter((d) => d.code === 'wording');
		assert.ok(wording.length >= 2, JSON.stringify(wording));
		assert.ok(wording.every((d) => d.severity === DiagnosticSeverity.Error));
		assert.ok(of('nikkei.txt').some((d) => d.code === 'wording' && d.severity === DiagnosticSeverity.Error));
		assert.ok(all().filter((d) => d.code === 'punctuation').every((d) => d.severity === DiagnosticSeverity.Hint), 'other kinds keep theirs');
	});

	test('severity.typography on: the differences in quote marks and dashes appear', async () => {
		assert.ok(!all().some((d) => d.code === 'typography'));
		await configure({ severity: { typography: 'information' } });
		const typography = of('variety.txt').filter((d) => d.code === 'typography');
		assert.equal(typography.length, 1, JSON.stringify(of('variety.txt')));
		assert.equal(typography[0].severity, DiagnosticSeverity.Information);
		assert.match(textAt(seeds['variety.txt'], typography[0].range), /^User security is of the utmost importance to TikTok — we/);
	});

	test('minimumWords: shorter quotations are no longer flagged', async () => {
		const caseHint = () => of('nikkei.txt').some((d) => d.code === 'punctuation' && textAt(seeds['nikkei.txt'], d.range).startsWith('this morning'));
		assert.ok(caseHint(), 'nikkei’s quotation of 26 words differs in case');
		await configure({ minimumWords: 30 });
		assert.ok(!caseHint(), 'nikkei’s quotation of 26 words is still flagged');
		assert.ok(of('nikkei.txt').some((d) => d.code === 'wording'), 'the longer quotations are still flagged');
		for (const file of files) {
			for (const d of of(file)) {
				assert.ok(words(textAt(seeds[file], d.range)) >= 30, `${file}: ${messageOf(d)}`);
			}
		}
		await configure({ minimumWords: 40 });
		assert.ok(!of('nikkei.txt').some((d) => d.code === 'wording'), 'nikkei’s 36-word quotation is still flagged');
	});

	test('include: only the files the globs match are articles; the others are cleared', async () => {
		const status = await configure({ include: ['dailymail.txt', 'nikkei.txt'] });
		assert.equal(status.documents, 2);
		for (const file of ['amn-nydailynews.txt', 'foxbusiness.txt', 'variety.txt']) {
			assert.deepEqual(of(file), [], `${file} is no longer an article`);
		}
		const wording = of('dailymail.txt').filter((d) => d.code === 'wording');
		assert.ok(wording.length > 0);
		for (const d of [...of('dailymail.txt'), ...of('nikkei.txt')]) {
			for (const r of d.relatedInformation ?? []) {
				assert.ok([session.uri('dailymail.txt'), session.uri('nikkei.txt')].includes(r.location.uri), r.location.uri);
			}
		}
	});

	test('exclude: an excluded article is cleared and no longer compared', async () => {
		const status = await configure({ exclude: ['**/nikkei.txt'] });
		assert.equal(status.documents, 4);
		assert.deepEqual(of('nikkei.txt'), []);
		assert.ok(!of('dailymail.txt').some((d) => d.code === 'wording'), 'dailymail is still compared with nikkei');
		assert.ok(!all().some((d) => messageOf(d).includes('nikkei')));
	});

	test('primarySources: the glob’s articles give the canonical version', async () => {
		await configure({ primarySources: ['nikkei.*'] });
		const proud = of('dailymail.txt').find((d) => textAt(seeds['dailymail.txt'], d.range).startsWith('We’re proud'));
		// A primary source is read whole: the quotation is checked against nikkei's words.
		assert.equal(messageOf(proud!), 'Differs from the primary source (nikkei.txt:24): "hundreds of millions of people" → "tens of millions of Americans" (a figure changed)');
	});

	test('primarySources: quick fixes name an article the setting makes primary as the primary source', async () => {
		await configure({ primarySources: ['amn-*'] });
		const nikkei = seeds['nikkei.txt'];
		const position = positionOf(nikkei, 'this morning');
		const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri: session.uri('nikkei.txt') },
			range: { start: position, end: position },
			context: { diagnostics: of('nikkei.txt'), only: ['quickfix'] },
		});
		const titles = actions.map((a) => a.title);
		assert.ok(titles.includes('Replace with the version in amn-nydailynews.txt (primary source)'), titles.join('\n'));
	});

	test('a glob that cannot be read is reported and left out; the server keeps serving', async () => {
		await configure({ include: ['{a', '**/*.txt'], exclude: ['[z-a]'], primarySources: ['[abc'] });
		await session.logged(/misquote\.include or misquote\.exclude .*invalid glob "\{a"/);
		await session.logged(/invalid glob "\[abc"/);
		assert.equal(session.exitCode, undefined, 'the server is still running');
		assert.ok(all().some((d) => d.code === 'wording'), 'the other patterns still find the articles');
		writeFileSync(join(root, '.misquote.json'), JSON.stringify({ version: 1, primarySources: ['{x'], ignore: [] }));
		await session.fileEvent('.misquote.json', 'created');
		await session.logged(/Primary sources of .*invalid glob "\{x"/);
		await configure({});
		writeFileSync(join(root, '.misquote.json'), JSON.stringify({ version: 1, primarySources: [], ignore: [] }));
		await session.fileEvent('.misquote.json', 'changed');
		assert.equal(session.exitCode, undefined);
	});

	test('values of the wrong type fall back to the defaults: the first diagnostics again', async () => {
		await configure({ include: 'everything', severity: { wording: 'loud' }, minimumWords: 'many', primarySources: [1, 2] });
		for (const file of files) {
			assert.deepEqual(of(file), initial.get(session.uri(file)), file);
		}
	});
});

describe('settings changes and what the editor has open', () => {
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

	test('an open document keeps its unsaved text across a rescan', async () => {
		const edited = seeds['nikkei.txt'].replace('hundreds of millions of people', 'tens of millions of Americans');
		await session.open('nikkei.txt', edited);
		await session.diagnosticsOf('nikkei.txt', (d) => !d.some((x) => x.code === 'wording'));
		const scanned = session.nextScan();
		await session.configure({ severity: { punctuation: 'warning' } });
		await scanned;
		const nikkei = session.diagnostics.get(session.uri('nikkei.txt'))!;
		assert.ok(!nikkei.some((d) => d.code === 'wording'), 'the disk’s text came back');
		assert.ok(nikkei.some((d) => d.code === 'punctuation' && d.severity === DiagnosticSeverity.Warning), 'the new settings apply to it');
		await session.close('nikkei.txt');
		await session.diagnosticsOf('nikkei.txt', (d) => d.some((x) => x.code === 'wording'));
	});

	test(
		'an open article listed as a primary source in .misquote.json stays one after a settings change',
		async () => {
			await session.open('nikkei.txt', seeds['nikkei.txt']);
			writeFileSync(join(root, '.misquote.json'), JSON.stringify({ version: 1, primarySources: ['nikkei.txt'], ignore: [] }));
			await session.fileEvent('.misquote.json', 'created');
			const canonical = async () =>
				(
					await session.request<Comparison>('misquote/compare', {
						uri: session.uri('nikkei.txt'),
						position: positionOf(seeds['nikkei.txt'], 'hundreds of millions'),
					})
				).versions.find((v) => v.canonical)?.path;
			await session.diagnosticsOf('dailymail.txt', (d) => d.some((x) => messageOf(x).startsWith('Differs from the primary source (nikkei.txt:')));
			assert.equal(await canonical(), 'nikkei.txt');

			const scanned = session.nextScan();
			await session.configure({ severity: { punctuation: 'warning' } });
			await scanned;
			assert.equal(await canonical(), 'nikkei.txt', 'the primary source lost its status');
			assert.ok(
				session.diagnostics.get(session.uri('dailymail.txt'))!.some((x) => messageOf(x).startsWith('Differs from the primary source (nikkei.txt:')),
				'dailymail is compared with variety again',
			);
		},
	);
});
