/**
 * Cross-source matching on real news: BASIL (launchnlp/BASIL), triplets of New York Times, Fox
 * News and HuffPost articles on one event, with the statements they share annotated by hand for
 * Misquote (eval/annotations/basil/*.json: offsets, kinds and the first words of each span).
 *
 *   npm run eval:basil -- <BASIL checkout or git dir> [--examples N] [--json] [--texts <folder>] [--show <uuid prefix>]
 *
 * Rebuilds each article's text from the dataset (its title, a blank line, then its paragraphs,
 * each paragraph's sentences joined by a space, paragraphs by a blank line), checks that the
 * annotated spans read as annotated, runs the engine and the cross-source index on each triplet
 * and prints link precision and recall, look-alikes linked, and how often the kind of difference
 * is right. `--texts` writes the rebuilt texts to a folder, for annotating; `--show` prints the
 * groups Misquote makes of one triplet, to see why a figure is what it is.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpusIndex, createEngine } from '../server/src/engine';
import { createNlp } from '../server/src/nlp';
import { fail, openDataset, parseEvalArgs } from './dataset';
import { checkOffsets, KINDS, score, type BasilResult, type TripletAnnotation, type TripletRun } from './basilScore';

const USAGE = `Usage: npm run eval:basil -- <BASIL checkout or git dir> [--examples N] [--json] [--texts <folder>] [--show <uuid prefix>]

Scores Misquote's grouping of quotations across outlets against the hand-annotated BASIL
triplets in eval/annotations/basil/.`;

const ANNOTATIONS = join(__dirname, '..', '..', 'eval', 'annotations', 'basil');

/** A BASIL article as its JSON file has it (the fields used here). */
interface BasilArticle {
	title: string;
	source: string;
	'body-paragraphs': string[][];
}

/** The article's text as Misquote reads it: the title, then its paragraphs. */
export function articleText(article: BasilArticle): string {
	return `${article.title}\n\n${article['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}\n`;
}

function main(): void {
	const { root, options } = parseEvalArgs(process.argv.slice(2), USAGE, ['examples', 'json', 'texts', 'show']);
	let dataset;
	try {
		dataset = openDataset(root);
	} catch (error) {
		fail((error as Error).message);
	}
	const annotations = readdirSync(ANNOTATIONS)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(ANNOTATIONS, f), 'utf8')) as TripletAnnotation);
	const paths = annotations.flatMap((a) => [1, 2, 3].map((n) => `${a.triplet}_${n}.json`));
	const files = dataset.readAll(paths);
	const missing = paths.filter((_p, i) => files[i] === undefined);
	if (missing.length) {
		fail(`${root}: ${missing.length} annotated articles are not here (first: ${missing[0]}); give a BASIL checkout or git directory`);
	}
	const engine = createEngine({ nlp: createNlp(), logger: { warn: (m) => process.stderr.write(`${m}\n`) } });
	const runs: TripletRun[] = [];
	const problems: string[] = [];
	annotations.forEach((annotation, t) => {
		const articles: TripletRun['articles'] = new Map();
		const index = createCorpusIndex();
		for (const n of [1, 2, 3]) {
			const json = JSON.parse(files[3 * t + n - 1]!) as BasilArticle;
			const text = articleText(json);
			const id = `${annotation.triplet.split('/').pop()}_${n}.${json.source.toLowerCase()}`;
			const quotes = engine.extract(text).quotes;
			articles.set(n, { id, text, quotes });
			index.update({ id, quotes });
		}
		problems.push(...checkOffsets(annotation, new Map([...articles].map(([n, a]) => [n, a.text]))));
		runs.push({ annotation, articles, groups: index.groups() });
	});
	if (options.has('texts')) {
		const out = options.get('texts')!;
		for (const run of runs) {
			const dir = join(out, run.annotation.triplet.split('/').pop()!);
			mkdirSync(dir, { recursive: true });
			for (const a of run.articles.values()) {
				writeFileSync(join(dir, `${a.id}.txt`), a.text);
			}
		}
	}
	if (problems.length) {
		fail(`The rebuilt texts do not match the annotations (another BASIL version?):\n${problems.slice(0, 10).join('\n')}`);
	}
	const show = options.get('show');
	if (show) {
		for (const run of runs.filter((r) => r.annotation.triplet.split('/').pop()!.startsWith(show))) {
			process.stdout.write(showGroups(run) + '\n');
		}
		return;
	}
	const result = score(runs);
	if (options.has('json')) {
		const { missed: _m, wrong: _w, linkedLookalikes: _l, kinds, ...figures } = result;
		process.stdout.write(JSON.stringify({ ...figures, kindsRight: kinds.filter((k) => k.found === k.gold).length, kindsTotal: kinds.length }, null, 2) + '\n');
		return;
	}
	process.stdout.write(render(result, Number(options.get('examples') ?? 5)) + '\n');
}

function render(r: BasilResult, examples: number): string {
	const p = r.links.found ? r.links.right / r.links.found : 1;
	const rc = r.links.gold ? r.links.right / r.links.gold : 1;
	const kindsRight = r.kinds.filter((k) => k.found === k.gold).length;
	const lines = [
		`BASIL: ${r.triplets} triplets, ${r.statements} statements quoted by two outlets or more, ${r.links.gold} links between their versions`,
		'',
		`links      precision ${p.toFixed(3)} (${r.links.right} of ${r.links.found} found)   recall ${rc.toFixed(3)} (${r.links.right} of ${r.links.gold})`,
		`look-alikes linked   ${r.lookalikes.linked} of ${r.lookalikes.total}`,
		`kind right           ${kindsRight} of ${r.kinds.length} statements (${(kindsRight / Math.max(1, r.kinds.length)).toFixed(3)}); ${r.versionKinds.right} of ${r.versionKinds.total} versions`,
		'',
		'kinds: annotated (rows) and found (columns; - for not grouped)',
		`  ${''.padEnd(12)}${[...KINDS, '-'].map((k) => k.slice(0, 5).padStart(7)).join('')}`,
	];
	for (const gold of KINDS) {
		const row = r.kinds.filter((k) => k.gold === gold);
		if (row.length) {
			lines.push(`  ${gold.padEnd(12)}${[...KINDS, null].map((f) => String(row.filter((k) => k.found === f).length).padStart(7)).join('')}`);
		}
	}
	const list = (title: string, items: string[]) => {
		if (items.length && examples > 0) {
			lines.push('', `${title} (${items.length}), first ${Math.min(examples, items.length)}`);
			lines.push(...items.slice(0, examples).map((s) => `  ${s}`));
		}
	};
	list('look-alikes linked', r.linkedLookalikes.map((l) => `${l.a}\n    ~ ${l.b}\n    (${l.why})`));
	list('links found that are wrong', r.wrong.map((l) => `${l.a}\n    ~ ${l.b}`));
	list('links missed', r.missed.map((l) => `${l.a}\n    ~ ${l.b}`));
	list('kinds wrong', r.kinds.filter((k) => k.found !== k.gold).map((k) => `${k.triplet.split('/').pop()!.slice(0, 8)} ${k.statement}: ${k.gold} found as ${k.found ?? 'not grouped'}  “${k.text}”`));
	return lines.join('\n');
}

/** A triplet's quotations with their speakers, then its groups, member by member. */
function showGroups(run: TripletRun): string {
	const lines: string[] = [run.annotation.triplet];
	for (const a of run.articles.values()) {
		lines.push(`  ${a.id}`);
		for (const q of a.quotes) {
			lines.push(`    ${q.id} ${q.kind}${q.headline ? ' headline' : ''} ${q.speaker ? `${q.speaker.text} → ${q.speaker.name ?? '?'}` : '—'}: “${q.text.replace(/\s+/g, ' ').slice(0, 90)}”`);
		}
	}
	for (const g of run.groups) {
		lines.push(`  group ${g.id} ${g.kind} speaker=${g.speaker?.name ?? '—'}: “${g.text.slice(0, 100)}”`);
		for (const m of g.members) {
			const text = run.articles.get(Number([...run.articles].find(([, a]) => a.id === m.document)![0]))!.text;
			lines.push(`    ${m === g.canonical ? '*' : '-'} ${m.document.split('_').pop()}#${m.quote.id} ${m.kind} ${m.speaker?.name ?? '—'}${m.headline ? ' headline' : ''}: “${text.slice(m.start, m.end).replace(/\s+/g, ' ').slice(0, 90)}”`);
			for (const c of m.changes) {
				lines.push(`        ${c.op} “${c.from}” → “${c.to}”`);
			}
		}
	}
	return lines.join('\n');
}

main();
