/**
 * Throughput and peak memory of the quote engine against wink-nlp's own `readDoc` + POS tags.
 * Usage: `npm run bench`. With no argument this process times both, alternating rounds on one
 * nlp instance, then forks itself once per measurement (`baseline`, `engine`) for peak memory.
 * It never fails on speed: it exits non-zero only when the engine throws or returns malformed data.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	createEngine,
	type ArticleQuotes,
	type Engine,
	type Nlp,
	type Span,
} from '../server/src/engine';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createNlp } from '../server/src/nlp';
import { Rand } from './random';

/** The PRNG as a function, as this bench uses it. */
function randomOf(seed: number): () => number {
	const rand = new Rand(seed);
	return () => rand.next();
}

const SEED = 0x5eed;
const CORPUS_BYTES = 5 * 2 ** 20;
const WARMUP_ARTICLES = 50;
const ROUNDS = 7;
/** MB means 2^20 bytes throughout: text (UTF-8) and maxRSS alike. */
const MB = 2 ** 20;

/** `baseline`: wink's readDoc as it comes (full pipeline); `tagger`: readDoc with only the
 * tagger, the pipeline the engine itself uses; `engine`: the whole extraction. */
type Mode = 'baseline' | 'tagger' | 'engine';
interface ChildReport {
	mode: Mode;
	digest: string;
	maxRssMb: number;
	heapUsedMb: number;
	problems: string[];
}

// ---- Corpus: the five sample articles, varied deterministically -------------------------------

/** People and organisations that speak in the samples: [as first written, as later shortened]. */
const SPEAKERS: Array<[string, string]> = [
	['Susan Ariel Aaronson', 'Aaronson'], ['Mike Pompeo', 'Pompeo'], ['Mike Pence', 'Pence'],
	['Josh Hawley', 'Hawley'], ['Kevin Mayer', 'Mayer'], ['Jin Kim', 'Kim'],
	['Jaci Anderson', 'Anderson'], ['Jeff Bezos', 'Bezos'], ['Donald Trump', 'Trump'],
];
const FIRST = ['Maria', 'James', 'Priya', 'Daniel', 'Aisha', 'Tom', 'Elena', 'Kwame', 'Omar'];
const LAST = ['Alvarez', 'Chen', 'Okafor', 'Lindqvist', 'Patel', 'Novak', 'Haddad', 'Sato'];
const ORGS: Array<[string, string[]]> = [
	['Amazon', ['Amazon', 'Walmart', 'Microsoft', 'Target', 'Costco']],
	['TikTok', ['TikTok', 'WeChat', 'Snapchat', 'Telegram', 'Likee']],
];
const STYLES = ['asis', 'curly', 'straight', 'single'] as const;
type Style = (typeof STYLES)[number];

function buildCorpus(): { articles: string[]; bytes: number; digest: string } {
	const seedsDir = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
	const seeds = readdirSync(seedsDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(join(seedsDir, f), 'utf8').split(/\n[ \t]*\n/))
		.map((paragraphs) => paragraphs.filter((p) => /\S/.test(p)));
	const rand = randomOf(SEED);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const seen = new Set<string>();
	const articles: string[] = [];
	const hash = createHash('sha256');
	let bytes = 0;
	for (let i = 0; bytes < CORPUS_BYTES; i++) {
		const [headline, ...body] = seeds[i % seeds.length];
		if (rand() < 0.6) {
			// Splice in one to three paragraphs from other samples.
			for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
				body.splice(Math.floor(rand() * (body.length + 1)), 0, pick(pick(seeds).slice(1)));
			}
		}
		for (let k = body.length - 1; k > 0; k--) {
			const j = Math.floor(rand() * (k + 1));
			[body[k], body[j]] = [body[j], body[k]];
		}
		let text = [headline, ...body].join('\n\n');
		const names = SPEAKERS.map(([full, short]) => [full, short, pick(FIRST), pick(LAST)] as const);
		for (const [full, , first, last] of names) {
			text = text.replaceAll(full, `${first} ${last}`);
		}
		for (const [, short, , last] of names) {
			text = text.replace(new RegExp(`\\b${short}\\b`, 'g'), last);
		}
		for (const [org, others] of ORGS) {
			text = text.replace(new RegExp(`\\b${org}\\b`, 'g'), pick(others));
		}
		// Numbers: same number of digits, so "$5.7 million" and "July 10" stay plausible.
		text = text.replace(/\d+/g, (n) => {
			const low = 10 ** (n.length - 1);
			return rand() < 0.5 ? n : String(Math.floor(low + rand() * 9 * low));
		});
		text = restyle(text, pick(STYLES));
		if (seen.has(text)) {
			continue;
		}
		seen.add(text);
		articles.push(text);
		hash.update(text);
		bytes += Buffer.byteLength(text);
	}
	return { articles, bytes, digest: hash.digest('hex').slice(0, 12) };
}

/** Rewrites quotation marks in one style: curly “…”, straight "…", or single ‘…’. */
function restyle(text: string, style: Style): string {
	if (style === 'asis') {
		return text;
	}
	const marks = { curly: ['“', '”'], straight: ['"', '"'], single: ['‘', '’'] };
	const [open, close] = marks[style];
	return text
		.split('\n\n')
		.map((p) => {
			let singleOpen = false;
			let out = '';
			for (let k = 0; k < p.length; k++) {
				const c = p[k];
				const prev = p[k - 1] ?? ' ';
				const next = p[k + 1] ?? ' ';
				if (c === '“' || (c === '"' && /[\s([—–-]/.test(prev))) {
					out += open;
				} else if (c === '”' || c === '"') {
					out += close;
				} else if (c === '‘') {
					singleOpen = true;
					out += open;
				} else if (c === '’' && singleOpen && !/\p{L}/u.test(next)) {
					// A closing single mark; elsewhere ’ is an apostrophe.
					singleOpen = false;
					out += close;
				} else {
					out += c === '’' && style === 'straight' ? "'" : c;
				}
			}
			return out;
		})
		.join('\n\n');
}

// ---- Measurements ----------------------------------------------------------------------------

function baseline(nlp: Nlp, articles: readonly string[]): number {
	let tokens = 0;
	for (const text of articles) {
		tokens += nlp.readDoc(text).tokens().out(nlp.its.pos).length;
	}
	return tokens;
}

function extractAll(
	engine: Engine,
	articles: readonly string[],
	check?: (text: string, r: ArticleQuotes) => void,
): number {
	let quotes = 0;
	for (const text of articles) {
		const result = engine.extract(text);
		check?.(text, result);
		quotes += result.quotes.length;
	}
	return quotes;
}

const KINDS = new Set(['speech', 'term', 'title']);

/** What is wrong with one result (offsets, ids, texts), or nothing. */
function malformed(text: string, r: ArticleQuotes): string | undefined {
	if (!r || !Array.isArray(r.quotes)) {
		return 'result has no quotes array';
	}
	const inText = (start: number, end: number) => 0 <= start && start <= end && end <= text.length;
	const span = (s: Span | null) =>
		s === null || (inText(s.start, s.end) && text.slice(s.start, s.end) === s.text);
	for (const [k, q] of r.quotes.entries()) {
		const ok =
			q.id === `q${k + 1}` &&
			inText(q.start, q.end) &&
			q.segments[0]?.start === q.start &&
			q.segments.at(-1)?.end === q.end &&
			q.text === q.segments.map((s) => text.slice(s.start, s.end)).join('\n') &&
			KINDS.has(q.kind) &&
			(q.parent === null || Number(q.parent.slice(1)) < k + 1) &&
			(q.kind === 'speech' || (q.speaker === null && q.cue === null)) &&
			span(q.speaker) && span(q.cue) && span(q.venue);
		if (!ok) {
			return `malformed quote ${JSON.stringify(q).slice(0, 300)}`;
		}
	}
	return undefined;
}

/** Records what is wrong with each result; the engine reports what it caught via its logger. */
function checker(problems: string[]): (text: string, r: ArticleQuotes) => void {
	return (text, r) => {
		const problem = malformed(text, r);
		if (problem) {
			problems.push(problem);
		}
	};
}

function seconds(run: () => void): number {
	const t0 = process.hrtime.bigint();
	run();
	return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function printTable(rows: string[][]): void {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	for (const r of rows) {
		const cells = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c] + 3)));
		console.log(cells.join('').trimEnd());
	}
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** One measurement in a process of its own, for its peak memory. */
function child(mode: Mode): void {
	const { articles, digest } = buildCorpus();
	const problems: string[] = [];
	const nlp = createNlp();
	if (mode === 'baseline') {
		baseline(winkNLP(model), articles);
	} else if (mode === 'tagger') {
		baseline(nlp, articles);
	} else {
		const engine = createEngine({ nlp, logger: { warn: (m) => problems.push(m) } });
		extractAll(engine, articles, checker(problems));
	}
	const report: ChildReport = {
		mode,
		digest,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		heapUsedMb: process.memoryUsage().heapUsed / MB,
		problems,
	};
	process.send?.(report);
}

function forkChild(mode: Mode): Promise<ChildReport> {
	return new Promise((resolve, reject) => {
		let report: ChildReport | undefined;
		const proc = fork(__filename, [mode]);
		proc.on('message', (m) => (report = m as ChildReport));
		proc.on('error', reject);
		proc.on('exit', (code) =>
			code === 0 && report ? resolve(report) : reject(new Error(`${mode} child exited with ${code}`)),
		);
	});
}

async function main(): Promise<void> {
	const { articles, bytes, digest } = buildCorpus();
	const mb = bytes / MB;
	console.log(
		`corpus: ${mb.toFixed(2)} MB, ${articles.length} distinct articles`,
		`(seed ${SEED}, digest ${digest})`,
	);

	const problems: string[] = [];
	const nlp = createNlp();
	const fullNlp = winkNLP(model);
	const engine = createEngine({ nlp, logger: { warn: (m) => problems.push(m) } });
	const warm = articles.slice(0, WARMUP_ARTICLES);
	baseline(fullNlp, warm);
	baseline(nlp, warm);
	extractAll(engine, warm, checker(problems));

	const times: Record<Mode, number[]> = { baseline: [], tagger: [], engine: [] };
	let tokens = 0;
	const quoteCounts = new Set<number>();
	for (let round = 1; round <= ROUNDS; round++) {
		times.baseline.push(seconds(() => (tokens = baseline(fullNlp, articles))));
		times.tagger.push(seconds(() => baseline(nlp, articles)));
		times.engine.push(seconds(() => quoteCounts.add(extractAll(engine, articles))));
		const [b, t, e] = [times.baseline[round - 1], times.tagger[round - 1], times.engine[round - 1]];
		console.log(
			`round ${round}/${ROUNDS}: readDoc ${b.toFixed(2)} s, tagger only ${t.toFixed(2)} s, engine ${e.toFixed(2)} s`,
		);
	}
	const [quotes] = quoteCounts;
	if (quoteCounts.size !== 1) {
		problems.push(`quote counts differ between rounds: ${[...quoteCounts].join(', ')}`);
	}

	// The two memory runs share nothing and there are two cores: run them side by side.
	const [memBase, memTagger, memEngine] = await Promise.all([
		forkChild('baseline'),
		forkChild('tagger'),
		forkChild('engine'),
	]);
	for (const r of [memBase, memTagger, memEngine]) {
		problems.push(...r.problems.map((p) => `${r.mode} child: ${p}`));
		if (r.digest !== digest) {
			problems.push(`${r.mode} child built a different corpus (${r.digest})`);
		}
	}

	const [tb, tt, te] = [median(times.baseline), median(times.tagger), median(times.engine)];
	const row = (name: string, s: number, mem: ChildReport) => [
		name,
		(mb / s).toFixed(2),
		(articles.length / s).toFixed(0),
		s.toFixed(2),
		mem.maxRssMb.toFixed(0),
		mem.heapUsedMb.toFixed(0),
	];
	const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
	console.log();
	printTable([
		['', 'MB/s', 'articles/s', 'median s', 'maxRSS MB', 'heapUsed MB'],
		row('wink readDoc (default)', tb, memBase),
		row('wink readDoc (tagger only)', tt, memTagger),
		row('engine.extract', te, memEngine),
		[
			'engine / readDoc',
			ratio(tb, te),
			ratio(tb, te),
			'',
			ratio(memEngine.maxRssMb, memBase.maxRssMb),
			ratio(memEngine.heapUsedMb, memBase.heapUsedMb),
		],
		[
			'engine / tagger only',
			ratio(tt, te),
			ratio(tt, te),
			'',
			ratio(memEngine.maxRssMb, memTagger.maxRssMb),
			ratio(memEngine.heapUsedMb, memTagger.heapUsedMb),
		],
	]);
	console.log(`\nthroughput engine / wink readDoc: ${ratio(tb, te)}`);
	console.log(`(>= 1.00x: the whole extraction is at least as fast as wink's readDoc alone;`);
	console.log(` the engine runs wink with the tagger only, shown against that pipeline too)`);
	console.log(`baseline: ${(tokens / tb / 1000).toFixed(0)}K tokens/s tagged`);
	console.log(`engine: ${quotes} quotes found, ${(quotes / mb).toFixed(0)} per MB`);

	if (problems.length > 0) {
		const counts = new Map<string, number>();
		for (const p of problems) {
			counts.set(p.split('\n')[0], (counts.get(p.split('\n')[0]) ?? 0) + 1);
		}
		console.error(`\n${problems.length} engine problem(s):`);
		for (const [message, n] of counts) {
			console.error(`  ${n} x ${message}`);
		}
		console.error(`first in full:\n${problems[0]}`);
		process.exitCode = 1;
	}
}

const mode = process.argv[2];
if (mode === 'baseline' || mode === 'tagger' || mode === 'engine') {
	child(mode);
} else {
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
}
