/**
 * A JSON Lines corpus through the command line, as a research pipeline would run it:
 *   1. generates a corpus of `--mb N` megabytes (default 100) in a temporary folder, streamed
 *      out in chunks of generated articles (never held whole): the language server bench's
 *      articles, one in ten as a saved web page in an `html` field, the rest as `text`;
 *   2. runs the built `misquote check corpus.jsonl --format jsonl --no-groups` on it (the map
 *      stage: each article's quotations, written as it is read), its output read and counted,
 *      not kept;
 *   3. runs `misquote check --format jsonl` (grouping too) on the corpus's first `--group-mb`
 *      megabytes (default 20): grouping holds every quotation in memory, so its memory grows
 *      with the corpus and is reported per 1,000 articles;
 *   4. reports each run's throughput and the command's peak memory (maxRSS, from
 *      `process.resourceUsage()` as the command exits), and deletes the corpus.
 *
 * Usage: `npm run bench` (100 MB), or `node out/bench/corpus.js --mb 1024` after it for the
 * 1 GB figure in the README (about ten minutes on two cores). It never fails on speed or
 * memory: it exits non-zero only when the command fails, or its output does not account for
 * every article.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildCorpus } from './server';

const MB = 2 ** 20;
const SEED = 0xc0a9;
const CHUNK_ARTICLES = 2_000;
const HTML_SHARE = 10;
const cliJs = join(__dirname, '..', '..', 'server', 'out', 'cli.js');

function argument(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

/** An article as a saved page: the story in its body, the site's furniture around it. */
function asPage(text: string, outlet: string): string {
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const [headline, ...body] = text.trim().split('\n\n');
	return (
		`<!DOCTYPE html><html><head><title>${escape(headline)} | ${outlet}</title><meta property="og:site_name" content="${outlet}">` +
		`<script>window.ads = [];</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe</a></nav>` +
		`<div class="ad" id="top-ad">Advertisement</div><article><h1>${escape(headline)}</h1><div class="article-body">` +
		body.map((p) => `<p>${escape(p)}</p>`).join('\n') +
		`</div><div class="related"><h3>Related</h3><ul><li><a href="/1">Another story</a></li></ul></div></article><footer>&copy; ${outlet}</footer></body></html>`
	);
}

/** Writes about `bytes` of corpus to `file`, chunk by chunk; returns its articles and size. */
async function writeCorpus(file: string, bytes: number): Promise<{ articles: number; bytes: number; html: number }> {
	const out = createWriteStream(file);
	let written = 0;
	let articles = 0;
	let html = 0;
	for (let chunk = 0; written < bytes; chunk++) {
		const { articles: batch } = buildCorpus(CHUNK_ARTICLES, SEED + chunk);
		for (const a of batch) {
			if (written >= bytes) {
				break;
			}
			const outlet = a.path.split('/')[0];
			const id = `${chunk}-${articles}`;
			const page = articles % HTML_SHARE === 0;
			const line = `${JSON.stringify(page ? { id, outlet, html: asPage(a.text, outlet) } : { id, outlet, text: a.text })}\n`;
			html += page ? 1 : 0;
			articles++;
			written += Buffer.byteLength(line);
			if (!out.write(line)) {
				await once(out, 'drain');
			}
		}
	}
	out.end();
	await once(out, 'finish');
	return { articles, bytes: statSync(file).size, html };
}

interface Run {
	seconds: number;
	maxRssMb: number;
	documents: number;
	groups: number;
	quotes: number;
}

/** Runs the built command on the corpus; its output is counted line by line, never kept. */
async function runCli(corpus: string, args: string[], reporter: string): Promise<Run> {
	const started = process.hrtime.bigint();
	const child = spawn(process.execPath, ['--require', reporter, cliJs, 'check', corpus, '--format', 'jsonl', ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
	let usage = '';
	child.stdio[3]!.on('data', (d: Buffer) => (usage += d.toString()));
	let stderr = '';
	child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
	let documents = 0;
	let groups = 0;
	let quotes = 0;
	for await (const line of createInterface({ input: child.stdout! })) {
		const record = JSON.parse(line) as { type: string; quotes?: unknown[] };
		if (record.type === 'document') {
			documents++;
			quotes += record.quotes?.length ?? 0;
		} else if (record.type === 'group') {
			groups++;
		}
	}
	const [code] = (await once(child, 'exit')) as [number | null];
	if (code !== 0) {
		throw new Error(`misquote ${args.join(' ')} exited with ${code}: ${stderr.slice(0, 2000)}`);
	}
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const { maxRSS } = JSON.parse(usage) as { maxRSS: number };
	return { seconds, maxRssMb: maxRSS / 1024, documents, groups, quotes };
}

async function main(): Promise<void> {
	const mb = Number(argument('--mb') ?? 100);
	const groupMb = Math.min(mb, Number(argument('--group-mb') ?? 20));
	if (!(mb > 0) || !(groupMb > 0)) {
		throw new Error('--mb and --group-mb take a size in megabytes');
	}
	const dir = mkdtempSync(join(tmpdir(), 'misquote-corpus-bench-'));
	try {
		const corpus = join(dir, 'corpus.jsonl');
		const reporter = join(dir, 'report-usage.js');
		// Runs in the command's own process: its peak memory, as it exits, on file descriptor 3.
		writeFileSync(reporter, `process.on('exit', () => require('fs').writeSync(3, JSON.stringify(process.resourceUsage())));\n`);
		let t = Date.now();
		const written = await writeCorpus(corpus, mb * MB);
		console.log(`Corpus: ${written.articles.toLocaleString('en')} articles (${written.html.toLocaleString('en')} as saved pages), ${(written.bytes / MB).toFixed(0)} MB of JSON Lines, written in ${((Date.now() - t) / 1000).toFixed(0)} s; ${cpus().length} cores.`);
		const rows: string[][] = [['run', 'corpus', 'seconds', 'MB/s', 'articles/s', 'peak memory', 'output']];
		const measure = async (label: string, file: string, size: { articles: number; bytes: number }, args: string[]) => {
			t = Date.now();
			const run = await runCli(file, args, reporter);
			if (run.documents !== size.articles) {
				throw new Error(`${label}: ${run.documents} document lines for ${size.articles} articles`);
			}
			const corpusMb = size.bytes / MB;
			rows.push([
				label,
				`${corpusMb.toFixed(0)} MB, ${size.articles.toLocaleString('en')} articles`,
				run.seconds.toFixed(0),
				(corpusMb / run.seconds).toFixed(1),
				Math.round(size.articles / run.seconds).toLocaleString('en'),
				`${run.maxRssMb.toFixed(0)} MB`,
				`${run.quotes.toLocaleString('en')} quotations, ${run.groups.toLocaleString('en')} groups`,
			]);
			return run;
		};
		const map = await measure('each article (--no-groups)', corpus, written, ['--no-groups']);
		rmSync(corpus);
		const head = join(dir, 'head.jsonl');
		const headSize = await writeCorpus(head, groupMb * MB);
		const grouped = await measure('articles, then groups', head, headSize, []);
		const perThousand = ((grouped.maxRssMb - map.maxRssMb) / headSize.articles) * 1000;
		const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
		for (const row of rows) {
			console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
		}
		console.log(`Grouping holds every quotation: about ${perThousand.toFixed(0)} MB more per 1,000 articles than the map stage's ${map.maxRssMb.toFixed(0)} MB.`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
