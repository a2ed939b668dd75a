import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine, Quote } from '../../server/src/engine';

/** One hand-annotated quotation (see test/fixtures/*.gold.json). */
export interface GoldQuote {
	text: string;
	speaker: string[] | null;
	type: string;
	cue: string | null;
	kind: string;
	partial: boolean;
}

/** How the engine did on an annotated set of articles. */
export interface Score {
	files: number;
	expected: number;
	found: number;
	precision: number;
	recall: number;
	f1: number;
	speakersRight: number;
	speakersJudged: number;
	/** Agreement on kind, partial and cue, over the quotations found. */
	kind: number;
	partial: number;
	cue: number;
	misses: string[];
}

const normalise = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’']/g, "'")
		.replace(/^the\s+/, '')
		.trim();

/**
 * Scores `engine` on the articles in `dir` against `gold` (file name → quotations in order).
 * A quotation counts as found when its text is exactly the annotated one; a speaker is right
 * when its resolved name is one of the annotated names (or both are null).
 */
export function score(engine: Engine, dir: string, gold: Record<string, GoldQuote[]>): Score {
	const files = readdirSync(dir).filter((f) => f in gold);
	let found = 0;
	let expected = 0;
	let matched = 0;
	let speakersRight = 0;
	let speakersJudged = 0;
	let kindsRight = 0;
	let partialRight = 0;
	let cuesRight = 0;
	const misses: string[] = [];
	for (const file of files) {
		const quotes = engine.extract(readFileSync(join(dir, file), 'utf8')).quotes;
		const unused = new Set<Quote>(quotes);
		found += quotes.length;
		for (const g of gold[file]) {
			expected++;
			const q = [...unused].find((c) => c.text === g.text);
			if (!q) {
				misses.push(`${file}: not found: «${g.text.slice(0, 60)}»`);
				continue;
			}
			unused.delete(q);
			matched++;
			kindsRight += Number(q.kind === g.kind);
			partialRight += Number(q.partial === g.partial);
			cuesRight += Number((q.cue?.text.toLowerCase() ?? null) === g.cue);
			if (g.kind !== 'speech') {
				if (q.kind === 'speech') {
					misses.push(`${file}: «${g.text.slice(0, 40)}» is a ${g.kind}, found as speech`);
				}
				continue;
			}
			speakersJudged++;
			const name = q.speaker?.name ?? null;
			const right = g.speaker === null ? name === null : name !== null && g.speaker.map(normalise).includes(normalise(name));
			speakersRight += Number(right);
			if (!right) {
				misses.push(`${file}: speaker of «${g.text.slice(0, 40)}»: ${name} (${q.speaker?.text}), expected ${g.speaker?.join(' | ')}`);
			}
		}
		for (const extra of unused) {
			misses.push(`${file}: extra quote: «${extra.text.slice(0, 60)}»`);
		}
	}
	const precision = found ? matched / found : 0;
	const recall = expected ? matched / expected : 0;
	return {
		files: files.length,
		expected,
		found,
		precision,
		recall,
		f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
		speakersRight,
		speakersJudged,
		kind: kindsRight / matched,
		partial: partialRight / matched,
		cue: cuesRight / matched,
		misses,
	};
}

/** The score as a short readable report. */
export function formatScore(name: string, s: Score): string {
	const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
	return [
		`${name}: ${s.files} articles, quotations annotated: ${s.expected}, found: ${s.found}`,
		`quotations  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`,
		`speakers    ${s.speakersRight}/${s.speakersJudged} right (${pct(s.speakersRight / s.speakersJudged)})`,
		`kind ${pct(s.kind)}  partial ${pct(s.partial)}  cue ${pct(s.cue)}`,
		...s.misses.map((m) => `  - ${m}`),
	].join('\n');
}

/** Reads a gold file from test/fixtures. */
export function readGold(path: string): Record<string, GoldQuote[]> {
	return JSON.parse(readFileSync(path, 'utf8')) as Record<string, GoldQuote[]>;
}
