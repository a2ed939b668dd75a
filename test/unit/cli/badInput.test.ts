/**
 * What a folder holds besides articles, tried on the built command as a new user would: FIFOs,
 * sockets and devices named like articles, links to nothing, link loops, linked folders, files
 * named twice, other encodings, binary data past the first bytes, names that are not UTF-8, a
 * `.misquote.json` that is not a small file in the folder, and articles that carry terminal
 * control sequences. Each is one clear line and exit status 2, the rest is checked, and nothing
 * waits: every run has a deadline.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from '../../helpers/fixtures';

const bin = join(fixturesDir, '..', '..', 'server', 'out', 'cli.js');
const sample = (name: string) => readFileSync(join(fixturesDir, 'seeds', name), 'utf8');
const ARTICLE = '“The ferry will run every hour from June,” said harbour master Piet Vos.\n';

interface Result {
	code: number | null;
	out: string;
	err: string;
	ms: number;
}

/** Runs the built command with a deadline; a run that waits past it fails the test. */
function check(args: string[], cwd: string, timeout = 30_000): Result {
	const started = Date.now();
	const r = spawnSync(process.execPath, [bin, 'check', ...args], { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
	assert.equal(r.error, undefined, `misquote check ${args.join(' ')} did not finish in ${timeout} ms`);
	return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - started };
}

function mkfifo(path: string): void {
	const r = spawnSync('mkfifo', [path]);
	assert.equal(r.status, 0, 'mkfifo');
}

describe('files that are not articles, named like articles', () => {
	let root: string;
	let socket: Server;

	before(async () => {
		root = mkdtempSync(join(tmpdir(), 'misquote-bad-'));
		const folder = join(root, 'news');
		mkdirSync(folder);
		writeFileSync(join(folder, 'good.txt'), ARTICLE);
		mkfifo(join(folder, 'fifo.txt'));
		symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'dangling.txt'));
		symlinkSync(join(folder, 'loop-b.txt'), join(folder, 'loop-a.txt'));
		symlinkSync(join(folder, 'loop-a.txt'), join(folder, 'loop-b.txt'));
		mkdirSync(join(folder, 'folder.txt'));
		socket = createServer();
		await new Promise<void>((resolve) => socket.listen(join(folder, 'socket.txt'), resolve));
	});
	after(() => {
		socket?.close();
		rmSync(root, { recursive: true, force: true });
	});

	test('a FIFO, a socket, a link to nothing and a link loop: one line each, the article checked, exit 2', () => {
		const { code, out, err } = check(['news'], root);
		assert.equal(code, 2, err);
		assert.match(err, /^misquote: news\/fifo\.txt: not a regular file \(a FIFO\)$/m);
		assert.match(err, /^misquote: news\/socket\.txt: not a regular file \(a socket\)$/m);
		assert.match(err, /^misquote: news\/dangling\.txt: a symbolic link to nothing \(its target is missing\)$/m);
		assert.match(err, /^misquote: news\/loop-a\.txt: a symbolic link loop$/m);
		assert.match(err, /^misquote: news\/loop-b\.txt: a symbolic link loop$/m);
		assert.doesNotMatch(err, /folder\.txt/, 'a folder named like an article is walked, not read');
		assert.match(out, /^news\/good\.txt$/m);
		assert.match(out, /Piet Vos/);
	});

	test('a FIFO named on the command line: refused at once, never opened', () => {
		const { code, err, ms } = check(['news/fifo.txt', 'news/good.txt'], root);
		assert.equal(code, 2);
		assert.match(err, /^misquote: skipped news\/fifo\.txt: not a regular file \(a FIFO\)$/m);
		assert.ok(ms < 20_000);
	});

	test('a device: refused, never read (check /dev/zero does not grow without end)', { skip: !existsSync('/dev/zero') }, () => {
		const { code, err } = check(['/dev/zero'], root);
		assert.equal(code, 2);
		assert.match(err, /^misquote: skipped \/dev\/zero: not a regular file \(a device\)$/m);
	});
});

describe('the same article named twice, and linked folders', () => {
	let root: string;

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'misquote-twice-'));
		mkdirSync(join(root, 'news', 'inner'), { recursive: true });
		writeFileSync(join(root, 'news', 'nikkei.txt'), sample('nikkei.txt'));
		writeFileSync(join(root, 'news', 'inner', 'dailymail.txt'), sample('dailymail.txt'));
		mkdirSync(join(root, 'elsewhere'));
		writeFileSync(join(root, 'elsewhere', 'variety.txt'), sample('variety.txt'));
		symlinkSync(join(root, 'elsewhere'), join(root, 'news', 'linked'));
		// A link back up: the walk must not go round.
		symlinkSync(join(root, 'news'), join(root, 'news', 'inner', 'up'));
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('a file given twice, or a folder as dir and dir/.: each article once, with unique quote ids', () => {
		for (const args of [
			['news/nikkei.txt', 'news/nikkei.txt'],
			['news', 'news/.'],
			['news', 'news/nikkei.txt'],
		]) {
			const { code, out, err } = check([...args, '--format', 'json'], root);
			assert.equal(code, 0, `${args.join(' ')}: ${err}`);
			const report = JSON.parse(out) as { documents: Array<{ path: string; quotes: Array<{ id: string }> }>; groups: Array<{ members: Array<{ path: string; quote: string }> }> };
			const paths = report.documents.map((d) => d.path);
			assert.deepEqual(paths, [...new Set(paths)], `${args.join(' ')}: an article listed twice`);
			assert.equal(paths.filter((p) => p.endsWith('nikkei.txt')).length, 1);
			for (const g of report.groups) {
				const members = g.members.map((m) => `${m.path}#${m.quote}`);
				assert.deepEqual(members, [...new Set(members)], 'a version listed twice in a group');
			}
		}
	});

	test('articles under a linked folder are read, a link back up is walked once', () => {
		const { code, out, err } = check(['news', '--format', 'json'], root, 60_000);
		assert.equal(code, 0, err);
		const paths = (JSON.parse(out) as { documents: Array<{ path: string }> }).documents.map((d) => d.path);
		assert.deepEqual(paths, ['news/inner/dailymail.txt', 'news/linked/variety.txt', 'news/nikkei.txt']);
	});
});

describe('text that is not UTF-8 articles', () => {
	let root: string;

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'misquote-enc-'));
		const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
		const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
		const files: Record<string, Uint8Array> = {
			'le.txt': utf16le,
			'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
			'utf32.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.from('“Hi there, all of you,” she said.')]),
			'late-nul.txt': Buffer.concat([Buffer.from(ARTICLE.repeat(200)), Buffer.from([0]), Buffer.from(ARTICLE)]),
			'good.txt': Buffer.from(ARTICLE),
		};
		for (const [name, bytes] of Object.entries(files)) {
			writeFileSync(join(root, name), bytes);
		}
		// A name in Latin-1: not valid UTF-8.
		writeFileSync(Buffer.from(join(root, 'caf\xe9.txt'), 'latin1'), ARTICLE);
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('UTF-16 and UTF-32 are named, a NUL past the first 8 KB is binary, a name that is not UTF-8 is said so', () => {
		const { code, out, err } = check(['.'], root);
		assert.equal(code, 2);
		assert.match(err, /^misquote: skipped le\.txt: UTF-16 \(little-endian\) text, not UTF-8 \(save it as UTF-8 to check it\)$/m);
		assert.match(err, /^misquote: skipped be\.txt: UTF-16 \(big-endian\) text, not UTF-8/m);
		assert.match(err, /^misquote: skipped utf32\.txt: UTF-32 \(little-endian\) text, not UTF-8/m);
		assert.ok(ARTICLE.repeat(200).length > 8192);
		assert.match(err, /^misquote: skipped late-nul\.txt: binary file \(a NUL byte at byte \d+\)$/m);
		assert.match(err, /^misquote: caf.\.txt: the file name is not valid UTF-8 \(rename the file to check it\)$/m);
		assert.match(out, /^good\.txt$/m);
		assert.match(out, /^1 article, 1 quotations/m, 'only good.txt is read');
	});
});

describe('a .misquote.json that is not a small file in the folder', () => {
	let root: string;

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'misquote-config-'));
		const folder = (name: string, config?: (dir: string) => void) => {
			const dir = join(root, name);
			mkdirSync(dir);
			writeFileSync(join(dir, 'nikkei.txt'), sample('nikkei.txt'));
			writeFileSync(join(dir, 'dailymail.txt'), sample('dailymail.txt'));
			config?.(dir);
		};
		folder('fifo', (dir) => mkfifo(join(dir, '.misquote.json')));
		folder('dir', (dir) => mkdirSync(join(dir, '.misquote.json')));
		folder('huge', (dir) => writeFileSync(join(dir, '.misquote.json'), `{"version":1,"ignore":[${'{"path":"x","text":"y","kind":"wording"},'.repeat(40_000)}{}]}`));
		folder('malformed', (dir) => writeFileSync(join(dir, '.misquote.json'), '{"version": 1, "primarySources": ['));
		writeFileSync(join(root, 'outside.json'), JSON.stringify({ version: 1, primarySources: ['nikkei.txt'], ignore: [] }));
		folder('link', (dir) => symlinkSync(join(root, 'outside.json'), join(dir, '.misquote.json')));
		folder('bom', (dir) => writeFileSync(join(dir, '.misquote.json'), '\ufeff' + JSON.stringify({ version: 1, primarySources: ['nikkei.txt'], ignore: [] })));
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('a FIFO, a folder, a huge file, malformed JSON, a link out of the folder: one line each, the articles checked', () => {
		const expected: Record<string, RegExp> = {
			fifo: /^misquote: fifo\/\.misquote\.json: not a regular file \(a FIFO\)$/m,
			dir: /^misquote: dir\/\.misquote\.json: not a regular file \(a folder\)$/m,
			huge: /^misquote: huge\/\.misquote\.json: 1\.\d MB, larger than the 1\.0 MB limit$/m,
			malformed: /^misquote: malformed\/\.misquote\.json: \.misquote\.json is not valid JSON: .+$/m,
			link: /^misquote: link\/\.misquote\.json: a symbolic link to a file outside the folder, not read$/m,
		};
		for (const [name, message] of Object.entries(expected)) {
			const { code, out, err } = check([name], root);
			assert.equal(code, 2, `${name}: ${err}`);
			assert.match(err, message, name);
			assert.equal(err.trim().split('\n').length, 1, `${name}: one line: ${err}`);
			assert.match(out, /nikkei\.txt/, `${name}: the articles are checked`);
		}
	});

	test('a byte-order mark in front of the JSON is read like any editor saves it', () => {
		const { code, out, err } = check(['bom', '--format', 'json'], root);
		assert.equal(code, 0, err);
		const report = JSON.parse(out) as { groups: Array<{ canonicalPath: string }> };
		assert.ok(report.groups.length > 0);
		assert.ok(report.groups.every((g) => g.canonicalPath === 'bom/nikkei.txt'), 'nikkei.txt is the primary source');
	});
});

describe('terminal control sequences in an article', () => {
	let root: string;

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'misquote-ansi-'));
		const text = [
			'Mayor Ines Brandt spoke on Thursday.\u001b[2J\u001b]0;pwned\u0007',
			'',
			'“Every line of this budget\u001b]52;c;cm0gLXJmIH4=\u0007 was argued over,” said Ines\u009b31m Brandt\u001b[0m.',
		].join('\n');
		writeFileSync(join(root, 'ansi.txt'), text);
		writeFileSync(join(root, 'esc\u001b[31mname.txt'), ARTICLE);
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('--format text --no-color: no control character from an article reaches the terminal, each is shown as \\x1b', () => {
		const { code, out, err } = check(['.', '--no-color'], root);
		assert.equal(code, 0, err);
		assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, JSON.stringify(out));
		assert.match(out, /Every line of this budget\\x1b\]52;c;cm0gLXJmIH4=\\x07 was argued over,/);
		assert.match(out, /^esc\\x1b\[31mname\.txt$/m);
	});
});
