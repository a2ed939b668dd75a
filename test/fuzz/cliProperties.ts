/**
 * The command line on generated folders, as fast-check properties:
 * - any articles: exit 0 (or 2 with a `misquote:` line per input that could not be checked,
 *   never an internal error), JSON that keeps the version-1 contract with every position slicing
 *   the file's text, the same JSON twice, and text output with no control character in it;
 * - any mix of what a folder holds besides articles (FIFOs, links to nothing, link loops, other
 *   encodings, binary data, names that are not UTF-8, folders named like articles): the built
 *   command ends in time, names each such entry once, checks the rest, and exits 2 only for them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createLineIndex } from '../../server/src/convert';
import { run, type Io } from '../../server/src/cli';
import type { Report } from '../../server/src/report';
import { fixturesDir } from '../helpers/fixtures';
import { articleText } from './arbitraries';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const io: Io = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), isTTY: false, cwd, env: {} };
	const code = await run(args, io);
	return { code, out, err };
}

const article = fc.record({
	name: fc.constantFrom('a.txt', 'b.md', 'c d.txt', 'e(1).markdown', 'f.article', 'sub/g.txt', 'sub/deeper/h.txt', 'ü-ñ.txt', '-dash.txt'),
	text: articleText,
	bom: fc.boolean(),
	lineEnds: fc.constantFrom('\n', '\r\n', '\r'),
});

/** Any folder of articles: the JSON contract holds, twice the same, and the text report is clean. */
export const cliJsonIsExact = fc.asyncProperty(fc.uniqueArray(article, { minLength: 1, maxLength: 4, selector: (a) => a.name }), async (articles) => {
	const root = mkdtempSync(join(tmpdir(), 'misquote-fuzz-cli-'));
	try {
		const texts = new Map<string, string>();
		for (const a of articles) {
			const text = a.text.replace(/\r\n?|\n/g, a.lineEnds);
			mkdirSync(join(root, 'news', a.name, '..'), { recursive: true });
			writeFileSync(join(root, 'news', a.name), (a.bom ? '\ufeff' : '') + text);
			// As written: a lone surrogate becomes U+FFFD in UTF-8.
			texts.set(`news/${a.name}`, Buffer.from(text).toString('utf8'));
		}
		const json = await cli(['check', 'news', '--format', 'json'], root);
		const problems = json.err.split('\n').filter(Boolean);
		assert.ok(problems.every((l) => l.startsWith('misquote: ') && !/internal error|\n\s+at /.test(l)), json.err);
		// Every file is UTF-8 text (generated NULs aside, which make a file binary).
		assert.equal(json.code, problems.length ? 2 : 0, json.err);
		assert.ok(problems.every((l) => /binary file/.test(l)), json.err);
		const report = JSON.parse(json.out) as Report;
		assert.equal(report.version, 1);
		for (const d of report.documents) {
			const text = texts.get(d.path);
			assert.ok(text !== undefined, `a document ${d.path} that was never written`);
			const positionAt = createLineIndex(text);
			const ids = d.quotes.map((q) => q.id);
			assert.deepEqual(ids, [...new Set(ids)], `${d.path}: duplicate quote ids`);
			for (const q of d.quotes) {
				assert.ok(0 <= q.start && q.start <= q.end && q.end <= text.length, `${d.path} ${q.id} outside the text`);
				// A line end inside a Markdown paragraph reads as a space, as it renders.
				const lineEnds = (t: string) => t.replace(/[\r\n]/g, ' ');
				if (q.runs) {
					// Read out of markup: each run says where a stretch of the words is in the file.
					for (const [at, length, start, end] of q.runs) {
						assert.ok(0 <= at && at + length <= q.text.length && 0 <= start && start <= end && end <= text.length, `${d.path} ${q.id}: a run outside the words or the file`);
						if (end - start === length) {
							assert.equal(lineEnds(text.slice(start, end)), lineEnds(q.text.slice(at, at + length)), `${d.path} ${q.id}: a run is not the file's characters`);
						}
					}
				} else if (!q.text.includes('\n')) {
					assert.equal(lineEnds(text.slice(q.start, q.end)), lineEnds(q.text), `${d.path} ${q.id}: start/end do not slice the text to its words`);
				}
				assert.deepEqual({ line: q.line, character: q.character }, positionAt(q.start), `${d.path} ${q.id}: line/character`);
			}
		}
		const quoteIds = new Set(report.documents.flatMap((d) => d.quotes.map((q) => `${d.path}#${q.id}`)));
		for (const g of report.groups) {
			assert.ok(quoteIds.has(`${g.canonicalPath}#${g.canonical}`));
			for (const m of g.members) {
				assert.ok(quoteIds.has(`${m.path}#${m.quote}`), `group ${g.id}: ${m.path}#${m.quote} is no quote`);
			}
		}
		const again = await cli(['check', 'news', '--format', 'json'], root);
		assert.equal(again.out, json.out, 'two runs gave different JSON');
		const text = await cli(['check', 'news'], root);
		assert.equal(text.code, json.code);
		assert.doesNotMatch(text.out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'a control character reached the text report');
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

type Entry = 'article' | 'fifo' | 'dangling' | 'loop' | 'folder' | 'utf16' | 'nul' | 'latin1-name' | 'empty' | 'linked-folder';
const BAD: ReadonlySet<Entry> = new Set(['fifo', 'dangling', 'loop', 'utf16', 'nul', 'latin1-name']);

const bin = join(fixturesDir, '..', '..', 'server', 'out', 'cli.js');
const ARTICLE = '“The ferry will run every hour from June,” said harbour master Piet Vos.\n';

/** Any mix of odd entries in a folder: never a wait, one line for each odd entry, the rest checked. */
export const cliFilesAreHandled = fc.property(fc.array(fc.constantFrom<Entry>('article', 'fifo', 'dangling', 'loop', 'folder', 'utf16', 'nul', 'latin1-name', 'empty', 'linked-folder'), { minLength: 1, maxLength: 8 }), (entries) => {
	const root = mkdtempSync(join(tmpdir(), 'misquote-fuzz-files-'));
	try {
		const dir = join(root, 'news');
		mkdirSync(dir);
		const named: string[] = [];
		entries.forEach((entry, i) => {
			const name = `e${i}.txt`;
			const path = join(dir, name);
			switch (entry) {
				case 'article':
					writeFileSync(path, ARTICLE);
					break;
				case 'empty':
					writeFileSync(path, '');
					break;
				case 'fifo':
					assert.equal(spawnSync('mkfifo', [path]).status, 0);
					break;
				case 'dangling':
					symlinkSync(join(dir, `missing${i}`), path);
					break;
				case 'loop':
					symlinkSync(path, path);
					break;
				case 'folder':
					mkdirSync(path);
					break;
				case 'linked-folder':
					mkdirSync(join(root, `target${i}`));
					writeFileSync(join(root, `target${i}`, 'inside.txt'), ARTICLE);
					symlinkSync(join(root, `target${i}`), join(dir, `linked${i}`));
					break;
				case 'utf16':
					writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
					break;
				case 'nul':
					writeFileSync(path, Buffer.concat([Buffer.from(ARTICLE.repeat(150)), Buffer.from([0])]));
					break;
				case 'latin1-name':
					writeFileSync(Buffer.from(join(dir, `e${i}-caf\xe9.txt`), 'latin1'), ARTICLE);
					break;
			}
			if (BAD.has(entry)) {
				named.push(entry === 'latin1-name' ? `e${i}-caf` : name);
			}
		});
		const readable = entries.some((e) => e === 'article' || e === 'empty' || e === 'linked-folder');
		const r = spawnSync(process.execPath, [bin, 'check', 'news', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
		assert.equal(r.error, undefined, `misquote did not finish: ${entries.join(', ')}`);
		const lines = r.stderr.split('\n').filter(Boolean);
		assert.ok(lines.every((l) => l.startsWith('misquote: ') && !/internal error/.test(l)), r.stderr);
		for (const name of named) {
			assert.equal(lines.filter((l) => l.includes(`news/${name}`)).length, 1, `${name}: ${r.stderr}`);
		}
		assert.equal(r.status, named.length || !readable ? 2 : 0, `${entries.join(', ')}: ${r.stderr}`);
		const report = JSON.parse(r.stdout) as Report;
		const expected = entries.filter((e) => e === 'article' || e === 'empty' || e === 'linked-folder').length;
		assert.equal(report.documents.length, expected, `${entries.join(', ')}: ${report.documents.map((d) => d.path).join(', ')}`);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
