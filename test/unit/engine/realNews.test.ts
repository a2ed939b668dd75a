/**
 * Attribution failures seen on real news (PolNeAR, BASIL), each pinned with sentences of our own:
 * the pattern, not the article.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines, quoteWith, quotesOf, speakerOf } from '../../helpers/engine';

describe('real news: long source phrases', () => {
	test('“Rep. Tom Ford of Iowa” is Tom Ford, from Iowa; a later “Ford” is him', () => {
		const quotes = quotesOf(
			joinLines(
				'Rep. Tom Ford of Iowa said the bill would pass. “We have the votes,” he said.',
				'',
				'“It is done,” Ford said on Friday.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'the votes')).name, 'Tom Ford');
		assert.equal(speakerOf(quoteWith(quotes, 'It is done')).name, 'Tom Ford');
	});

	test('“the United Workers of Ohio” stays a whole organisation, no person cut from it', () => {
		const quotes = quotesOf('Dana Reyes, president of the United Workers of Ohio, spoke first. “We will strike,” the United Workers of Ohio said.');
		const s = speakerOf(quoteWith(quotes, 'We will strike'));
		assert.equal(s.name, 'United Workers of Ohio');
		assert.equal(s.type, 'organisation');
	});

	test('“Gull Line’s Priya Natt”: the person, not an organisation named with a possessive', () => {
		const quotes = quotesOf('Gull Line’s Priya Natt was firm: “The ferry will stop running on Sundays.”');
		const s = speakerOf(quoteWith(quotes, 'ferry will stop'));
		assert.equal(s.name, 'Priya Natt');
		assert.equal(s.type, 'person');
	});
});
