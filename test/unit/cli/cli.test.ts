import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { run, type Io } from '../../../server/src/cli';
import { fixturesDir } from '../../helpers/fixtures';

interface Result {
	code: number;
	out: string;
	err: string;
}

async function cli(args: string[], cwd = fixturesDir, stdin?: string): Promise<Result> {
	let out = '';
	let err = '';
	const io: Io = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), isTTY: false, cwd, env: {}, stdin: stdin === undefined ? undefined : Readable.from([stdin]) };
	const code = await run(args, io);
	return { code, out, err };
}

describe('misquote check', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'misquote-cli-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	test('text: every sample article, each quote with line:column, speaker and cue, and a summary', async () => {
		const { code, out, err } = await cli(['check', 'seeds']);
		assert.equal(code, 0, err);
		assert.equal(err, '');
		assert.match(out, /^seeds\/amn-nydailynews\.txt$/m);
		assert.match(out, /^ {2}29:2 {4}“Now the whole federal government should follow suit,”$/m);
		assert.match(out, /— Josh Hawley \(“Hawley”, Missouri Sen\.\) · tweeted/);
		assert.match(out, /— Amazon \(“an Amazon spokesperson”\) · told FOX Business/);
		assert.match(out, /^5 articles, 54 quotations \(54 speech, 0 terms or titles\), 54 with a named speaker$/m);
	});

	test('a glob that cannot be read is a usage error (exit 2) that names it, never a crash', async () => {
		for (const args of [
			['--include', '{a'],
			['--primary', '[z-a]'],
		]) {
			const { code, out, err } = await cli(['check', 'seeds', ...args]);
			assert.equal(code, 2, err);
			assert.equal(out, '');
			assert.match(err, /^misquote: invalid glob "[^"]+": .+\. Run "misquote --help" for usage\.$/m);
			assert.doesNotMatch(err, /at .*\.ts:\d+|internal error/);
		}
		const folder = join(tmp, 'bad-glob');
		mkdirSync(folder);
		cpSync(join(fixturesDir, 'seeds', 'variety.txt'), join(folder, 'variety.txt'));
		writeFileSync(join(folder, '.misquote.json'), JSON.stringify({ version: 1, primarySources: ['{x'], ignore: [] }));
		const { code, out, err } = await cli(['check', folder]);
		assert.equal(code, 2);
		assert.match(err, /invalid glob "\{x"/);
		assert.match(out, /variety\.txt/, 'the article is still checked');
	});

	test('json: the version-1 contract, with offsets into the text and zero-based positions', async () => {
		const { code, out } = await cli(['check', 'seeds/variety.txt', '--format', 'json']);
		assert.equal(code, 0);
		const report = JSON.parse(out);
		assert.equal(report.version, 1);
		assert.ok(Array.isArray(report.groups));
		assert.equal(report.documents.length, 1);
		const [doc] = report.documents;
		assert.equal(doc.path, 'seeds/variety.txt');
		const q = doc.quotes.find((x: { text: string }) => x.text.startsWith('There are a lot of politics'));
		assert.deepEqual(Object.keys(q).sort(), [
			'character',
			'cue',
			'end',
			'group',
			'groups',
			'headline',
			'id',
			'kind',
			'line',
			'marks',
			'parent',
			'partial',
			'primary',
			'segments',
			'speaker',
			'speakerInferred',
			'speakerResolution',
			'speakerRole',
			'speakerText',
			'speakerType',
			'speakerVia',
			'start',
			'text',
		]);
		assert.equal(doc.format, 'text');
		assert.deepEqual(q.segments, [{ start: q.start, end: q.end }]);
		assert.equal(q.speaker, 'Kevin Mayer');
		assert.equal(q.speakerText, 'Mayer');
		assert.equal(q.cue, 'said');
		assert.equal(q.group, null, 'said once only');
		assert.deepEqual(q.groups, []);
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(join(fixturesDir, 'seeds/variety.txt'), 'utf8');
		assert.equal(text.slice(q.start, q.end), q.text);
		const lines = text.split('\n');
		assert.equal(lines[q.line].slice(q.character, q.character + 9), 'There are');
	});

	test('text: each statement across the sources, the canonical version and the words that differ', async () => {
		const { code, out } = await cli(['check', 'seeds']);
		assert.equal(code, 0);
		assert.match(out, /^g\d+ {2}TikTok · 3 sources · wording$/m);
		assert.match(out, /We're proud that \[-tens-\] \{\+hundreds\+\} of millions of \[-Americans-\] \{\+people\+\} turn to TikTok/);
		assert.match(out, /^ {2}typography {2}seeds\/variety\.txt:17:24$/m);
		assert.match(out, /^\d+ quotations, \d+ groups quoted more than once, \d+ that differ$/m);
	});

	test('json: groups with canonical version, members and changes; each quote points at its group', async () => {
		const { code, out } = await cli(['check', 'seeds', '--format', 'json']);
		assert.equal(code, 0);
		const report = JSON.parse(out);
		const wording = report.groups.find((g: { kind: string }) => g.kind === 'wording');
		assert.ok(wording, 'a group that differs in wording');
		assert.equal(wording.speaker, 'TikTok');
		assert.match(wording.text, /^We’re proud that tens of millions of Americans turn to TikTok/);
		assert.deepEqual([...new Set(wording.members.map((m: { path: string }) => m.path))].sort(), ['seeds/dailymail.txt', 'seeds/nikkei.txt', 'seeds/variety.txt']);
		const nikkei = wording.members.find((m: { path: string; kind: string }) => m.path === 'seeds/nikkei.txt' && m.kind === 'wording');
		assert.deepEqual(
			nikkei.changes.map((c: { op: string; from: string; to: string; number: boolean }) => [c.op, c.from, c.to, c.number]),
			[
				['replaced', 'tens', 'hundreds', true],
				['replaced', 'Americans', 'people', false],
			],
		);
		const canonicalDoc = report.documents.find((d: { path: string }) => d.path === wording.canonicalPath);
		const canonicalQuote = canonicalDoc.quotes.find((q: { id: string }) => q.id === wording.canonical);
		assert.ok(canonicalQuote.groups.includes(wording.id));
		// Variety's long quote is a version of two statements; its member's start/end are the sentence.
		const variety = wording.members.find((m: { path: string }) => m.path === 'seeds/variety.txt');
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(join(fixturesDir, 'seeds/variety.txt'), 'utf8');
		assert.match(text.slice(variety.start, variety.end), /^We’re proud that tens of millions[^]*pandemic\.$/);
		assert.equal(variety.headline, false);
		const quote = report.documents.find((d: { path: string }) => d.path === 'seeds/variety.txt').quotes.find((q: { id: string }) => q.id === variety.quote);
		assert.equal(quote.groups.length, 2);
		assert.equal(quote.group, quote.groups[0]);
		assert.ok(quote.groups.includes(wording.id));
	});

	test('--fail-on: exit 1 when versions differ by that kind or worse, 0 otherwise', async () => {
		assert.equal((await cli(['check', 'seeds', '--fail-on', 'wording'])).code, 1);
		assert.equal((await cli(['check', 'seeds', '--fail-on', 'punctuation'])).code, 1);
		assert.equal((await cli(['check', 'seeds', '--fail-on', 'speaker'])).code, 0);
		const bad = await cli(['check', 'seeds', '--fail-on', 'typo']);
		assert.equal(bad.code, 2);
		assert.match(bad.err, /--fail-on must be one of typography, punctuation, truncation, elision, wording, speaker/);
	});

	test('--primary: the version of a primary source is canonical', async () => {
		const { out } = await cli(['check', 'seeds', '--format', 'json', '--primary', 'nikkei.txt']);
		const wording = JSON.parse(out).groups.find((g: { kind: string }) => g.kind === 'wording');
		assert.equal(wording.canonicalPath, 'seeds/nikkei.txt');
	});

	describe('.misquote.json in a folder given', () => {
		/** The sample articles in a folder of their own, with `config` as its .misquote.json. */
		function project(name: string, config: string): string {
			const dir = join(tmp, name);
			cpSync(join(fixturesDir, 'seeds'), dir, { recursive: true });
			writeFileSync(join(dir, '.misquote.json'), config);
			return name;
		}

		test('its primary sources give the canonical version', async () => {
			const dir = project('primary', JSON.stringify({ version: 1, primarySources: ['nikkei.txt'], ignore: [] }));
			const { code, out } = await cli(['check', dir, '--format', 'json'], tmp);
			assert.equal(code, 0);
			const wording = JSON.parse(out).groups.find((g: { kind: string }) => g.kind === 'wording');
			assert.equal(wording.canonicalPath, 'primary/nikkei.txt');
		});

		test('the differences it ignores do not fail --fail-on', async () => {
			const { out } = await cli(['check', 'seeds', '--format', 'json']);
			const report = JSON.parse(out);
			const nikkei = report.documents.find((d: { path: string }) => d.path === 'seeds/nikkei.txt');
			const proud = nikkei.quotes.find((q: { text: string }) => q.text.includes('hundreds of millions of people'));
			const ignore = [{ path: 'nikkei.txt', text: proud.text, kind: 'wording' }];
			const dir = project('ignoring', JSON.stringify({ version: 1, primarySources: [], ignore }));
			assert.equal((await cli(['check', dir, '--fail-on', 'wording'], tmp)).code, 0);
			assert.equal((await cli(['check', 'seeds', '--fail-on', 'wording'])).code, 1, 'the same articles without it fail');
		});

		test('one that is not valid JSON is an input error, exit 2', async () => {
			const dir = project('broken', '{ "version": 1, ');
			const { code, err } = await cli(['check', dir], tmp);
			assert.equal(code, 2);
			assert.match(err, /^misquote: broken\/\.misquote\.json: /m);
		});
	});

	test('a byte-order mark is removed before offsets are counted', async () => {
		const dir = join(tmp, 'bom');
		mkdirSync(dir);
		writeFileSync(join(dir, 'a.txt'), '\ufeff“Hello there,” said Ann Lee.');
		const { code, out } = await cli(['check', dir, '--format', 'json'], tmp);
		assert.equal(code, 0);
		const [q] = JSON.parse(out).documents[0].quotes;
		assert.equal(q.start, 1);
		assert.equal(q.character, 1);
	});

	test('binary and non-UTF-8 files are skipped with a warning, the rest still checked, exit 2', async () => {
		const dir = join(tmp, 'mixed');
		mkdirSync(dir);
		writeFileSync(join(dir, 'good.txt'), '“We are open,” the mayor said.');
		writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
		writeFileSync(join(dir, 'latin1.txt'), Buffer.from('“Caf\xe9,” she said.', 'latin1'));
		const { code, out, err } = await cli(['check', 'mixed'], tmp);
		assert.equal(code, 2);
		assert.match(err, /^misquote: skipped mixed\/binary\.txt: binary file/m);
		assert.match(err, /^misquote: skipped mixed\/latin1\.txt: not valid UTF-8 text$/m);
		assert.match(out, /^mixed\/good\.txt$/m);
		assert.match(out, /“We are open,”/);
	});

	test('a file too large to be an article is skipped unread, with its size, exit 2', async () => {
		const dir = join(tmp, 'huge');
		mkdirSync(dir);
		writeFileSync(join(dir, 'good.txt'), '“We are open,” the mayor said.');
		const huge = join(dir, 'dump.txt');
		writeFileSync(huge, '');
		truncateSync(huge, 51 * 1024 * 1024);
		const { code, out, err } = await cli(['check', 'huge'], tmp);
		assert.equal(code, 2);
		assert.match(err, /^misquote: skipped huge\/dump\.txt: 51 MB, larger than the 50 MB limit$/m);
		assert.match(out, /“We are open,”/);
	});

	test('an empty file has no quotations and is no error', async () => {
		const dir = join(tmp, 'empty');
		mkdirSync(dir);
		writeFileSync(join(dir, 'empty.txt'), '');
		const { code, out } = await cli(['check', 'empty'], tmp);
		assert.equal(code, 0);
		assert.match(out, /empty\/empty\.txt\n {2}no quotations/);
	});

	test('a missing path, a folder with no articles, and usage errors: one clear line, exit 2', async () => {
		const missing = await cli(['check', 'nowhere']);
		assert.equal(missing.code, 2);
		assert.equal(missing.err, 'misquote: nowhere: no such file or folder\n');
		mkdirSync(join(tmp, 'images'));
		writeFileSync(join(tmp, 'images', 'photo.png'), 'not an article');
		const none = await cli(['check', 'images'], tmp);
		assert.equal(none.code, 2);
		assert.match(none.err, /^misquote: images: no article files in this folder \(looked for .*\)$/m);
		for (const args of [[], ['check'], ['grep', 'x'], ['check', 'seeds', '--format', 'xml'], ['check', '--bogus']]) {
			const r = await cli(args);
			assert.equal(r.code, 2, args.join(' '));
			assert.equal(r.err.trim().split('\n').length, 1, args.join(' '));
			assert.match(r.err, /^misquote: .*misquote --help/);
		}
	});

	test('--include chooses which files of a folder are articles', async () => {
		const { code, out } = await cli(['check', 'seeds', '--include', 'v*.txt']);
		assert.equal(code, 0);
		assert.match(out, /^seeds\/variety\.txt$/m);
		assert.doesNotMatch(out, /nikkei/);
	});

	test('unbalanced marks and a 10 MB article: no crash, nothing swallowed', async () => {
		const dir = join(tmp, 'big');
		mkdirSync(dir);
		const para = 'The council met on Tuesday. “We will vote next week,” said Mayor Ann Lee. She left at “noon.\n\n';
		writeFileSync(join(dir, 'big.txt'), para.repeat(Math.ceil(10_000_000 / para.length)));
		const { code, out } = await cli(['check', 'big', '--format', 'json'], tmp);
		assert.equal(code, 0);
		const quotes = JSON.parse(out).documents[0].quotes;
		const count = Math.ceil(10_000_000 / para.length);
		assert.equal(quotes.filter((q: { speaker: string }) => q.speaker === 'Ann Lee').length, count);
		assert.ok(quotes.every((q: { text: string }) => !q.text.includes('\n')));
	});

	test('the built command runs on its own and sets its exit code', () => {
		const bin = join(fixturesDir, '..', '..', 'server', 'out', 'cli.js');
		const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
		assert.match(version, /^\d+\.\d+\.\d+\n$/);
		const ok = spawnSync(process.execPath, [bin, 'check', join(fixturesDir, 'seeds', 'nikkei.txt')], { encoding: 'utf8' });
		assert.equal(ok.status, 0, ok.stderr);
		assert.match(ok.stdout, /Jin Kim/);
		const bad = spawnSync(process.execPath, [bin, 'check', join(tmp, 'absent')], { encoding: 'utf8' });
		assert.equal(bad.status, 2);
		assert.match(bad.stderr, /no such file or folder/);
	});
});

describe('misquote check on saved pages, Markdown and JSON Lines corpora', () => {
	const corpusText = readFileSync(join(fixturesDir, 'formats', 'corpus.jsonl'), 'utf8');
	const corpusLines = corpusText.split('\n');
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'misquote-corpus-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	test('a corpus: each article named by its id, a malformed line reported by its number and skipped, exit 2', async () => {
		const { code, out, err } = await cli(['check', 'formats/corpus.jsonl']);
		assert.equal(code, 2);
		assert.deepEqual(err.trim().split('\n'), [
			'misquote: formats/corpus.jsonl:3: skipped: not JSON (Unterminated string in JSON at position 49)',
			'misquote: formats/corpus.jsonl:6: skipped: not a JSON object',
			'misquote: formats/corpus.jsonl:7: skipped: no "text" or "html" field with the article',
		]);
		assert.match(out, /^formats\/corpus\.jsonl#ledger-1$/m);
		assert.match(out, /^formats\/corpus\.jsonl#record-7$/m);
		assert.match(out, /^formats\/corpus\.jsonl#https:\/\/example\.com\/wire\/amazon$/m);
		assert.match(out, /^3 articles, /m);
		assert.match(out, /wording {5}formats\/corpus\.jsonl#record-7:1:\d+/);
	});

	test('json: documents with id and line, offsets into the article\'s own text or html, groups by id', async () => {
		const { out } = await cli(['check', 'formats/corpus.jsonl', '--format', 'json']);
		const report = JSON.parse(out);
		assert.deepEqual(
			report.documents.map((d: { id: string; line: number; format: string }) => [d.id, d.line, d.format]),
			[
				['ledger-1', 1, 'text'],
				['record-7', 2, 'html'],
				['https://example.com/wire/amazon', 5, 'text'],
			],
		);
		assert.equal(report.documents[0].outlet, 'The Weekly Ledger');
		assert.equal(report.documents[1].title, 'TikTok email was a mistake, Amazon says');
		for (const doc of report.documents) {
			const record = JSON.parse(corpusLines[doc.line - 1]);
			const source: string = record.text ?? record.html;
			for (const q of doc.quotes) {
				const raw = source.slice(q.start, q.end);
				assert.equal(doc.format === 'html' ? raw.replace(/&rsquo;/g, '’') : raw, q.text, `${doc.id} ${q.id}`);
			}
		}
		const statement = report.groups.find((g: { text: string }) => g.text.startsWith('This morning’s email'));
		assert.deepEqual(statement.members.map((m: { id: string }) => m.id).sort(), ['https://example.com/wire/amazon', 'ledger-1', 'record-7']);
		assert.ok(statement.members.every((m: { path: string }) => m.path === 'formats/corpus.jsonl'));
		assert.equal(statement.canonicalId, 'ledger-1');
	});

	test('--format jsonl: one line per article as it is read, then one per group', async () => {
		const { out } = await cli(['check', 'formats/corpus.jsonl', '--format', 'jsonl']);
		const lines = out.trim().split('\n').map((l) => JSON.parse(l));
		assert.deepEqual(lines.map((l) => l.type), ['document', 'document', 'document', 'group', 'group', 'group']);
		assert.deepEqual(lines.slice(0, 3).map((l) => l.id), ['ledger-1', 'record-7', 'https://example.com/wire/amazon']);
		// Written before the groups are known: no group ids on the quotes.
		assert.ok(lines[0].quotes.every((q: object) => !('group' in q)));
		const wording = lines.find((l) => l.type === 'group' && l.kind === 'wording');
		assert.deepEqual(wording.members.map((m: { id: string; kind: string }) => `${m.id} ${m.kind}`).sort(), ['ledger-1 identical', 'record-7 wording']);
	});

	test('--fields renames the corpus fields; - reads the corpus from standard input', async () => {
		const corpus = [
			JSON.stringify({ doc: 'a', body: '“We will vote on the bridge next week,” said Mayor Ann Lee.', paper: 'Valley Courier' }),
			JSON.stringify({ doc: 'b', body: '“We will vote on the new bridge next week,” Mayor Ann Lee said on Tuesday.' }),
		].join('\n');
		const { code, out, err } = await cli(['check', '-', '--format', 'json', '--fields', 'id=doc,text=body,outlet=paper'], tmp, corpus);
		assert.equal(code, 0, err);
		const report = JSON.parse(out);
		assert.deepEqual(report.documents.map((d: { path: string; id: string }) => `${d.path} ${d.id}`), ['- a', '- b']);
		assert.equal(report.documents[0].outlet, 'Valley Courier');
		assert.equal(report.groups.length, 1);
		for (const bad of ['id', 'name=doc', 'id=']) {
			const r = await cli(['check', '-', '--fields', bad], tmp, corpus);
			assert.equal(r.code, 2, bad);
			assert.match(r.err, /^misquote: --fields takes field=name pairs/);
		}
	});

	test('misquote group: map-stage parts (--no-groups) grouped afterwards give the groups of one run', async () => {
		const whole = await cli(['check', 'formats/corpus.jsonl', '--format', 'jsonl']);
		const parts = [corpusLines.slice(0, 2).join('\n'), corpusLines.slice(2).join('\n')];
		const outputs: string[] = [];
		for (const [i, part] of parts.entries()) {
			const r = await cli(['check', '-', '--format', 'jsonl', '--no-groups'], tmp, part);
			assert.ok(r.out.trim().split('\n').every((l) => JSON.parse(l).type === 'document'), `part ${i}`);
			outputs.push(r.out);
		}
		writeFileSync(join(tmp, 'part-0.jsonl'), outputs[0]);
		const grouped = await cli(['group', 'part-0.jsonl', '-'], tmp, outputs[1]);
		assert.equal(grouped.code, 0, grouped.err);
		const groupsOf = (text: string) =>
			text
				.trim()
				.split('\n')
				.map((l) => JSON.parse(l))
				.filter((l) => l.type === 'group')
				.map((g) => ({ ...g, members: g.members.map((m: { path: string }) => ({ ...m, path: '' })), canonicalPath: '' }));
		const expected = groupsOf(whole.out);
		assert.equal(expected.length, 3);
		assert.deepEqual(groupsOf(grouped.out), expected);
		assert.equal((await cli(['group', 'part-0.jsonl', '--fail-on', 'speaker'], tmp)).code, 0);
		const json = await cli(['group', 'part-0.jsonl', '--format', 'json', '--fail-on', 'wording'], tmp);
		assert.equal(json.code, 1, 'the first part has the reworded version');
		const report = JSON.parse(json.out);
		assert.equal(report.version, 1);
		assert.equal(report.documents.length, 2);
		const bad = await cli(['group', '-'], tmp, 'not json\n{"type":"document","path":"x","quotes":[{"id":"q1"}]}\n');
		assert.equal(bad.code, 2);
		assert.match(bad.err, /^misquote: -:1: skipped: not JSON/m);
		assert.match(bad.err, /^misquote: -:2: skipped: not a document line/m);
	});

	test('a saved page and a Markdown file: offsets index the files on disk; a page with no article is one line', async () => {
		writeFileSync(join(tmp, 'menu.html'), '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>');
		cpSync(join(fixturesDir, 'formats', 'saved-page.html'), join(tmp, 'saved-page.html'));
		cpSync(join(fixturesDir, 'formats', 'article.md'), join(tmp, 'article.md'));
		const { code, out, err } = await cli(['check', '.', '--format', 'json'], tmp);
		assert.equal(code, 2);
		assert.equal(err, 'misquote: skipped menu.html: not an article: no article text found in the page\n');
		const report = JSON.parse(out);
		const md = report.documents.find((d: { path: string }) => d.path === 'article.md');
		const html = report.documents.find((d: { path: string }) => d.path === 'saved-page.html');
		assert.equal(md.outlet, 'The Weekly Ledger');
		assert.equal(html.outlet, 'The Daily Record');
		const mdText = readFileSync(join(tmp, 'article.md'), 'utf8');
		const sent = md.quotes.find((q: { text: string }) => q.text.startsWith('This morning’s email'));
		assert.equal(mdText.slice(sent.start, sent.end), sent.text);
		assert.equal(mdText.split('\n')[sent.line].slice(sent.character, sent.character + 12), 'This morning');
		const htmlText = readFileSync(join(tmp, 'saved-page.html'), 'utf8');
		const tweet = html.quotes.find((q: { text: string }) => q.text.startsWith('TikTok is a major'));
		assert.equal(tweet.speaker, 'Josh Hawley');
		assert.equal(htmlText.slice(tweet.start, tweet.start + 26), 'TikTok is a major security');
		assert.equal(htmlText.split('\n')[tweet.line].slice(tweet.character, tweet.character + 6), 'TikTok');
		assert.ok(report.groups.some((g: { members: Array<{ path: string }> }) => new Set(g.members.map((m) => m.path)).size === 2), 'the page and the Markdown file quote the same statements');
	});
});

describe('misquote check: primary sources', () => {
	test('json: each quote’s primary passage, with offsets into the source and the changes', async () => {
		const { code, out } = await cli(['check', 'primary', '--format', 'json']);
		assert.equal(code, 0);
		const report = JSON.parse(out);
		const ledger = report.documents.find((d: { path: string }) => d.path === 'primary/ledger.txt');
		const q = ledger.quotes.find((x: { text: string }) => x.text.includes('will not reopen'));
		assert.deepEqual(Object.keys(q.primary).sort(), ['changes', 'character', 'end', 'kind', 'line', 'path', 'severity', 'speaker', 'start', 'text']);
		assert.equal(q.primary.path, 'primary/tweets/hale-tweets.txt');
		assert.equal(q.primary.kind, 'elision');
		assert.deepEqual(q.primary.changes, [{ op: 'removed', from: 'such time as', to: '', number: false, negation: false }]);
		const tweets = readFileSync(join(fixturesDir, 'primary', 'tweets', 'hale-tweets.txt'), 'utf8');
		assert.equal(tweets.slice(q.primary.start, q.primary.end), q.primary.text);
		assert.deepEqual([q.primary.line, q.primary.character], [0, 0]);
		const post = report.documents.find((d: { path: string }) => d.path === 'primary/brennick-post.txt');
		const wall = post.quotes.find((x: { text: string }) => x.text.includes('repair the wall'));
		assert.equal(wall.primary.kind, 'speaker');
		assert.equal(wall.primary.speaker, 'Okafor');
		assert.equal(post.quotes.find((x: { text: string }) => x.text.includes('second library')).primary, null);
		const vtt = post.quotes.find((x: { text: string }) => x.text.includes('insurance')).primary;
		assert.equal(vtt.path, 'primary/captions/hale-library-speech.vtt');
		assert.equal(vtt.time, 4.5);
	});

	test('text: the passage under the quotation; --fail-on counts a difference from a primary source', async () => {
		const { out } = await cli(['check', 'primary']);
		assert.match(out, /primary primary\/tweets\/hale-tweets\.txt:1:1 · words left out: "such time as" left out/);
		assert.match(out, /not found in captions \(primary\/captions\/hale-library-speech\.vtt\) or transcript/);
		// No two articles quote the ledger's words: only the primary source can fail the run.
		assert.equal((await cli(['check', 'primary/ledger.txt', 'primary/tweets/hale-tweets.txt', '--primary', 'primary/tweets/*', '--fail-on', 'elision'])).code, 1);
		assert.equal((await cli(['check', 'primary/ledger.txt', 'primary/tweets/hale-tweets.txt', '--primary', 'primary/tweets/*', '--fail-on', 'wording'])).code, 0);
	});
});
