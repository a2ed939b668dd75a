/**
 * Finding quote spans: which marks open and close a quotation, which are apostrophes, how
 * nested, multi-paragraph, unclosed and headline quotes come out.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../../server/src/engine';
import { joinLines, quotesOf, quoteWith } from '../../helpers/engine';

function texts(quotes: Quote[]): string[] {
	return quotes.map((q) => q.text);
}

describe('marks: double quotation marks', () => {
	test('curly double marks give the words between them', () => {
		// “ at 0, ” at 26
		const text = '“Prices will fall by June,” said Ada Blum, an analyst at Kerrow Capital.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.text, 'Prices will fall by June,');
		assert.equal(q.start, 1);
		assert.equal(q.end, 26);
		assert.deepEqual(q.marks, { open: '“', close: '”' });
		assert.deepEqual(q.segments, [{ start: 1, end: 26 }]);
		assert.equal(q.unclosed, false);
		assert.equal(q.multiParagraph, false);
		assert.equal(q.parent, null);
	});

	test('a straight closer typed after a space still closes: after a full stop, after a nested quote’s closer', () => {
		const quotes = quotesOf(
			joinLines(
				'Ruiz said in a statement, "The plan must stop. It is wrong. "Ruiz was referring to a memo that asked agencies to "promote and protect" the harbour.',
				'',
				'"They treat it like, \'Oh, this is important,\' " Ford said at the rally. "But nobody asked us."',
				'',
				'"Absent a deal of some kind, he added, "this is how the port will close."',
			),
		);
		assert.deepEqual(texts(quotes.filter((q) => !q.parent)), [
			'The plan must stop. It is wrong. ',
			'promote and protect',
			"They treat it like, 'Oh, this is important,' ",
			'But nobody asked us.',
			// After a comma, a straight mark is not taken for the closer (here the writer forgot
			// the first part's closer): the quote runs on to the last one.
			'Absent a deal of some kind, he added, "this is how the port will close.',
		]);
		assert.equal(quoteWith(quotes, 'nobody asked').speaker?.name, 'Ford');
	});

	test('straight double marks work the same way', () => {
		// " at 0, " at 27
		const text = '"We lost the whole harvest," said farmer Eli Varga.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.text, 'We lost the whole harvest,');
		assert.equal(q.start, 1);
		assert.equal(q.end, 27);
		assert.deepEqual(q.marks, { open: '"', close: '"' });
	});

	test('a curly opening mark may be closed by a straight one', () => {
		// “ at 0, " at 37
		const text = '“We were never told about the merger," said Lena Ortiz, a night-shift supervisor.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.text, 'We were never told about the merger,');
		assert.equal(q.start, 1);
		assert.equal(q.end, 37);
		assert.deepEqual(q.marks, { open: '“', close: '"' });
		assert.equal(q.unclosed, false);
	});

	test('two straight-quoted stretches in one paragraph are two quotes', () => {
		// " at 0, " at 10; " at 28, " at 45
		const text = '"We tried," said Noor Aziz. "Nobody listened."';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		assert.equal(quotes[0].text, 'We tried,');
		assert.equal(quotes[0].start, 1);
		assert.equal(quotes[0].end, 10);
		assert.equal(quotes[1].text, 'Nobody listened.');
		assert.equal(quotes[1].start, 29);
		assert.equal(quotes[1].end, 45);
	});

	test('a quote of several sentences is one span, not one per sentence', () => {
		const text = '“Look out! The roof is going. Get everyone out now,” shouted firefighter Dev Rao.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].text, 'Look out! The roof is going. Get everyone out now,');
	});
});

describe('marks: single quotation marks and apostrophes', () => {
	test('curly single marks as the primary (British) style, with an apostrophe inside', () => {
		// ‘ at 0, ’ at 7 is the apostrophe of don’t, ’ at 46 closes, ’ at 72 is union’s
		const text =
			'‘We don’t know when the trains will run again,’ said Tom Hale, the union’s regional organiser.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.text, 'We don’t know when the trains will run again,');
		assert.equal(q.start, 1);
		assert.equal(q.end, 46);
		assert.deepEqual(q.marks, { open: '‘', close: '’' });
	});

	test("straight single marks as the primary style, with a straight apostrophe inside", () => {
		const text = "'We can't keep the doors open on these margins,' said cafe owner Rhona Kerr.";
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].text, "We can't keep the doors open on these margins,");
		assert.deepEqual(quotes[0].marks, { open: "'", close: "'" });
	});

	test('a plural possessive followed by a space does not close a single-quoted quote', () => {
		const text = '‘They raided the workers’ pension fund to pay for it,’ said Owen Moss.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].text, 'They raided the workers’ pension fund to pay for it,');
	});

	test('curly apostrophes are not quotation marks: don’t, employees’, ’90s, ’n’, News’', () => {
		const text =
			'The band played rock ’n’ roll hits from the ’90s while employees’ phones buzzed, and Fox News’ Laura Bell didn’t look up.';
		assert.deepEqual(texts(quotesOf(text)), []);
	});

	test("straight apostrophes are not quotation marks: '90s ... employees' must not pair", () => {
		const text =
			"Back in the '90s, the employees' lounge was where everyone's phones got charged, and nobody's boss didn't mind.";
		assert.deepEqual(texts(quotesOf(text)), []);
	});

	test('apostrophes inside a double-quoted quote stay part of its text', () => {
		const text =
			'“Rock ’n’ roll was never about the ’90s for us; it’s about the fans’ voices,” said drummer Kit Amos.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(
			quotes[0].text,
			'Rock ’n’ roll was never about the ’90s for us; it’s about the fans’ voices,',
		);
	});
});

describe('marks: nested quotes', () => {
	test('single marks inside double marks: the inner quote names the outer as parent', () => {
		const text = '“My mother said ‘never sell the farm’ and I listened,” Jonah Price wrote.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		const outer = quoteWith(quotes, 'My mother said');
		const inner = quotes.find((q) => q !== outer);
		assert.ok(inner);
		assert.equal(outer.text, 'My mother said ‘never sell the farm’ and I listened,');
		assert.equal(outer.parent, null);
		assert.equal(inner.text, 'never sell the farm');
		assert.equal(inner.parent, outer.id);
		assert.deepEqual(inner.marks, { open: '‘', close: '’' });
		assert.ok(inner.start > outer.start && inner.end < outer.end);
		// Document order: the outer quote opens first.
		assert.deepEqual(
			quotes.map((q) => q.id),
			['q1', 'q2'],
		);
		assert.equal(outer.id, 'q1');
	});

	test('a nested quote that some outlets open with ’ instead of ‘', () => {
		const text = '“The inspector wrote ’no further action’ on the form,” said Mira Lund.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		const outer = quoteWith(quotes, 'The inspector wrote');
		const inner = quotes.find((q) => q !== outer);
		assert.ok(inner);
		assert.equal(outer.text, 'The inspector wrote ’no further action’ on the form,');
		assert.equal(inner.text, 'no further action');
		assert.equal(inner.parent, outer.id);
		assert.equal(inner.marks.open, '’');
	});

	test('double marks nested inside British single marks', () => {
		const text =
			'‘The minister told us “the cheque is in the post”, and we believed him,’ said Ivy Stone.';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		const outer = quoteWith(quotes, 'The minister told us');
		const inner = quotes.find((q) => q !== outer);
		assert.ok(inner);
		assert.equal(outer.text, 'The minister told us “the cheque is in the post”, and we believed him,');
		assert.equal(outer.parent, null);
		assert.equal(inner.text, 'the cheque is in the post');
		assert.equal(inner.parent, outer.id);
	});
});

describe('marks: quotes across paragraphs', () => {
	test('each paragraph opens with a mark and only the last closes: one quote', () => {
		const text = joinLines(
			'Grace Obi, the school’s principal, wrote to parents on Friday: “The heating failed twice this week.',
			'',
			'“We have asked the council for portable heaters.',
			'',
			'“Classes will go ahead on Monday.”',
			'',
			'The council did not respond to a request for comment.',
		);
		const p1 = 'The heating failed twice this week.';
		const p2 = 'We have asked the council for portable heaters.';
		const p3 = 'Classes will go ahead on Monday.';
		const s1 = text.indexOf(p1);
		const s2 = text.indexOf(p2);
		const s3 = text.indexOf(p3);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.multiParagraph, true);
		assert.equal(q.unclosed, false);
		assert.equal(q.text, `${p1}\n${p2}\n${p3}`);
		assert.deepEqual(q.segments, [
			{ start: s1, end: s1 + p1.length },
			{ start: s2, end: s2 + p2.length },
			{ start: s3, end: s3 + p3.length },
		]);
		assert.equal(q.start, s1);
		assert.equal(q.end, s3 + p3.length);
		assert.equal(text[q.end], '”');
		assert.deepEqual(q.marks, { open: '“', close: '”' });
		assert.equal(q.speaker?.name, 'Grace Obi');
	});

	test('a straight-quoted multi-paragraph quote with the attribution at its end', () => {
		const text = joinLines(
			'"The river came up faster than anyone had ever seen.',
			'',
			'"By midnight the bakery was under a metre of water," said owner Pia Stern.',
		);
		const p1 = 'The river came up faster than anyone had ever seen.';
		const p2 = 'By midnight the bakery was under a metre of water,';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		const [q] = quotes;
		assert.equal(q.multiParagraph, true);
		assert.equal(q.text, `${p1}\n${p2}`);
		assert.equal(q.segments.length, 2);
		assert.deepEqual(q.segments[1], { start: text.indexOf(p2), end: text.indexOf(p2) + p2.length });
		assert.equal(q.speaker?.name, 'Pia Stern');
	});

	test('a multi-paragraph quote does not absorb a separate quote that follows it', () => {
		const text = joinLines(
			'Captain Iris Kade radioed the harbour at dawn: “We have lost the starboard engine.',
			'',
			'“We are drifting east at two knots.”',
			'',
			'“Tugs are on their way,” a harbour official said.',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		assert.equal(
			quotes[0].text,
			'We have lost the starboard engine.\nWe are drifting east at two knots.',
		);
		assert.equal(quotes[0].multiParagraph, true);
		assert.equal(quotes[1].text, 'Tugs are on their way,');
		assert.equal(quotes[1].multiParagraph, false);
	});

	test('an unclosed quote ends at its paragraph and does not swallow later paragraphs', () => {
		const text = joinLines(
			'Union leader Sam Okoro opened the meeting with “We were promised a fair deal and got nothing.',
			'',
			'Talks resumed on Wednesday afternoon.',
			'',
			'“We will be back at the table,” Okoro said.',
		);
		const firstLine = text.indexOf('\n');
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		const [open, later] = quotes;
		assert.equal(open.text, 'We were promised a fair deal and got nothing.');
		assert.equal(open.unclosed, true);
		assert.equal(open.marks.close, '');
		assert.equal(open.end, firstLine);
		assert.equal(open.multiParagraph, false);
		assert.ok(!quotes.some((q) => q.text.includes('Talks resumed')));
		assert.equal(later.text, 'We will be back at the table,');
		assert.equal(later.start, text.indexOf('We will be back'));
		assert.equal(later.unclosed, false);
	});

	test('an opening mark at the end of the text gives an unclosed quote up to the end', () => {
		const text = 'The last line of the memo read: “Do not reply to this';
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 1);
		assert.equal(quotes[0].text, 'Do not reply to this');
		assert.equal(quotes[0].unclosed, true);
		assert.equal(quotes[0].end, text.length);
		assert.deepEqual(quotes[0].marks, { open: '“', close: '' });
	});
});

describe('marks: empty text and headlines', () => {
	test('empty and blank text have no quotes', () => {
		assert.deepEqual(quotesOf(''), []);
		assert.deepEqual(quotesOf('   \n\n\t'), []);
	});

	test('a quote in the headline is marked headline, quotes in the body are not', () => {
		const text = joinLines(
			'Mayor Calls Stadium Plan ‘A Costly Mistake’',
			'',
			'The mayor of Dunmore, Alice Fenn, criticised the proposal on Tuesday.',
			'',
			'“This stadium would cost every household for thirty years,” Fenn said.',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		assert.equal(quotes[0].text, 'A Costly Mistake');
		assert.equal(quotes[0].headline, true);
		assert.equal(quotes[1].text, 'This stadium would cost every household for thirty years,');
		assert.equal(quotes[1].headline, false);
	});
});
