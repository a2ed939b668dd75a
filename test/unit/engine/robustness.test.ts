/**
 * Exact offsets, odd input and page boilerplate: the engine stays exact and never throws.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createCorpusIndex, createEngine, type Quote, type Span } from '../../../server/src/engine';
import { createNlp } from '../../../server/src/nlp';
import { engine, joinLines, quotesOf, quoteWith } from '../../helpers/engine';

function assertSpanExact(text: string, span: Span | null, what: string): void {
	if (span === null) {
		return;
	}
	assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} bounds`);
	assert.equal(text.slice(span.start, span.end), span.text, `${what} text is its slice`);
}

/** Every offset of every quote is in bounds; single-paragraph quotes are exact slices. */
function assertOffsetsExact(text: string, quotes: Quote[]): void {
	for (const q of quotes) {
		assert.ok(0 <= q.start && q.start <= q.end && q.end <= text.length, `${q.id} bounds`);
		assert.ok(q.segments.length >= 1, `${q.id} has segments`);
		assert.equal(q.segments[0].start, q.start, `${q.id} first segment starts the quote`);
		assert.equal(q.segments[q.segments.length - 1].end, q.end, `${q.id} last segment ends it`);
		for (const seg of q.segments) {
			assert.ok(0 <= seg.start && seg.start <= seg.end && seg.end <= text.length);
		}
		if (!q.multiParagraph) {
			assert.equal(text.slice(q.start, q.end), q.text, `${q.id} text is its slice`);
		} else {
			assert.equal(
				q.segments.map((s) => text.slice(s.start, s.end)).join('\n'),
				q.text,
				`${q.id} text is its segments joined`,
			);
		}
		assert.equal(text.slice(q.start - q.marks.open.length, q.start), q.marks.open, `${q.id} open`);
		if (!q.unclosed) {
			assert.equal(text.slice(q.end, q.end + q.marks.close.length), q.marks.close, `${q.id} close`);
		}
		assertSpanExact(text, q.speaker, `${q.id} speaker`);
		assertSpanExact(text, q.cue, `${q.id} cue`);
		assertSpanExact(text, q.venue, `${q.id} venue`);
	}
}

describe('robustness: boilerplate around the article', () => {
	test('READ MORE, share and subscribe lines do not break floating attribution', () => {
		const text = joinLines(
			'Mayor Ines Brandt defended the city budget on Thursday.',
			'',
			'READ MORE: Council votes to close two libraries',
			'',
			'“Every line of this budget was argued over.”',
			'',
			'Share this article',
			'',
			'Click here to subscribe to our morning newsletter',
			'',
			'“We kept the pools open, and I am proud of that.”',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		for (const q of quotes) {
			assert.equal(q.speaker?.name, 'Ines Brandt', `speaker of “${q.text}”`);
			assert.equal(q.speaker?.via, 'floating');
		}
	});

	test('boilerplate lines are never speakers and add no quotes', () => {
		const text = joinLines(
			'Share this article',
			'',
			'“The ferry will run every hour from June,” said harbour master Piet Vos.',
			'',
			'READ MORE: Storm closes coastal road',
			'',
			'“We have ordered a second boat,” Vos added.',
			'',
			'Click here to subscribe',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		for (const q of quotes) {
			assert.equal(q.speaker?.name, 'Piet Vos');
			assert.doesNotMatch(q.speaker?.text ?? '', /READ MORE|Share|Click|subscribe/i);
		}
	});

	test('a paragraph of prose with three figures in it is story, not a table', () => {
		const text = joinLines(
			'ROSEDALE — Selby has tracked the dock for 5 years.',
			'',
			'Northstar City Council capped the garrisons on Wednesday. The council added: “There are 86 pensioners across the treatment. 5,570 percent of our referendums have digitised the bypasses and we’ve never automated 274 billion dollars.”',
			'',
			'AMZN AMAZON.COM INC. 174.48 +0.06 +0.03%',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].speaker?.name, 'Northstar City Council');
	});
});

describe('robustness: offsets', () => {
	test('offsets written out: Name said: “…”', () => {
		//                      “ at 15, ” at 28
		const text = 'Al Reyes said: “Go home now.” Then he left.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].start, 16);
		assert.equal(quotes[0].end, 28);
		assert.equal(quotes[0].text, 'Go home now.');
		assert.equal(quotes[0].speaker?.name, 'Al Reyes');
	});

	test('every quote is an exact slice, with its marks just outside', () => {
		const text = joinLines(
			'Fleet Owners Say Fuel Rules Are ‘Unworkable’',
			'',
			'Hauliers met in Derby on Tuesday. Jo Banner, who runs eight lorries, said the rules came too fast.',
			'',
			'“We found out from the radio,” Banner said. “Nobody from the ministry called us.”',
			'',
			'A ministry spokesman said the so-called "green levy" was "fair and overdue."',
			'',
			'‘We will see them in court,’ said Ali Marsh of the Road Hauliers’ Guild.',
			'',
			'“The drivers are angry.',
			'',
			'“They have every right to be,” Marsh added.',
		);
		const quotes = quotesOf(text);
		// ‘Unworkable’, two Banner quotes, "green levy", "fair and overdue.", Marsh's two.
		assert.equal(quotes.length, 7);
		assertOffsetsExact(text, quotes);
	});

	test('UTF-16 offsets: emoji before and inside the quote', () => {
		// 🔥 is two UTF-16 code units: “ at 19, ” at 36
		const text = '🔥🔥 Fans cheered. “What a night 🎉,” said Kim Sato.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.start, 20);
		assert.equal(q.end, 36);
		assert.equal(q.text, 'What a night 🎉,');
		assert.equal(q.speaker?.name, 'Kim Sato');
		assertOffsetsExact(text, quotes);
	});

	test('CRLF line endings: offsets into the text as given, no \\r in quotes', () => {
		const text = 'Mira Holt runs the ferry.\r\n\r\n“The crossing takes forty minutes,” Holt said.\r\n';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.text, 'The crossing takes forty minutes,');
		assert.equal(q.start, text.indexOf('The crossing'));
		assert.equal(q.speaker?.name, 'Mira Holt');
		assertOffsetsExact(text, quotes);
	});

	test('CRLF line endings: a multi-paragraph quote joins with \\n and its segments skip \\r', () => {
		const p1 = 'The left engine quit at two thousand feet.';
		const p2 = 'We came down on the river road,';
		const text = `Pilot Ned Varga described the landing:\r\n\r\n“${p1}\r\n\r\n“${p2}” he said.\r\n`;
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.multiParagraph, true);
		assert.equal(q.text, `${p1}\n${p2}`);
		assert.deepEqual(q.segments, [
			{ start: text.indexOf(p1), end: text.indexOf(p1) + p1.length },
			{ start: text.indexOf(p2), end: text.indexOf(p2) + p2.length },
		]);
		assert.equal(q.speaker?.name, 'Ned Varga');
	});

	test('ids are q1, q2, … in document order', () => {
		const text = joinLines(
			'“The first train leaves at six,” said conductor Eva Lind.',
			'',
			'“Passengers told me ‘we never knew’ about the change,” she added.',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 3);
		assert.deepEqual(
			quotes.map((q) => q.id),
			['q1', 'q2', 'q3'],
		);
		for (let i = 1; i < quotes.length; i++) {
			assert.ok(quotes[i - 1].start < quotes[i].start, 'ordered by start');
		}
	});

	test('a very long paragraph: the quote inside it is found exactly', () => {
		const filler = 'The committee went through the figures again and found nothing new. '.repeat(400);
		const text = `Auditor Lena Frost presented her report to the board. ${filler}“The accounts do not balance,” Frost said. ${filler}`;
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.text, 'The accounts do not balance,');
		assert.equal(q.start, text.indexOf('The accounts'));
		assert.equal(q.speaker?.name, 'Lena Frost');
	});
});

describe('robustness: malformed text', () => {
	test('a text of nothing but marks has no quotes', () => {
		assert.deepEqual(quotesOf('“”"\'‘’'), []);
		assert.deepEqual(quotesOf('“ ” " " ‘ ’'), []);
		assert.deepEqual(quotesOf(joinLines('"', '', '“', '', '”')), []);
	});

	test('a lone " (inch mark) in one paragraph: the quote in the next is still exact', () => {
		const text = joinLines(
			'The storm dropped 14" of snow on the ridge overnight.',
			'',
			'“We dug out the school bus by hand,” said driver Ray Okafor.',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const q = quoteWith(quotes, 'We dug out');
		assert.equal(q.text, 'We dug out the school bus by hand,');
		assert.equal(q.start, text.indexOf('We dug out'));
		assert.equal(q.end, text.indexOf('” said'));
		assert.equal(q.speaker?.name, 'Ray Okafor');
	});

	test('a stray closing mark does not open a quote', () => {
		const text = joinLines(
			'The memo ended abruptly.” Staff were told nothing else.',
			'',
			'“We heard about it on the radio,” said nurse Ada Kim.',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].text, 'We heard about it on the radio,');
		assert.equal(quotes[0].start, text.indexOf('We heard'));
	});

	test('never throws on malformed input, and offsets stay in bounds', () => {
		const inputs = [
			'\uD800',
			'“\uDC00”',
			'"'.repeat(1001),
			'“'.repeat(500) + 'x',
			'\n\n\n',
			'\r\r\r',
			'” “',
			'a”b“c',
			'\r\n“\r\n',
			'said said said: “',
			'— — —',
			'“,” he said.',
		];
		for (const text of inputs) {
			const quotes = quotesOf(text);
			assertOffsetsExact(text, quotes);
		}
	});

	test('a cancelled token gives no quotes', () => {
		const text = '“The pier will be rebuilt by summer,” said Owen Castell.';
		const result = engine().extract(text, undefined, { isCancellationRequested: true });
		assert.deepEqual(result, { quotes: [] });
	});
});

describe('regressions found by the fuzz campaign', () => {
	test('a paragraph that opens with an apostrophe does not continue a quote left open', () => {
		const warnings: string[] = [];
		const text = "‘A quote left open\n\n'tis the season, he said.";
		const quotes = createEngine({ nlp: createNlp(), logger: { warn: (m) => warnings.push(m) } }).extract(text).quotes;
		assert.deepEqual(warnings, []);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].text, 'A quote left open');
	});
});

describe('regressions found by the property tests', () => {
	// Marks nested 34 and 58 deep, with curly and angle marks among the straight ones.
	const NESTED_A =
		'"level 0 says "level 1 says "level 2 says "level 3 says "level 4 says "level 5 says "level 6 says "level 7 says "level 8 says "level 9 says "level 10 says ‹level 11 says ‟level 12 says "level 13 says "level 14 says "level 15 says »level 16 says "level 17 says "level 18 says "level 19 says "level 20 says "level 21 says ”level 22 says "level 23 says "level 24 says "level 25 says "level 26 says "level 27 says "level 28 says "level 29 says "level 30 says ‛level 31 says "level 32 says „level 33 says the end“ " ‛ " " " " " " " " ” " " " " " » " " " ‟ › " " " " " " " " " " "';
	const NESTED_B =
		'"level 0 says "level 1 says "level 2 says "level 3 says "level 4 says "level 5 says "level 6 says "level 7 says "level 8 says "level 9 says "level 10 says “level 11 says "level 12 says "level 13 says "level 14 says "level 15 says "level 16 says "level 17 says "level 18 says "level 19 says "level 20 says "level 21 says "level 22 says "level 23 says "level 24 says "level 25 says "level 26 says "level 27 says "level 28 says "level 29 says "level 30 says "level 31 says "level 32 says "level 33 says "level 34 says "level 35 says "level 36 says "level 37 says "level 38 says "level 39 says "level 40 says "level 41 says "level 42 says "level 43 says "level 44 says "level 45 says "level 46 says "level 47 says "level 48 says "level 49 says "level 50 says "level 51 says "level 52 says "level 53 says "level 54 says "level 55 says "level 56 says "level 57 says the end" " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " " ” " " " " " " " " " " "';

	test('a quote whose enclosing quote was dropped belongs to the one around that: top-level quotes never overlap', () => {
		const quotes = quotesOf(NESTED_A);
		assertOffsetsExact(NESTED_A, quotes);
		const top = quotes.filter((q) => q.parent === null);
		for (let i = 1; i < top.length; i++) {
			assert.ok(top[i - 1].end <= top[i].start, `${top[i - 1].id} and ${top[i].id} overlap: ${JSON.stringify(top.map((q) => [q.id, q.start, q.end]))}`);
		}
	});

	test('two articles of deeply nested marks leave no group behind once both are removed', () => {
		const index = createCorpusIndex();
		index.update({ id: 'a', quotes: quotesOf(NESTED_A), primary: false });
		index.update({ id: 'b', quotes: quotesOf(NESTED_B), primary: false });
		index.remove('a');
		index.remove('b');
		assert.deepEqual(index.groups(), []);
	});

	test('a byte-order mark in front of the text moves every offset by one and changes nothing else', () => {
		const text = joinLines(
			'Amazon says memy,” Venkataraman said, “but with school starting in three weeks, we have a narrow window.”',
			'',
			'“Vaccination remains the best protection we have,” the agency said in a news release Monday afternoon.',
		);
		const plain = quotesOf(text);
		const withBom = quotesOf('\ufeff' + text);
		assert.equal(plain.length, 2);
		assert.deepEqual(
			withBom.map((q) => [q.text, q.start - 1, q.speaker?.name, q.kind]),
			plain.map((q) => [q.text, q.start, q.speaker?.name, q.kind]),
		);
	});

	test('lone CR line ends read as LF line ends: the same quotations at the same offsets', () => {
		const lf = joinLines('The mayor spoke.', '', '“We will win this fight, whatever it takes', '', 'The council voted on Tuesday. “It is a long', 'way,” she added.', '', '‘Nobody asked us’');
		const cr = lf.replace(/\n/g, '\r');
		const fromLf = quotesOf(lf);
		const fromCr = quotesOf(cr);
		assertOffsetsExact(cr, fromCr);
		assert.equal(fromLf.length, 3);
		assert.deepEqual(
			fromCr.map((q) => [q.text.replace(/\r/g, '\n'), q.start, q.end, q.speaker?.name]),
			fromLf.map((q) => [q.text, q.start, q.end, q.speaker?.name]),
		);
	});
});
