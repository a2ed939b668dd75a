/**
 * Primary sources at the size of a long hearing: a generated transcript of about 30,000 words
 * (three hours of speech, four speakers and questions from the floor) and 100 articles that
 * quote it, ten quotations each, every one planted as the exact words or as a variant of one
 * kind (cut, marked or unmarked elision, a changed word, another speaker's words), among decoys
 * (sentences built from the transcript's words that it never says).
 *
 * Reports the time to read the transcript and check every quotation of the 100 articles (the
 * issue's target: under 3 s on a 2-core machine), the time to re-check one edited article
 * (target: under 50 ms), and how many planted quotations were found at their passage with their
 * kind, and how many decoys were wrongly matched. It never fails on speed: it exits non-zero only
 * when the engine throws.
 *
 * Usage: `npm run bench`, or `node out/bench/primary.js [--missed]` (`--missed` lists the planted
 * quotations not found with their kind).
 */
import { cpus, loadavg } from 'node:os';
import { checkQuotes, createEngine, createPrimaryIndex, readPrimarySource, type DifferenceKind, type Quote } from '../server/src/engine';
import { createNlp } from '../server/src/nlp';
import { Rand } from './random';

const SEED = 0x51ce;
const TRANSCRIPT_WORDS = 30_000;
const ARTICLES = 100;
const QUOTES_PER_ARTICLE = 10;
const EDITS = 50;
const TARGET = { checkSeconds: 3, editMs: 50 };

const rand = new Rand(SEED);
const SPEAKERS = ['SENATOR OKAFOR', 'SECRETARY LINDQVIST', 'MR. HALVORSEN', 'CHAIRWOMAN ABERNATHY'];
const SURNAMES = ['Okafor', 'Lindqvist', 'Halvorsen', 'Abernathy'];
const FIRST = ['Ada', 'Greta', 'Pieter', 'Maren'];
const FUNCTION = 'the a of to and in that we will is for on with as it not be this our by have are from they at'.split(' ');
const SYLLABLES = 'ba be bi bo bu ca ce ci co da de di do fa fe fi ga ge go ha he hi ka ke ko la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zi'.split(' ');
/** A vocabulary of made-up content words: a transcript's names, places and things. */
const CONTENT = Array.from({ length: 3000 }, () => Array.from({ length: rand.int(2, 4) }, () => rand.pick(SYLLABLES)).join(''));

function sentence(): string[] {
	const n = rand.int(9, 22);
	const words = Array.from({ length: n }, () => (rand.chance(0.45) ? rand.pick(FUNCTION) : rand.pick(CONTENT)));
	return words;
}

const cap = (w: string[]) => [w[0][0].toUpperCase() + w[0].slice(1), ...w.slice(1)].join(' ');

interface Turn {
	speaker: number;
	sentences: string[][];
}

/** The transcript: turns of 1–6 sentences, a question from the floor now and then. */
function transcript(): { text: string; turns: Turn[] } {
	const turns: Turn[] = [];
	let words = 0;
	while (words < TRANSCRIPT_WORDS) {
		const speaker = rand.chance(0.1) ? -1 : rand.int(0, SPEAKERS.length - 1);
		const sentences = Array.from({ length: rand.int(1, 6) }, sentence);
		words += sentences.reduce((n, s) => n + s.length, 0);
		turns.push({ speaker, sentences });
	}
	const text = turns.map((t) => `${t.speaker < 0 ? 'Q' : `${SPEAKERS[t.speaker]}:`} ${t.sentences.map((s) => `${cap(s)}.`).join(' ')}`).join('\n\n');
	return { text, turns };
}

type Planted = { kind: DifferenceKind | 'decoy'; words: string; speaker: string; sentence: string };

/** A quotation of one sentence of the transcript, as a variant of `kind`. */
function plant(turns: readonly Turn[]): Planted {
	let turn = rand.pick(turns);
	while (turn.speaker < 0) {
		turn = rand.pick(turns);
	}
	const s = rand.pick(turn.sentences);
	const own = `${FIRST[turn.speaker]} ${SURNAMES[turn.speaker]}`;
	const other = `${FIRST[(turn.speaker + 1) % SURNAMES.length]} ${SURNAMES[(turn.speaker + 1) % SURNAMES.length]}`;
	const kinds: Array<Planted['kind']> = ['identical', 'truncation', 'elision', 'wording', 'speaker', 'decoy'];
	const kind = rand.pick(kinds);
	const w = [...s];
	let words: string[] = w;
	let speaker = own;
	if (kind === 'truncation') {
		words = w.slice(0, Math.max(7, Math.ceil(w.length * 0.7)));
	} else if (kind === 'elision') {
		const at = rand.int(3, w.length - 4);
		words = [...w.slice(0, at), ...(rand.chance(0.5) ? ['…'] : []), ...w.slice(at + 2)];
	} else if (kind === 'wording') {
		const at = rand.int(1, w.length - 2);
		words = [...w.slice(0, at), rand.pick(CONTENT), ...w.slice(at + 1)];
	} else if (kind === 'speaker') {
		speaker = other;
	} else if (kind === 'decoy') {
		words = sentence();
	}
	return { kind, words: `${cap(words)}.`.replace(' ….', '.').replace(/ …/g, ' …'), speaker, sentence: `${cap(s)}.` };
}

function article(planted: readonly Planted[]): string {
	const paragraphs = ['The hearing ran late into the evening, and the committee heard from every witness.'];
	for (const p of planted) {
		paragraphs.push(`“${p.words.replace(/\.$/, ',')}” said ${p.speaker}.`, 'Members of the committee pressed for answers on the budget.');
	}
	return paragraphs.join('\n\n');
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function main(): void {
	console.log(`primary sources: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes slow every figure)`);
	const engine = createEngine({ nlp: createNlp() });
	const { text, turns } = transcript();
	const plantedBy: Planted[][] = Array.from({ length: ARTICLES }, () => Array.from({ length: QUOTES_PER_ARTICLE }, () => plant(turns)));
	const articles = plantedBy.map(article);

	let t0 = performance.now();
	const quotes: Quote[][] = articles.map((a) => engine.extract(a).quotes);
	const extractMs = performance.now() - t0;

	t0 = performance.now();
	const index = createPrimaryIndex();
	const source = readPrimarySource({ id: 'hearing.txt', text });
	index.update(source);
	const readMs = performance.now() - t0;
	t0 = performance.now();
	const results = quotes.map((q) => checkQuotes(index, q));
	const checkMs = performance.now() - t0;

	// How the planted quotations fared.
	const tally = new Map<string, { n: number; found: number; right: number }>();
	articles.forEach((_a, i) => {
		const qs = quotes[i].filter((q) => q.kind === 'speech');
		plantedBy[i].forEach((p, k) => {
			const q = qs[k];
			const r = q && results[i].get(q.id);
			const t = tally.get(p.kind) ?? { n: 0, found: 0, right: 0 };
			t.n++;
			if (process.argv.includes('--missed') && p.kind !== 'decoy' && !(r?.check.found && r.check.match.kind === p.kind)) {
				console.log(`missed ${p.kind}: ${JSON.stringify(q?.text)} ← ${JSON.stringify(p.sentence)} → ${r?.check.found ? `${r.check.match.kind} ${JSON.stringify(r.check.match.text)}` : 'not found'}`);
			}
			if (r?.check.found) {
				t.found++;
				const passage = r.check.match.text;
				if (p.kind !== 'decoy' && passage === p.sentence && r.check.match.kind === p.kind) {
					t.right++;
				}
			}
			tally.set(p.kind, t);
		});
	});

	const words = source.words.length;
	console.log(`  transcript: ${words.toLocaleString('en')} words, ${source.turns.length - 1} turns; ${ARTICLES} articles, ${quotes.flat().length} quotations`);
	console.log(`  extraction of the articles' quotations: ${(extractMs / 1000).toFixed(2)} s (the engine's, as for any article)`);
	const total = (readMs + checkMs) / 1000;
	console.log(`  read and index the transcript ${readMs.toFixed(0)} ms, check every quotation ${checkMs.toFixed(0)} ms: ${total.toFixed(2)} s, ${(total / TARGET.checkSeconds).toFixed(2)}× the ${TARGET.checkSeconds} s target`);
	console.log(`  with extraction: ${((extractMs + readMs + checkMs) / 1000).toFixed(2)} s, ${((extractMs + readMs + checkMs) / 1000 / TARGET.checkSeconds).toFixed(2)}× the target`);

	// An edit: one article changed, its quotations extracted and checked again.
	const checks: number[] = [];
	const whole: number[] = [];
	for (let e = 0; e < EDITS; e++) {
		const i = e % ARTICLES;
		const edited = articles[i].replace('ran late', e % 2 ? 'ran very late' : 'ran late');
		const t1 = performance.now();
		const q = engine.extract(edited).quotes;
		const t2 = performance.now();
		checkQuotes(index, q);
		const t3 = performance.now();
		checks.push(t3 - t2);
		whole.push(t3 - t1);
	}
	console.log(`  an edit re-checked: ${median(checks).toFixed(1)} ms against the primary sources (${(median(checks) / TARGET.editMs).toFixed(2)}× the ${TARGET.editMs} ms target), ${median(whole).toFixed(1)} ms with its extraction (medians of ${EDITS})`);

	console.log('  planted quotations: kind, found, found at their sentence with their kind');
	for (const [kind, t] of [...tally].sort()) {
		const right = kind === 'decoy' ? `${t.found} wrongly matched` : `${t.right} right`;
		console.log(`    ${kind.padEnd(11)} ${String(t.n).padStart(4)}  found ${String(t.found).padStart(4)}  ${right}`);
	}
}

main();
