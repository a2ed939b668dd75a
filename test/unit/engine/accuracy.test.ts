/**
 * Accuracy on the hand-annotated sample articles: quotation precision, recall and F1 (exact
 * spans), and speaker accuracy. Prints a table; fails under the targets (F1 0.99, speakers 95%).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { engine } from '../../helpers/engine';
import { fixturesDir } from '../../helpers/fixtures';
import type { Quote } from '../../../server/src/engine';

interface GoldQuote {
	text: string;
	speaker: string[] | null;
	type: string;
	cue: string | null;
	kind: string;
	partial: boolean;
}

const normalise = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’']/g, "'")
		.replace(/^the\s+/, '')
		.trim();

test('finds every quotation of the sample articles, with the right speakers', () => {
	const gold = JSON.parse(readFileSync(join(fixturesDir, 'seeds.gold.json'), 'utf8')) as Record<string, GoldQuote[]>;
	const files = readdirSync(join(fixturesDir, 'seeds')).filter((f) => f.endsWith('.txt'));
	assert.deepEqual(files.sort(), Object.keys(gold).sort(), 'every sample article is annotated');

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
		const quotes = engine().extract(readFileSync(join(fixturesDir, 'seeds', file), 'utf8')).quotes;
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
	const precision = matched / found;
	const recall = matched / expected;
	const f1 = (2 * precision * recall) / (precision + recall);
	const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
	console.log(
		[
			`sample articles: ${files.length}, quotations annotated: ${expected}, found: ${found}`,
			`quotations  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
			`speakers    ${speakersRight}/${speakersJudged} right (${pct(speakersRight, speakersJudged)})`,
			`kind ${pct(kindsRight, matched)}  partial ${pct(partialRight, matched)}  cue ${pct(cuesRight, matched)}`,
			...misses.map((m) => `  - ${m}`),
		].join('\n'),
	);
	assert.ok(f1 >= 0.99, `quotation F1 ${f1.toFixed(3)} is under 0.99`);
	assert.ok(speakersRight / speakersJudged >= 0.95, `speaker accuracy ${pct(speakersRight, speakersJudged)} is under 95%`);
});
