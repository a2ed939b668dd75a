/**
 * What kind of quotation each one is: someone's speech, a term in scare quotes, or a title;
 * and whether speech is a fragment worked into the reporter's sentence.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines, quotesOf, onlyQuote } from '../../helpers/engine';

describe('kinds: terms', () => {
	test('so-called “woke” is a term', () => {
		const q = onlyQuote('Odum railed against the so-called “woke” agenda in a speech to farmers.');
		assert.equal(q.text, 'woke');
		assert.equal(q.kind, 'term');
	});

	test('what critics dubbed “the land grab” is a term', () => {
		const q = onlyQuote('Residents fought what critics dubbed “the land grab” for three years.');
		assert.equal(q.text, 'the land grab');
		assert.equal(q.kind, 'term');
	});

	test('a nickname in quotes is a term', () => {
		const q = onlyQuote('Locals call the new footbridge “the Zipper.”');
		assert.equal(q.kind, 'term');
	});

	test('straight scare quotes are a term', () => {
		const q = onlyQuote('The "temporary" parking levy has now been in force for twelve years.');
		assert.equal(q.text, 'temporary');
		assert.equal(q.kind, 'term');
	});
});

describe('kinds: titles', () => {
	test('appeared on “Show” is a title', () => {
		const q = onlyQuote('Hutchins appeared on “Sunrise Desk” on Monday to defend the bill.');
		assert.equal(q.text, 'Sunrise Desk');
		assert.equal(q.kind, 'title');
	});

	test('his book “…” is a title', () => {
		const q = onlyQuote('Marsh describes the expedition in his book “The Salt Road,” published in 2021.');
		assert.match(q.text, /^The Salt Road/);
		assert.equal(q.kind, 'title');
	});

	test('a film title in straight quotes is a title', () => {
		const q = onlyQuote('The film "Dust and Iron" opens in cinemas across the region on Friday.');
		assert.equal(q.text, 'Dust and Iron');
		assert.equal(q.kind, 'title');
	});
});

describe('kinds: speech, whole or partial', () => {
	test('the company cited “…”: partial speech by the company', () => {
		const text = joinLines(
			'Brightwell Logistics told its drivers on Monday to delete the app from their work phones.',
			'',
			'In the memo, the company cited “safety concerns” but gave no details.',
		);
		const q = onlyQuote(text);
		assert.equal(q.text, 'safety concerns');
		assert.equal(q.kind, 'speech');
		assert.equal(q.partial, true);
		assert.equal(q.cue?.text, 'cited');
		assert.equal(q.speaker?.name, 'Brightwell Logistics');
		assert.equal(q.speaker?.type, 'organisation');
	});

	test('Name said that “…”: partial speech', () => {
		const q = onlyQuote(
			'Mayor Rosa Delgado said that “no family will be left without heat this winter.”',
		);
		assert.equal(q.kind, 'speech');
		assert.equal(q.partial, true);
		assert.equal(q.speaker?.name, 'Rosa Delgado');
		assert.equal(q.cue?.text, 'said');
	});

	test('the speaker’s own words worked into the sentence: partial speech', () => {
		const q = onlyQuote(
			'Pia Stern described the flood as “the worst night of my life” and thanked the volunteers.',
		);
		assert.equal(q.text, 'the worst night of my life');
		assert.equal(q.kind, 'speech');
		assert.equal(q.partial, true);
		assert.equal(q.speaker?.name, 'Pia Stern');
	});

	test('a full-sentence quote with attribution is not partial', () => {
		const q = onlyQuote(
			'“No family will be left without heat this winter,” Mayor Rosa Delgado said.',
		);
		assert.equal(q.kind, 'speech');
		assert.equal(q.partial, false);
		assert.equal(q.speaker?.name, 'Rosa Delgado');
	});

	test('a one-word quote with a cue is still speech', () => {
		const text = joinLines(
			'Reporters asked Minister Karl Odum whether he would resign.',
			'',
			'“No,” he said, and walked away.',
		);
		const q = onlyQuote(text);
		assert.equal(q.text, 'No,');
		assert.equal(q.kind, 'speech');
		assert.equal(q.partial, false);
		assert.equal(q.speaker?.name, 'Karl Odum');
	});

	test('a term and a speech quote in one sentence each get their own kind', () => {
		const text = joinLines(
			'Finance Minister Karl Odum defended the new visa scheme on Friday.',
			'',
			'Under the so-called “blue card” rules, Odum said: “Every applicant will be seen within a week.”',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		assert.equal(quotes[0].text, 'blue card');
		assert.equal(quotes[0].kind, 'term');
		assert.equal(quotes[1].kind, 'speech');
		assert.equal(quotes[1].partial, false);
		assert.equal(quotes[1].speaker?.name, 'Karl Odum');
	});

	test('words called “…” by a speaker stay speech where the reporter mentions them again as a term', () => {
		const text = joinLines(
			'Mayor Dana Whitlock spent the night posting on social media.',
			'',
			'In one post she called the council’s budget a “rolling disaster.”',
			'',
			'The so-called “rolling disaster” post was deleted an hour later.',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		assert.equal(quotes[0].kind, 'speech');
		assert.equal(quotes[0].speaker?.name, 'Dana Whitlock');
		assert.equal(quotes[1].kind, 'term');
	});

	test('a title-case headline Name: … ‘…’ … is speech by Name', () => {
		const text = joinLines(
			"Clara Voss: Brother Is 'Flat Wrong' On Pension Reform",
			'',
			'Clara Voss has broken her silence on her brother’s campaign.',
		);
		const q = onlyQuote(text);
		assert.equal(q.text, 'Flat Wrong');
		assert.equal(q.kind, 'speech');
		assert.equal(q.headline, true);
		assert.equal(q.speaker?.name, 'Clara Voss');
	});
});
