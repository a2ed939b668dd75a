/**
 * Primary sources read as their speakers' words (statements, tweets, releases, transcripts,
 * captions), and quotations checked against them. Every text here is written for these tests.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkQuotes, createPrimaryIndex, partDifference, readPrimarySource, type PrimaryInput, type PrimaryMatch, type QuoteCheck } from '../../../server/src/engine';
import { joinLines, quotesOf } from '../../helpers/engine';

const TWEET = joinLines(
	'— Donald J. Trump (@realDonaldTrump) November 17, 2020',
	'We will not allow TikTok to operate in the United States until such time as it is safe for our citizens. The deal must protect American data!',
);

/** A statement sent to reporters that shares many of the tweet's words but is another text. */
const STATEMENT_TO_REPORTERS = 'TikTok will not operate in the United States while it is unsafe for Americans.';

const BRIEFING = joinLines(
	'Remarks by President Trump in a Press Briefing',
	'',
	'THE PRESIDENT: Thank you very much. We had a tremendous week on the economy. The numbers are the best they have ever been, and we are going to keep it that way.',
	'',
	'Q Mr. President, will the tariffs on steel stay in place through the end of the year?',
	'',
	'THE PRESIDENT: They will stay as long as they are needed. We are protecting our workers and nobody is going to take advantage of this country again.',
);

const ARGUMENT = joinLines(
	'CHIEF JUSTICE ROBERTS: We will hear argument next in the harbour dredging case. Mr. Okafor.',
	'',
	'MR. OKAFOR: Mr. Chief Justice, and may it please the Court: the statute gives the agency no power to close the harbour without a hearing.',
	'',
	'JUSTICE GINSBURG: But the agency held a hearing in March, and the shipowners chose not to attend it.',
	'',
	'MR. OKAFOR: A notice posted on a closed office door is not a hearing, Justice Ginsburg.',
);

const RELEASE = joinLines(
	'FOR IMMEDIATE RELEASE',
	'',
	'Brennick Health Board opens the harbour clinic',
	'',
	'The Brennick Health Board today opened the new clinic on Harbour Road, two months ahead of schedule and under budget.',
	'',
	'“Families on the harbour will no longer drive an hour to see a nurse,” said Ines Ward, the chair of the Brennick Health Board.',
);

const VTT = joinLines(
	'WEBVTT',
	'',
	'1',
	'00:00:01.000 --> 00:00:04.000',
	'<v Mayor Tom Hale>We will rebuild the library on Mill Street,',
	'',
	'2',
	'00:00:04.000 --> 00:00:07.500',
	'and it will be bigger than the building we lost.',
	'',
	'00:00:07.500 --> 00:00:10.000',
	'The money is already in the bank.',
);

const SRT = joinLines(
	'1',
	'00:00:01,000 --> 00:00:04,000',
	'We will rebuild the library on Mill Street,',
	'',
	'2',
	'00:00:04,000 --> 00:00:07,500',
	'and it will be bigger than the building',
	'we lost.',
);

/** Checks every quotation of `article` against `sources`; returns results by quoted words. */
function checkArticle(article: string, sources: PrimaryInput[]): Array<{ text: string; speaker: string | null; result: QuoteCheck }> {
	const index = createPrimaryIndex();
	for (const s of sources) {
		index.update(readPrimarySource({ ...s, quotes: s.quotes ?? quotesOf(s.text) }));
	}
	const quotes = quotesOf(article);
	const results = checkQuotes(index, quotes);
	return quotes.filter((q) => results.has(q.id)).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, result: results.get(q.id)! }));
}

function matchFor(checked: ReturnType<typeof checkArticle>, words: string): PrimaryMatch {
	const found = checked.find((c) => c.text.includes(words));
	assert.ok(found, `no quotation with “${words}” in ${JSON.stringify(checked.map((c) => c.text))}`);
	assert.ok(found.result.check.found, `“${words}” was not found in the primary source`);
	return found.result.check.match;
}

function notFound(checked: ReturnType<typeof checkArticle>, words: string): string[] {
	const found = checked.find((c) => c.text.includes(words));
	assert.ok(found, `no quotation with “${words}”`);
	assert.equal(found.result.check.found, false, `“${words}” was matched: ${JSON.stringify(found.result.check)}`);
	return (found.result.check as { ownSources: string[] }).ownSources;
}

describe('reading primary sources', () => {
	test('a tweet: the signature line names the speaker and the date, and is nobody’s words', () => {
		const source = readPrimarySource({ id: 'trump-tweet.txt', text: TWEET });
		assert.equal(source.shape, 'statement');
		assert.equal(source.speaker, 'Donald J. Trump');
		assert.equal(source.description, 'tweets of 17 Nov');
		assert.equal(source.words[0].norm, 'we');
		assert.equal(source.words[0].start, TWEET.indexOf('We will'));
		assert.ok(!source.words.some((w) => w.norm === 'realdonaldtrump'));
	});

	test('a statement: the speaker from the host wins over a header; a header names it otherwise', () => {
		const text = joinLines('Statement by TikTok on the proposed ban', '', 'We are disappointed by the decision and will fight it in court.');
		assert.equal(readPrimarySource({ id: 's.txt', text }).speaker, 'TikTok');
		assert.equal(readPrimarySource({ id: 's.txt', text }).description, 'statement');
		assert.equal(readPrimarySource({ id: 's.txt', text, speaker: 'ByteDance' }).speaker, 'ByteDance');
		assert.equal(readPrimarySource({ id: 's.txt', text }).words[0].start, text.indexOf('We are'));
	});

	test('front matter: speaker, description and date', () => {
		const text = joinLines('---', 'speaker: Ines Ward', 'description: letter to the council', 'date: March 3, 2024', '---', 'Dear members, the clinic will open in May.');
		const source = readPrimarySource({ id: 'letter.md', text });
		assert.equal(source.speaker, 'Ines Ward');
		assert.equal(source.description, 'letter to the council of 3 Mar');
		assert.equal(source.words[0].norm, 'dear');
	});

	test('front matter a Markdown reader left out of its text is read from the file', () => {
		const file = joinLines('---', 'speaker: Ines Ward', '---', '', 'Dear members, the clinic will open in May.');
		const source = readPrimarySource({ id: 'letter.md', text: 'Dear members, the clinic will open in May.', file });
		assert.equal(source.speaker, 'Ines Ward');
		assert.equal(source.words[0].norm, 'dear');
	});

	test('a transcript: each labelled turn is its speaker’s, labels are not words', () => {
		const source = readPrimarySource({ id: 'argument.txt', text: ARGUMENT });
		assert.equal(source.shape, 'transcript');
		assert.deepEqual(
			source.turns.slice(1).map((t) => [t.label, t.speaker]),
			[
				['CHIEF JUSTICE ROBERTS', 'Roberts'],
				['MR. OKAFOR', 'Okafor'],
				['JUSTICE GINSBURG', 'Ginsburg'],
				['MR. OKAFOR', 'Okafor'],
			],
		);
		const but = source.words.find((w) => w.norm === 'but')!;
		assert.equal(source.turns[but.turn].speaker, 'Ginsburg');
		assert.ok(!source.words.some((w) => w.norm === 'justice' && ARGUMENT.slice(w.start - 6, w.start) === 'CHIEF '));
	});

	test('a briefing: THE PRESIDENT is the president the header names; Q is a question from the floor', () => {
		const source = readPrimarySource({ id: 'briefing.txt', text: BRIEFING });
		assert.equal(source.speaker, 'Trump');
		assert.equal(source.description, 'remarks');
		assert.deepEqual(
			source.turns.slice(1).map((t) => t.speaker),
			['Trump', null, 'Trump'],
		);
	});

	test('a release: its quotations are their official’s words, the rest the release’s', () => {
		const source = readPrimarySource({ id: 'release.txt', text: RELEASE, speaker: 'Brennick Health Board', quotes: quotesOf(RELEASE) });
		const families = source.words.find((w) => w.norm === 'families')!;
		const opened = source.words.find((w) => w.norm === 'opened')!;
		assert.equal(source.turns[families.turn].speaker, 'Ines Ward');
		assert.equal(source.turns[opened.turn].speaker, 'Brennick Health Board');
		assert.ok(!source.words.some((w) => w.norm === 'immediate'), 'FOR IMMEDIATE RELEASE is nobody’s words');
	});

	test('WebVTT captions: the cues as one running text, each word with its time and its offsets in the file', () => {
		const source = readPrimarySource({ id: 'speech.vtt', text: VTT });
		assert.equal(source.shape, 'captions');
		assert.equal(source.text, 'We will rebuild the library on Mill Street, and it will be bigger than the building we lost. The money is already in the bank.');
		const bigger = source.words.find((w) => w.norm === 'bigger')!;
		assert.equal(VTT.slice(bigger.start, bigger.end), 'bigger');
		assert.equal(bigger.time, 4);
		const money = source.words.find((w) => w.norm === 'money')!;
		assert.equal(money.time, 7.5);
		assert.equal(source.turns[source.words[0].turn].speaker, 'Tom Hale');
		assert.ok(!source.words.some((w) => w.norm === '00'));
	});

	test('SubRip captions: cue numbers and timings are not words; a cue’s lines run on', () => {
		const source = readPrimarySource({ id: 'speech.srt', text: SRT });
		assert.equal(source.text, 'We will rebuild the library on Mill Street, and it will be bigger than the building we lost.');
		const lost = source.words.find((w) => w.norm === 'lost')!;
		assert.equal(SRT.slice(lost.start, lost.end), 'lost');
		assert.equal(lost.time, 4);
	});

	test('never throws on odd text', () => {
		for (const text of ['', '\n\n', '---\n', 'WEBVTT\n\n00:00 --> x', 'Q', ':::', '<v>', '—  (@x)']) {
			for (const id of ['a.txt', 'a.vtt', 'a.srt']) {
				const source = readPrimarySource({ id, text });
				assert.ok(Array.isArray(source.words));
			}
		}
	});
});

test('property: any text reads as a primary source, and any quotation checks against it without throwing', () => {
	const piece = fc.constantFrom('Q ', 'MR. SMITH: ', 'THE PRESIDENT: ', '\n', '\n\n', '“', '”', '"', '—', ' (@x) ', '---\n', 'speaker: A\n', '00:00:01.000 --> 00:00:02.000\n', 'WEBVTT\n', '<v Ann>', '…', '. ', 'we will ', 'rebuild the library ', 'not ', '\r', '\uFEFF', '\uD800');
	const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
	fc.assert(
		fc.property(text, text, fc.constantFrom('a.txt', 'a.vtt', 'a.srt', 'a.md'), (source, article, id) => {
			const index = createPrimaryIndex();
			index.update(readPrimarySource({ id, text: source }));
			for (const w of index.get(id)!.words) {
				assert.ok(w.start >= 0 && w.end <= source.length && w.start < w.end);
			}
			checkQuotes(index, quotesOf(article));
		}),
		{ numRuns: 150 },
	);
});

describe('checking quotations against primary sources', () => {
	const tweet: PrimaryInput = { id: 'trump-tweet.txt', text: TWEET };

	test('an unmarked cut inside the tweet is an elision, with the words left out', () => {
		const checked = checkArticle('“We will not allow TikTok to operate in the United States until it is safe for our citizens,” Donald Trump wrote on Twitter.', [tweet]);
		const match = matchFor(checked, 'until it is safe');
		assert.equal(match.source, 'trump-tweet.txt');
		assert.equal(match.kind, 'elision');
		assert.equal(match.marked, false);
		assert.deepEqual(
			match.changes.map((c) => [c.op, c.from]),
			[['removed', 'such time as']],
		);
		assert.equal(TWEET.slice(match.start, match.end), 'We will not allow TikTok to operate in the United States until such time as it is safe for our citizens.');
		assert.equal(match.after, 'The deal must protect American data!');
		assert.equal(match.speaker, null);
	});

	test('a marked cut, a changed word, typography, and the exact words', () => {
		const checked = checkArticle(
			joinLines(
				'“We will not allow TikTok to operate in the United States until … it is safe for our citizens,” Trump wrote.',
				'',
				'“We will not allow TikTok to operate in the United States until such time as it is secure for our citizens,” Trump wrote.',
				'',
				'Trump wrote: "The deal must protect American data!"',
				'',
				'Trump added: "the deal must protect American data."',
			),
			[tweet],
		);
		const marked = matchFor(checked, 'until … it');
		assert.equal(marked.kind, 'elision');
		assert.equal(marked.marked, true);
		const changed = matchFor(checked, 'secure');
		assert.equal(changed.kind, 'wording');
		assert.deepEqual(
			changed.changes.map((c) => [c.op, c.from, c.to]),
			[['replaced', 'safe', 'secure']],
		);
		assert.equal(matchFor(checked, 'The deal must').kind, 'identical');
		assert.equal(matchFor(checked, 'the deal must').kind, 'punctuation');
	});

	test('a fragment inside the reporter’s sentence is a cut of its sentence', () => {
		const checked = checkArticle('Trump vowed that the app would not operate “until such time as it is safe for our citizens.”', [tweet]);
		const match = matchFor(checked, 'until such time');
		assert.equal(match.kind, 'truncation');
	});

	test('a quote split around its attribution is looked up as one', () => {
		const checked = checkArticle('“We will not allow TikTok to operate in the United States,” Trump wrote. “The deal must protect American data!”', [tweet]);
		const first = checked.find((c) => c.text.startsWith('We will'))!;
		const second = checked.find((c) => c.text.startsWith('The deal'))!;
		assert.equal(first.result.parts.length, 2);
		assert.ok(first.result.check.found && second.result.check.found);
		assert.equal(first.result.check.match, second.result.check.match);
	});

	test('of a quote split around its attribution, only the part with a change differs', () => {
		const checked = checkArticle('“We will not allow TikTok to operate in the United States until such time as it is safe for our citizens,” Trump wrote. “The deal must protect all American data!”', [tweet]);
		const first = checked.find((c) => c.text.startsWith('We will'))!;
		const second = checked.find((c) => c.text.startsWith('The deal'))!;
		assert.ok(first.result.check.found && second.result.check.found);
		assert.equal(partDifference(first.result.check.match, first.result).kind, 'identical');
		assert.deepEqual(partDifference(first.result.check.match, first.result).changes, []);
		assert.equal(partDifference(second.result.check.match, second.result).kind, 'wording');
		assert.equal(partDifference(second.result.check.match, second.result).changes.length, 1);
	});

	test('trap: a statement that shares words with the tweet is not the tweet', () => {
		const checked = checkArticle(`“${STATEMENT_TO_REPORTERS}” Donald Trump told reporters.`, [tweet]);
		assert.deepEqual(notFound(checked, 'while it is unsafe'), ['trump-tweet.txt']);
	});

	test('trap: a few common words in a row are no match', () => {
		const checked = checkArticle('“We will not allow it to be in the United States,” said Ines Ward.', [tweet]);
		assert.deepEqual(notFound(checked, 'allow it'), []);
	});

	test('trap: words the transcript gives to the other speaker are a changed speaker', () => {
		const checked = checkArticle('“The agency held a hearing in March, and the shipowners chose not to attend it,” Okafor told the justices.', [{ id: 'argument.txt', text: ARGUMENT }]);
		const match = matchFor(checked, 'held a hearing');
		assert.equal(match.kind, 'speaker');
		assert.equal(match.speaker, 'Ginsburg');
		assert.equal(match.passageSpeaker, 'Ginsburg');
	});

	test('trap: a question from the floor given to the president is a changed speaker', () => {
		const checked = checkArticle('Trump said: “Will the tariffs on steel stay in place through the end of the year?”', [{ id: 'briefing.txt', text: BRIEFING }]);
		const match = matchFor(checked, 'tariffs on steel');
		assert.equal(match.kind, 'speaker');
		assert.equal(match.speaker, 'the questioner');
	});

	test('trap: a quote that combines two turns takes in another speaker’s words', () => {
		const checked = checkArticle(
			'“The agency held a hearing in March, and the shipowners chose not to attend it. A notice posted on a closed office door is not a hearing,” Okafor argued.',
			[{ id: 'argument.txt', text: ARGUMENT }],
		);
		const match = matchFor(checked, 'closed office door');
		assert.equal(match.kind, 'speaker');
		assert.equal(match.speaker, 'Ginsburg');
	});

	test('the right speaker’s turn: found with its passage, THE PRESIDENT being Trump', () => {
		const checked = checkArticle('“Nobody is going to take advantage of this country again,” President Donald Trump said.', [{ id: 'briefing.txt', text: BRIEFING }]);
		const match = matchFor(checked, 'Nobody is going');
		assert.equal(match.kind, 'truncation');
		assert.equal(match.speaker, null);
		assert.equal(match.before, 'They will stay as long as they are needed.');
	});

	test('a release’s quoted official: the words are hers', () => {
		const release: PrimaryInput = { id: 'release.txt', text: RELEASE, speaker: 'Brennick Health Board' };
		const checked = checkArticle(
			joinLines(
				'“Families on the harbour will no longer drive an hour to see a nurse,” Ines Ward said.',
				'',
				'“Families on the harbour will no longer drive an hour to see a doctor,” the Brennick Health Board said.',
			),
			[release],
		);
		assert.equal(matchFor(checked, 'a nurse').kind, 'identical');
		const board = matchFor(checked, 'a doctor');
		assert.equal(board.kind, 'speaker');
		assert.equal(board.speaker, 'Ines Ward');
	});

	test('captions: the passage runs across cues and points into the caption file', () => {
		const checked = checkArticle('“We will rebuild the library, and it will be bigger than the building we lost,” Mayor Tom Hale said.', [{ id: 'speech.vtt', text: VTT }]);
		const match = matchFor(checked, 'bigger');
		assert.equal(match.kind, 'elision');
		assert.equal(match.time, 1);
		assert.equal(VTT.slice(match.start, match.start + 'We will'.length), 'We will');
		assert.ok(VTT.slice(match.start, match.end).endsWith('we lost.'));
	});

	test('not found in the sources of its own speaker: the sources searched are named', () => {
		const checked = checkArticle('“We are going to build a wall along the whole harbour,” Trump said.', [tweet, { id: 'argument.txt', text: ARGUMENT }]);
		assert.deepEqual(notFound(checked, 'build a wall'), ['trump-tweet.txt']);
	});
});
