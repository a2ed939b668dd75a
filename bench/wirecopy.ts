/**
 * Wire copy at scale: a few stories reprinted by hundreds to thousands of outlets with small
 * edits (a word changed, a paragraph dropped, a quote cut to its first sentence, straight quote
 * marks), among articles of their own. Each story has long quotes of several sentences, a quote
 * over several paragraphs, interrupted quotes and fragments, so one reprinted statement is a
 * group of up to 2,000 versions.
 *
 *   1. the command line on 10,000 such articles (`misquote check --format json`): time and peak
 *      memory, against the same command on 10,000 articles of their own measured in the same run
 *      (the cost of the reprints, as a ratio);
 *   2. the language server on 4,000: the first scan (to the status with scanning=false) and its
 *      peak memory, then edits of one reprint's quote, at the default update delay, timed to the
 *      diagnostics of every other article that quotes the statement.
 *
 * Usage: `npm run bench` (after `npm run build`), or `node out/bench/wirecopy.js [cli|server]`.
 * Folders are generated deterministically under os.tmpdir() and deleted afterwards. It never
 * fails on speed: it exits non-zero only when the command line or the server fails, hangs, or
 * finds fewer groups than the corpus plants.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Client, type Position } from './lspClient';
import { Rand } from './random';

const SEED = 0x31fe;
const FULL = {
	cliReprints: [2_000, 1_500, 1_200, 800, 500],
	cliArticles: 10_000,
	serverReprints: [1_200, 800, 500, 300, 200],
	serverArticles: 4_000,
};
const DEFAULT_DELAY_MS = 150;
const MB = 2 ** 20;
const TARGET = { cliSeconds: 60, cliMb: 1024, scanSeconds: 60, serverMb: 1024, editMs: 250 };
const cliJs = join(__dirname, '..', '..', 'server', 'out', 'cli.js');

// ---- Words -------------------------------------------------------------------------------------

const list = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);
const NOUNS = list(`bridge clinic school hospital road railway harbour market factory library museum
	park station airport tunnel pipeline reservoir canal ferry shelter depot campus laboratory farm
	mine mill refinery turbine grid budget contract permit pension subsidy grant loan tariff wage
	target deadline audit inquiry survey vaccine scheme programme project strategy proposal reform
	treaty ceasefire election ballot referendum petition strike appeal verdict patrol border route`);
const ADJS = list(`new old public local national regional rural urban modern remote costly cheap
	fragile safe secure unsafe quiet busy empty crowded ambitious modest urgent delayed temporary`);
const VERBS = list(`build close open fund repair expand protect replace review approve reject delay
	cancel support oppose extend reduce raise cut restore defend inspect finance rebuild`);
const FIRST = list(`Maria James Priya Daniel Aisha Tomas Elena Kwame Omar Ines Lena Ravi Nadia Hugo`);
const ORGS = ['Harbour Trust', 'Velta Foods', 'Gull Line', 'Corvel Freight', 'Brennick Council', 'Dunmore Water'];
const ROLES = list(`director chair spokesperson minister mayor founder economist`);

/**
 * Made-up place names and surnames: unrelated articles in real news share few names and
 * sentences, and a corpus drawn from a few dozen words alone would be full of near-identical
 * statements by people of the same name, which real news is not.
 */
function coined(seed: number, n: number): string[] {
	const r = new Rand(seed);
	const [onsets, vowels, codas] = [list('b br c d dr f g gr h k l m n p pr r s st t tr v w z'), list('a e i o u ai ea io'), list('n r l s th nd rt x m')];
	const out = new Set<string>();
	while (out.size < n) {
		const word = Array.from({ length: r.int(2, 3) }, () => r.pick(onsets) + r.pick(vowels)).join('') + r.pick(codas);
		out.add(word[0].toUpperCase() + word.slice(1));
	}
	return [...out];
}
const PLACES = coined(0x9a11, 4_000);
const SURNAMES = [...list(`Alvarez Chen Okafor Lindqvist Patel Novak Haddad Sato Brandt Castel Quist Ruiz Ward`), ...coined(0x5a7e, 600)];
const OUTLETS = list(`Ledger Gazette Courier Herald Sentinel Tribune Observer Post Star Chronicle`);

/** A quoted sentence: a main clause and often a second one, each with several free slots. */
function sentence(r: Rand): string {
	const noun = r.pick(NOUNS);
	const place = r.pick(PLACES);
	const main = [
		() => `We will ${r.pick(VERBS)} the ${r.pick(ADJS)} ${noun} in ${place} ${r.pick(['before the winter', 'by the end of May', 'this year', 'within a month', 'for every family'])}`,
		() => `The ${noun} at ${place} is ${r.pick(['the most', 'the least'])} ${r.pick(ADJS)} ${r.pick(NOUNS)} we have seen in ${r.int(3, 40)} years`,
		() => `Nobody in ${place} should have to ${r.pick(VERBS)} a ${r.pick(ADJS)} ${noun} to keep ${r.pick(['their job', 'their home', 'the lights on', 'a school open'])}`,
		() => `There are ${r.int(2, 900)} ${r.pick(ADJS)} ${noun}s in ${place} waiting for money that was promised in ${r.int(2001, 2024)}`,
		() => `${place} ${r.pick(['cannot', 'will not', 'must not'])} ${r.pick(VERBS)} another ${r.pick(NOUNS)} while ${r.int(2, 90)} ${r.pick(NOUNS)}s stand ${r.pick(ADJS)}`,
	];
	const second = [
		() => `and ${r.pick(PLACES)} ${r.pick(['knows', 'has said', 'will learn'])} that`,
		() => `because the ${r.pick(ADJS)} ${r.pick(NOUNS)} of ${r.pick(PLACES)} ${r.pick(['depends on it', 'was never finished', 'cost too much'])}`,
		() => `even if ${r.pick(PLACES)} ${r.pick(VERBS)}s its ${r.pick(NOUNS)} first`,
		() => `whatever the ${r.pick(NOUNS)} in ${r.pick(PLACES)} ${r.pick(['decides', 'says', 'costs'])}`,
	];
	const clause = r.pick(main)();
	return r.chance(0.7) ? `${clause}, ${r.pick(second)()}.` : `${clause}.`;
}

function prose(r: Rand): string {
	return `The ${r.pick(ADJS)} ${r.pick(NOUNS)} near ${r.pick(PLACES)} has been ${r.pick(['closed', 'reviewed', 'funded', 'delayed'])} since ${r.pick(['March', 'June', 'last year', 'the storm'])}, and officials expect ${r.pick(['more talks', 'a vote', 'a court ruling', 'new figures'])} soon.`;
}

// ---- Stories and their reprints ---------------------------------------------------------------

interface Person {
	first: string;
	last: string;
	role: string;
	org: string;
}

/** A paragraph of a story: reporter text, or a quote paragraph built from its sentences. */
interface StoryParagraph {
	kind: 'prose' | 'said' | 'interrupted' | 'fragment' | 'long' | 'multi';
	person: Person;
	sentences: string[];
	prose?: string;
}

interface Story {
	id: number;
	headline: string;
	paragraphs: StoryParagraph[];
}

function person(r: Rand): Person {
	return { first: r.pick(FIRST), last: r.pick(SURNAMES), role: r.pick(ROLES), org: r.pick(ORGS) };
}

function story(r: Rand, id: number): Story {
	const people = [person(r), person(r), person(r)];
	const kinds: StoryParagraph['kind'][] = ['said', 'interrupted', 'fragment', 'long', 'multi', 'said', 'interrupted', 'said'];
	const paragraphs: StoryParagraph[] = [{ kind: 'prose', person: people[0], sentences: [], prose: prose(r) }];
	kinds.forEach((kind, k) => {
		const p = people[k % people.length];
		const n = kind === 'long' ? 4 : kind === 'multi' ? 4 : kind === 'fragment' ? 1 : 2;
		paragraphs.push({ kind, person: p, sentences: Array.from({ length: n }, () => sentence(r)) });
		if (r.chance(0.5)) {
			paragraphs.push({ kind: 'prose', person: p, sentences: [], prose: prose(r) });
		}
	});
	return { id, headline: `${people[0].org} to ${r.pick(VERBS)} ${r.pick(ADJS)} ${r.pick(NOUNS)}`, paragraphs };
}

const curly = (s: string) => `“${s}”`;
const straight = (s: string) => `"${s}"`;

/** One paragraph of a reprint as text; `mark` wraps quoted words in the reprint's marks. */
function render(p: StoryParagraph, mark: (s: string) => string, named: Set<Person>): string {
	const full = `${p.person.first} ${p.person.last}`;
	const who = named.has(p.person) ? p.person.last : `${full}, the ${p.person.role} of ${p.person.org},`;
	named.add(p.person);
	const open = mark('x')[0];
	const close = mark('x')[2];
	switch (p.kind) {
		case 'prose':
			return p.prose!;
		case 'said':
			return `${open}${p.sentences.join(' ').replace(/\.$/, ',')}${close} said ${who.replace(/,$/, '')}.`;
		case 'interrupted':
			return `${open}${p.sentences[0].replace(/\.$/, ',')}${close} ${p.person.last} said. ${mark(p.sentences.slice(1).join(' '))}`;
		case 'fragment':
			return `${p.person.last} said the plan would ${mark(p.sentences[0].replace(/^\w+ \w+ /, '').replace(/\.$/, ''))}, and left the hall.`;
		case 'long':
			return `${p.person.org} said in a statement: ${mark(p.sentences.join(' '))}`;
		case 'multi':
			// Each paragraph of the quote reopens; only the last one closes.
			return `${open}${p.sentences.slice(0, 2).join(' ')}\n\n${open}${p.sentences.slice(2).join(' ').replace(/\.$/, ',')}${close} ${p.person.last} said.`;
	}
}

interface Article {
	path: string;
	text: string;
	/** The story this is a reprint of, and which of its paragraphs it kept unedited. */
	story?: number;
	kept?: Set<number>;
}

/** A reprint: the story with small edits, under an outlet's name. */
function reprint(r: Rand, s: Story, index: number): Article {
	const straightMarks = r.chance(0.3);
	const mark = straightMarks ? straight : curly;
	const named = new Set<Person>();
	const parts = [`${s.headline}${r.chance(0.5) ? `, ${r.pick(OUTLETS)} reports` : ''}`];
	const kept = new Set<number>();
	s.paragraphs.forEach((p, k) => {
		if (k > 0 && r.chance(0.1)) {
			return; // the outlet dropped this paragraph
		}
		let q = p;
		if (p.kind !== 'prose' && r.chance(0.1)) {
			// A word changed in one sentence: a wording of its own.
			const i = r.int(0, p.sentences.length - 1);
			const words = p.sentences[i].split(' ');
			const w = r.int(1, words.length - 2);
			words[w] = r.pick(ADJS);
			q = { ...p, sentences: p.sentences.map((x, j) => (j === i ? words.join(' ') : x)) };
		} else if ((p.kind === 'said' || p.kind === 'long') && r.chance(0.1)) {
			q = { ...p, sentences: p.sentences.slice(0, 1) };
		} else {
			kept.add(k);
		}
		parts.push(render(q, mark, named));
	});
	parts.push(`Copyright ${2020 + (index % 5)} ${r.pick(OUTLETS)}. All rights reserved.`);
	return { path: `wire/${String(s.id)}/${String(index).padStart(5, '0')}.txt`, text: parts.join('\n\n') + '\n', story: s.id, kept };
}

/** An article of its own: prose and a few quotes no other article has. */
function ownArticle(r: Rand, index: number): Article {
	const s = story(r, -1);
	const paragraphs = s.paragraphs.filter((_p, k) => k === 0 || r.chance(0.4));
	const named = new Set<Person>();
	return { path: `own/${String(index).padStart(5, '0')}.txt`, text: [s.headline, ...paragraphs.map((p) => render(p, curly, named))].join('\n\n') + '\n' };
}

function corpus(seed: number, reprints: readonly number[], total: number): { articles: Article[]; stories: Story[]; bytes: number } {
	const r = new Rand(seed);
	const stories = reprints.map((_n, i) => story(r, i));
	const articles: Article[] = [];
	reprints.forEach((n, i) => {
		for (let k = 0; k < n; k++) {
			articles.push(reprint(r, stories[i], articles.length));
		}
	});
	while (articles.length < total) {
		articles.push(ownArticle(r, articles.length));
	}
	return { articles, stories, bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) };
}

function write(articles: readonly Article[], name: string): string {
	const root = mkdtempSync(join(tmpdir(), `misquote-bench-${name}-`));
	for (const a of articles) {
		mkdirSync(join(root, a.path, '..'), { recursive: true });
		writeFileSync(join(root, a.path), a.text);
	}
	return root;
}

// ---- The command line -------------------------------------------------------------------------

interface CliRun {
	seconds: number;
	peakMb: number;
	groups: number;
	largest: number;
	code: number;
}

/**
 * Runs `misquote check <root> --format json` in a child process of its own, its report written
 * to a file as the command line writes it: time, peak memory (of that process alone), groups.
 */
function runCli(root: string): Promise<CliRun> {
	const reportFile = join(root, '..', `${basename(root)}.report.json`);
	const script = `
		const { openSync, writeSync, closeSync } = require('node:fs');
		const { run } = require(${JSON.stringify(cliJs)});
		const fd = openSync(${JSON.stringify(reportFile)}, 'w');
		const t0 = performance.now();
		run(['check', ${JSON.stringify(root)}, '--format', 'json'], { out: (t) => writeSync(fd, t + '\\n'), err: (t) => process.stderr.write(t + '\\n'), isTTY: false, cwd: process.cwd(), env: {} }).then((code) => {
			closeSync(fd);
			process.stdout.write(JSON.stringify({ code, seconds: (performance.now() - t0) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));
		});`;
	return new Promise((resolve, reject) => {
		const profile = process.env.MISQUOTE_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.MISQUOTE_BENCH_PROFILE}`] : [];
		const child = spawn(process.execPath, [...profile, '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
		let stdout = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
		child.on('error', reject);
		child.on('exit', (code) => {
			try {
				const result = JSON.parse(stdout) as Omit<CliRun, 'groups' | 'largest'>;
				const groups = (JSON.parse(readFileSync(reportFile, 'utf8')) as { groups: Array<{ members: unknown[] }> }).groups;
				rmSync(reportFile, { force: true });
				resolve({ ...result, groups: groups.length, largest: Math.max(0, ...groups.map((g) => g.members.length)) });
			} catch {
				reject(new Error(`the command line exited with ${code} and no report`));
			}
		});
	});
}

// ---- The language server ----------------------------------------------------------------------

function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset);
	const line = before.split('\n').length - 1;
	return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Rewords one word of the first story's first quoted sentence in one unedited reprint, and back,
 * `edits` times: the milliseconds from each change to the new diagnostics of the first and of
 * every other reprint that quotes the sentence unedited.
 */
async function edits(client: Client, c: ReturnType<typeof corpus>, edits: number): Promise<{ first: number[]; all: number[]; others: number }> {
	const s = c.stories[0];
	const k = s.paragraphs.findIndex((p) => p.kind === 'said');
	const sentenceText = s.paragraphs[k].sentences[0];
	const reprints = c.articles.filter((a) => a.story === 0 && a.kept!.has(k));
	const target = reprints[0];
	const word = sentenceText.split(' ')[2];
	const at = target.text.indexOf(sentenceText) + sentenceText.indexOf(` ${word} `) + 1;
	const others = reprints.slice(1).map((a) => client.uri(a.path));
	client.open(target.path, target.text);
	let text = target.text;
	const times = { first: [] as number[], all: [] as number[], others: others.length };
	for (let i = 0; i < edits; i++) {
		const [from, to] = i % 2 === 0 ? [word, 'rickety'] : ['rickety', word];
		const range = { start: positionAt(text, at), end: positionAt(text, at + from.length) };
		text = text.slice(0, at) + to + text.slice(at + from.length);
		const before = new Map(others.map((u) => [u, client.diagnostics.get(u)?.at ?? 0]));
		const t0 = performance.now();
		client.change(target.path, [{ range, text: to }]);
		let first = 0;
		await client.waitFor<string>(
			'diagnostics',
			() => {
				const arrived = others.filter((u) => (client.diagnostics.get(u)?.at ?? 0) > (before.get(u) ?? 0)).length;
				if (arrived && !first) {
					first = performance.now() - t0;
				}
				return arrived === others.length;
			},
			60_000,
			`the diagnostics of ${others.length} other articles after edit ${i + 1}`,
		);
		times.first.push(first);
		times.all.push(performance.now() - t0);
	}
	return times;
}

// ---- Main --------------------------------------------------------------------------------------

const n0 = (x: number) => x.toLocaleString('en-US');
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function printTable(rows: string[][]): void {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
	for (const r of rows) {
		console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c] + 3))).join('').trimEnd());
	}
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const which: string[] = args.filter((a) => a === 'cli' || a === 'server');
	// For profiling, not for the figures: `--scale 0.1` runs a tenth of the corpus, `--edits 40`
	// makes that many edits, `--keep` keeps the folders.
	const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1;
	const scaled = (xs: readonly number[]) => xs.map((x) => Math.max(1, Math.round(x * scale)));
	const [CLI_REPRINTS, SERVER_REPRINTS] = [scaled(FULL.cliReprints), scaled(FULL.serverReprints)];
	const [CLI_ARTICLES, SERVER_ARTICLES] = scaled([FULL.cliArticles, FULL.serverArticles]);
	const EDITS = args.includes('--edits') ? Number(args[args.indexOf('--edits') + 1]) : 6;
	const run = (part: string) => which.length === 0 || which.includes(part);
	console.log(`wire copy: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes slow every figure)`);
	const dirs: string[] = [];
	const rows: string[][] = [['wire copy (2-core machine)', 'measured', 'target', '']];
	try {
		if (run('cli')) {
			const wire = corpus(SEED, CLI_REPRINTS, CLI_ARTICLES);
			const own = corpus(SEED + 1, [], CLI_ARTICLES);
			console.log(`\ncommand line: ${n0(CLI_ARTICLES)} articles, ${(wire.bytes / MB).toFixed(1)} MB, ${CLI_REPRINTS.length} stories reprinted ${CLI_REPRINTS.map(n0).join(', ')} times; baseline ${n0(CLI_ARTICLES)} articles of their own, ${(own.bytes / MB).toFixed(1)} MB`);
			const [wireDir, ownDir] = [write(wire.articles, 'wire'), write(own.articles, 'own')];
			dirs.push(wireDir, ownDir);
			const base = await runCli(ownDir);
			const w = await runCli(wireDir);
			if (w.code !== 0 || base.code !== 0) {
				throw new Error(`the command line exited with ${w.code} / ${base.code}`);
			}
			if (w.largest < CLI_REPRINTS[CLI_REPRINTS.length - 1]) {
				throw new Error(`the largest group has ${w.largest} versions: the reprints were not grouped`);
			}
			console.log(`  wire copy: ${w.seconds.toFixed(1)} s, peak ${n0(w.peakMb)} MB, ${n0(w.groups)} groups, the largest of ${n0(w.largest)} versions`);
			console.log(`  baseline:  ${base.seconds.toFixed(1)} s, peak ${n0(base.peakMb)} MB (${n0(base.groups)} groups)`);
			console.log(`  reprints cost ${(w.seconds / base.seconds).toFixed(2)}× the time and ${(w.peakMb / base.peakMb).toFixed(2)}× the memory of as many articles of their own`);
			rows.push(
				[`misquote check, ${n0(CLI_ARTICLES)} articles`, `${w.seconds.toFixed(1)} s`, `< ${TARGET.cliSeconds} s`, verdict(w.seconds < TARGET.cliSeconds)],
				['  peak memory', `${n0(w.peakMb)} MB`, `< ${TARGET.cliMb} MB`, verdict(w.peakMb < TARGET.cliMb)],
			);
		}
		if (run('server')) {
			const c = corpus(SEED + 2, SERVER_REPRINTS, SERVER_ARTICLES);
			const root = write(c.articles, 'wire-server');
			dirs.push(root);
			console.log(`\nlanguage server: ${n0(SERVER_ARTICLES)} articles, ${(c.bytes / MB).toFixed(1)} MB, ${SERVER_REPRINTS.length} stories reprinted ${SERVER_REPRINTS.map(n0).join(', ')} times`);
			const client = new Client(root, {});
			try {
				const { initializedAt, scanned } = await client.initialize(SERVER_ARTICLES, Infinity);
				await scanned;
				const scanSeconds = (performance.now() - initializedAt) / 1000;
				const scanMb = client.memory().peakMb;
				console.log(`  scan: ${scanSeconds.toFixed(1)} s, peak ${n0(scanMb)} MB`);
				const t = await edits(client, c, EDITS);
				const peak = client.memory().peakMb;
				console.log(`  edits (updateDelay ${DEFAULT_DELAY_MS} ms, its default): to the first other article ${median(t.first).toFixed(0)} ms, to all ${n0(t.others)} others ${median(t.all).toFixed(0)} ms (medians of ${EDITS}); peak ${n0(peak)} MB`);
				rows.push(
					[`language server scans ${n0(SERVER_ARTICLES)} articles`, `${scanSeconds.toFixed(1)} s`, `< ${TARGET.scanSeconds} s`, verdict(scanSeconds < TARGET.scanSeconds)],
					['  peak memory, scan and edits', `${n0(peak)} MB`, `< ${TARGET.serverMb} MB`, verdict(peak < TARGET.serverMb)],
					[`  edit → diagnostics of the ${n0(t.others)} others, median`, `${median(t.all).toFixed(0)} ms`, `< ${TARGET.editMs} ms`, verdict(median(t.all) < TARGET.editMs)],
				);
				await client.stop();
			} finally {
				client.kill();
			}
		}
		console.log('');
		printTable(rows);
	} finally {
		if (args.includes('--keep')) {
			console.log(`kept: ${dirs.join(' ')}`);
		} else {
			dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
		}
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
