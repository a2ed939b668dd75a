/**
 * The five sample articles on Amazon's TikTok email (July 2020): the statements that several
 * outlets quote, each as one group, and the quotes no other outlet shares, each alone.
 */
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpusIndex } from '../../../server/src/engine/matching';
import { fixturesDir } from '../../helpers/fixtures';
import { Corpus, documentsOf, each, fold, member, others, show, words } from './support';

const SEEDS = join(fixturesDir, 'seeds');
const AMN = 'amn-nydailynews.txt';
const DAILY_MAIL = 'dailymail.txt';
const FOX = 'foxbusiness.txt';
const NIKKEI = 'nikkei.txt';
const VARIETY = 'variety.txt';

describe('the sample articles', () => {
	let c: Corpus;

	before(() => {
		c = new Corpus();
		const files = readdirSync(SEEDS)
			.filter((f) => f.endsWith('.txt'))
			.sort();
		assert.deepEqual(files, [AMN, DAILY_MAIL, FOX, NIKKEI, VARIETY]);
		for (const f of files) {
			c.add(f, readFileSync(join(SEEDS, f), 'utf8'));
		}
	});

	test('Amazon’s “sent in error” statement is one group across all five outlets, whole or interrupted', () => {
		const g = c.sameGroup(
			[AMN, 'This morning’s email'],
			[DAILY_MAIL, 'This morning’s email'],
			[DAILY_MAIL, 'There is no change to our policies'],
			[FOX, 'This morning’s email'],
			[NIKKEI, 'this morning’s email'],
			[VARIETY, 'This morning’s email'],
			[VARIETY, 'There is no change to our policies'],
		);
		assert.deepEqual(documentsOf(g), [AMN, DAILY_MAIL, FOX, NIKKEI, VARIETY]);
		assert.equal(g.documents, 5);
		assert.ok(g.speaker, show(g));
		assert.equal(g.speaker.name, 'Amazon');
		assert.equal(g.speaker.type, 'organisation');
		assert.ok(
			g.members.every((m) => !fold(m.quote.text).includes('due to security risks')),
			`the earlier memo is another statement:\n${show(g)}`,
		);
		assert.notEqual(g.kind, 'speaker', `“Amazon”, “an Amazon spokesperson” and “an Amazon spokesman” are one speaker:\n${show(g)}`);
		// The whole statement is canonical; an interrupted version's parts together give all of
		// it ("…in error," they said. "There is…"), never a cut.
		assert.match(g.canonical.quote.text, /sent in error\. There is no change/i, show(g));
		assert.equal(member(g, DAILY_MAIL, 'This morning’s email').kind, 'identical', show(g));
		assert.equal(member(g, VARIETY, 'There is no change').kind, 'identical', show(g));
		assert.deepEqual(member(g, VARIETY, 'There is no change').changes, []);
		// Nikkei's lower-case "this morning's" is a difference of case, and its straight apostrophe of typography.
		assert.equal(member(g, NIKKEI, 'this morning’s email').kind, 'punctuation', show(g));
	});

	test('Amazon’s earlier memo is a group of its own', () => {
		const memo = c.sameGroup(
			[AMN, 'Due to security risks'],
			[NIKKEI, 'Due to security risks'],
			[VARIETY, 'Due to security risks'],
		);
		const retraction = c.group(AMN, 'This morning’s email');
		assert.notEqual(memo.id, retraction.id);
		assert.equal(memo.speaker?.name, 'Amazon');
	});

	test('TikTok’s “tens of millions of Americans” and “hundreds of millions of people” are one reworded statement', () => {
		const g = c.sameGroup(
			[DAILY_MAIL, 'tens of millions of Americans'],
			[VARIETY, 'tens of millions of Americans'],
			[NIKKEI, 'hundreds of millions of people'],
		);
		assert.equal(g.kind, 'wording', show(g));
		assert.equal(g.severity, 'high');
		assert.equal(g.speaker?.name, 'TikTok');
		const figures = g.members.flatMap((m) => m.changes).filter((ch) => {
			const both = `${words(ch.from)} | ${words(ch.to)}`;
			return ch.number && both.includes('tens') && both.includes('hundreds');
		});
		assert.ok(figures.length > 0, `no number change between “tens” and “hundreds”:\n${show(g)}`);
	});

	test('Variety’s two sentences in one span are a version of each: “While Amazon …”, quoted the same by all five, is not reworded', () => {
		const reworded = c.group(NIKKEI, 'hundreds of millions of people');
		const groups = c.index.groupsOfQuote(VARIETY, c.quote(VARIETY, 'While Amazon').id);
		assert.equal(groups.length, 2, groups.map(show).join('\n'));
		const whileAmazon = groups.find((g) => g.id !== reworded.id)!;
		assert.deepEqual(documentsOf(whileAmazon), [AMN, DAILY_MAIL, FOX, NIKKEI, VARIETY]);
		assert.match(whileAmazon.text, /^While Amazon did not communicate/);
		assert.doesNotMatch(whileAmazon.text, /tens of millions/);
		// Every outlet quotes the sentence whole: commas and full stops at most, never other words.
		assert.ok(whileAmazon.members.every((m) => m.kind === 'identical' || m.kind === 'punctuation'), show(whileAmazon));
		assert.ok(whileAmazon.members.every((m) => m.changes.length === 0), show(whileAmazon));
		const variety = member(reworded, VARIETY, 'While Amazon');
		const text = readFileSync(join(SEEDS, VARIETY), 'utf8');
		assert.match(text.slice(variety.start, variety.end), /^We’re proud that tens of millions of Americans/);
	});

	test('“User security is of the utmost importance” is one group, and versions differing only in dashes are typography', () => {
		const g = c.sameGroup(...each([DAILY_MAIL, FOX, NIKKEI, VARIETY], 'User security'));
		assert.equal(g.speaker?.name, 'TikTok', show(g));
		// Pairwise, on their own: – (Daily Mail) vs — (Variety), both ending in a full stop;
		// – (Fox) vs -- (Nikkei), both ending in a comma.
		for (const [x, y] of [
			[DAILY_MAIL, VARIETY],
			[FOX, NIKKEI],
		]) {
			const pair = createCorpusIndex();
			for (const id of [x, y]) {
				pair.update({ id, quotes: [c.quote(id, 'User security')] });
			}
			const groups = pair.groups();
			assert.equal(groups.length, 1, `${x} and ${y}`);
			const [other] = others(groups[0]);
			assert.equal(other.kind, 'typography', show(groups[0]));
			assert.equal(groups[0].kind, 'typography');
		}
	});

	test('quotes that no other outlet shares stand alone, and Pompeo is never grouped with Pence', () => {
		c.alone(AMN, 'whole federal government should follow suit'); // Hawley's tweet
		c.alone(NIKKEI, 'political power play'); // Jin Kim
		c.alone(VARIETY, 'There are a lot of politics going on'); // Kevin Mayer
		const pence = c.groupOf(FOX, 'So these entities');
		const pompeo = ['With respect to Chinese apps', 'in front of the President', 'looking into', 'very seriously'];
		for (const phrase of pompeo) {
			c.apart([DAILY_MAIL, phrase], [FOX, 'So these entities']);
		}
		assert.equal(pence, undefined, pence ? show(pence) : '');
	});

	test('every group keeps to one statement: no group holds quotes by both Amazon and TikTok', () => {
		const groups = c.index.groups();
		assert.ok(groups.length >= 4, 'the retraction, the memo and TikTok’s two statements');
		for (const g of groups) {
			const speakers = new Set(g.members.map((m) => m.quote.speaker?.name).filter((n): n is string => !!n));
			assert.ok(!(speakers.has('Amazon') && speakers.has('TikTok')), show(g));
		}
	});
});
