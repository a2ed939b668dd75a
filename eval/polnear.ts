/**
 * Attribution on real news: PolNeAR (networkdynamics/PolNeAR), 1,008 political news articles
 * from 2016 with every attribution annotated (brat standoff: Source, Cue, Content).
 *
 *   npm run eval:polnear -- <PolNeAR checkout or git dir> [--split dev|train] [--examples N] [--json]
 *                           [--outcomes <file>]
 *
 * Takes the direct quotations (the stretches of annotated Content inside quotation marks), runs
 * the engine on every article and prints quotation recall, speaker accuracy by kind of source
 * (proper names, descriptions, pronouns), false quotes, and the worst error classes with
 * examples; `--outcomes` writes one line per quotation (right or wrong, and why), to compare two
 * runs line by line. The test split is PolNeAR's authors' final evaluation set: it is never read.
 *
 * Which speaker is right: for a proper-name source, the name as written; for pronouns and
 * descriptions, the person they refer to, annotated by hand for the dev split
 * (eval/annotations/polnear-dev-referents.json). Train has no such annotation: there a pronoun
 * is scored against the nearest named source before it, and a description by its phrase alone
 * (whoever it is resolved to), proxies the output says it uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../server/src/engine';
import { createNlp } from '../server/src/nlp';
import { fail, openDataset, parseEvalArgs } from './dataset';
import { evaluate, type ArticleInput, type Outcome, type PolnearResult, type Referent } from './polnearScore';

const USAGE = `Usage: npm run eval:polnear -- <PolNeAR checkout or git dir> [--split dev|train] [--examples N] [--json] [--outcomes <file>]

Scores Misquote's quotations and speakers against PolNeAR's attributions (dev by default).
The test split is reserved for final evaluation and is never read.`;

function main(): void {
	const { root, options } = parseEvalArgs(process.argv.slice(2), USAGE, ['split', 'examples', 'json', 'outcomes']);
	const split = options.get('split') ?? 'dev';
	if (split !== 'dev' && split !== 'train') {
		fail(`--split must be dev or train${split === 'test' ? ': the test split is reserved for final evaluation' : ''}`, USAGE);
	}
	let dataset;
	try {
		dataset = openDataset(root);
	} catch (error) {
		fail((error as Error).message);
	}
	const texts = dataset.list(`data/${split}/text`).filter((f) => f.endsWith('.txt'));
	const anns = dataset.list(`data/${split}/attributions`).filter((f) => f.endsWith('.ann'));
	if (texts.length === 0) {
		fail(`${root}: no data/${split}/text/*.txt here; give a PolNeAR checkout or git directory`);
	}
	// One annotator's file per article: the first by name.
	const annOf = new Map<string, string>();
	for (const a of anns) {
		const article = a.replace(/_[0-9a-f]{4}\.ann$/, '');
		if (!annOf.has(article)) {
			annOf.set(article, a);
		}
	}
	const names = texts.map((t) => t.replace(/\.txt$/, '')).filter((n) => annOf.has(n));
	const read = dataset.readAll(names.flatMap((n) => [`data/${split}/text/${n}.txt`, `data/${split}/attributions/${annOf.get(n)}`]));
	const articles: ArticleInput[] = names.map((name, i) => ({ name, text: read[2 * i] ?? '', ann: read[2 * i + 1] ?? '' }));
	const referents = split === 'dev' ? (JSON.parse(readFileSync(join(__dirname, '..', '..', 'eval', 'annotations', 'polnear-dev-referents.json'), 'utf8')) as { items: Referent[] }).items : [];
	const engine = createEngine({ nlp: createNlp(), logger: { warn: (m) => process.stderr.write(`${m}\n`) } });
	const started = Date.now();
	const result = evaluate(split, articles, referents, (text) => engine.extract(text).quotes);
	const seconds = (Date.now() - started) / 1000;
	const outcomesFile = options.get('outcomes');
	if (outcomesFile) {
		const line = (o: Outcome) =>
			`${o.article}@${o.gold.start}\t${o.speakerRight ? 'right' : o.sourceKind ? 'wrong' : '-'}\t${o.sourceKind ?? ''}\t${o.gold.attribution.source?.text ?? ''}\t${o.found?.speaker ? `${o.found.speaker.text} → ${o.found.speaker.name ?? '?'}` : (o.error ?? '')}`;
		writeFileSync(outcomesFile, result.outcomes.map(line).join('\n') + '\n');
	}
	if (options.has('json')) {
		const { outcomes: _outcomes, falseExamples: _falseExamples, ...figures } = result;
		process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
		return;
	}
	process.stdout.write(render(result, Number(options.get('examples') ?? 3), articles, seconds) + '\n');
}

function ratio(r: { right: number; total: number }): string {
	return `${r.right} / ${r.total} (${r.total ? (r.right / r.total).toFixed(3) : '-'})`;
}

function render(r: PolnearResult, examples: number, articles: readonly ArticleInput[], seconds: number): string {
	const textOf = new Map(articles.map((a) => [a.name, a.text]));
	const lines = [
		`PolNeAR ${r.split}: ${r.articles} articles, ${r.quotations} direct quotations (read in ${seconds.toFixed(1)} s)`,
		'',
		`quotation recall (found as speech)   ${r.asSpeech} / ${r.quotations} (${(r.asSpeech / r.quotations).toFixed(3)})`,
		`  found, but taken for a term/title  ${r.asTermOrTitle}`,
		`  not found                          ${r.missed}`,
		`false quotes (speech in no attributed content)  ${r.falseQuotes}`,
		'',
		'speakers right',
		`  proper names                       ${ratio(r.speakers.name)}`,
		`  descriptions                       ${ratio(r.speakers.description)}${r.proxyDescriptions ? '  (the phrase only: no referents annotated)' : ''}`,
		`  named sources (names + descr.)     ${ratio(r.speakers.named)}`,
		`  pronouns, resolved to the person   ${ratio(r.speakers.pronoun)}${r.proxyPronouns ? '  (referent: the nearest named source before it)' : ''}`,
		`  all                                ${ratio(r.speakers.all)}`,
	];
	const classes = new Map<string, Outcome[]>();
	for (const o of r.outcomes) {
		if (o.error && (o.sourceKind || !o.found || o.found.kind !== 'speech')) {
			const key = `${o.sourceKind ?? 'no source'}: ${o.error}`;
			classes.set(key, [...(classes.get(key) ?? []), o]);
		}
	}
	lines.push('', 'error classes, most frequent first');
	for (const [key, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
		lines.push(`  ${String(list.length).padStart(4)}  ${key}`);
		for (const o of list.slice(0, examples)) {
			const text = textOf.get(o.article)!;
			const line = text.slice(0, o.gold.start).split('\n').length;
			const quote = text.slice(o.gold.start, o.gold.end).replace(/\s+/g, ' ').slice(0, 50);
			const found = o.found?.speaker ? `${o.found.speaker.text} → ${o.found.speaker.name ?? 'unresolved'}` : '—';
			lines.push(`          ${o.article.slice(0, 40)}:${line}  “${quote}…”  gold: ${o.gold.attribution.source?.text ?? '—'}${o.referent && o.referent !== o.gold.attribution.source?.text ? ` = ${o.referent}` : ''}  found: ${found}`);
		}
	}
	if (r.falseExamples.length) {
		lines.push('', 'false quotes, first few');
		for (const f of r.falseExamples.slice(0, Math.max(examples, 5))) {
			lines.push(`          ${f.article.slice(0, 40)}  “${f.text.replace(/\s+/g, ' ').slice(0, 60)}”`);
		}
	}
	return lines.join('\n');
}

main();
