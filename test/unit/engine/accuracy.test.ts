/**
 * Accuracy on hand-annotated articles: quotation precision, recall and F1 (exact spans) and
 * speaker accuracy, printed as a table. The sample articles must meet the targets (F1 0.99,
 * speakers 95%); the held-out articles, never tuned on, guard against rules fitted to the
 * samples alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { engine } from '../../helpers/engine';
import { fixturesDir } from '../../helpers/fixtures';
import { formatScore, readGold, score } from '../../helpers/score';

test('sample articles: every quotation found, with the right speakers', () => {
	const gold = readGold(join(fixturesDir, 'seeds.gold.json'));
	const files = readdirSync(join(fixturesDir, 'seeds')).filter((f) => f.endsWith('.txt'));
	assert.deepEqual(files.sort(), Object.keys(gold).sort(), 'every sample article is annotated');
	const s = score(engine(), join(fixturesDir, 'seeds'), gold);
	console.log(formatScore('sample articles', s));
	assert.ok(s.f1 >= 0.99, `quotation F1 ${s.f1.toFixed(3)} is under 0.99`);
	assert.ok(s.speakersRight / s.speakersJudged >= 0.95, `speaker accuracy is under 95%`);
});

test('held-out articles: quotations and speakers on text the engine was not tuned on', () => {
	const gold = readGold(join(fixturesDir, 'holdout.gold.json'));
	const s = score(engine(), join(fixturesDir, 'holdout'), gold);
	console.log(formatScore('held-out articles', s));
	assert.equal(s.files, Object.keys(gold).length, 'every held-out article is there');
	assert.ok(s.f1 >= 0.95, `quotation F1 ${s.f1.toFixed(3)} is under 0.95`);
	assert.ok(s.speakersRight / s.speakersJudged >= 0.9, `speaker accuracy is under 90%`);
});

test('unseen articles: annotated apart and never used to tune the engine', () => {
	const gold = readGold(join(fixturesDir, 'unseen.gold.json'));
	const s = score(engine(), join(fixturesDir, 'unseen'), gold);
	console.log(formatScore('unseen articles', s));
	assert.equal(s.files, Object.keys(gold).length, 'every unseen article is there');
	// A floor, not a target: it catches a collapse, and the printed figures are the measure.
	assert.ok(s.f1 >= 0.9, `quotation F1 ${s.f1.toFixed(3)} is under 0.9`);
	assert.ok(s.speakersRight / s.speakersJudged >= 0.7, `speaker accuracy is under 70%`);
});
