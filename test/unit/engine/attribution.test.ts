/**
 * Who said each quote, with which cue, to whom: the attribution patterns of news prose.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines, quotesOf, quoteWith, speakerOf, onlyQuote } from '../../helpers/engine';

describe('attribution: quote first, then cue and speaker', () => {
	test('inverted: “…,” said Name, role at Org.', () => {
		const q = onlyQuote(
			'“Rates will stay high through the spring,” said Jane Roe, chief economist at Harlow Bank.',
		);
		const s = speakerOf(q);
		assert.equal(s.name, 'Jane Roe');
		assert.match(s.role ?? '', /chief economist/);
		assert.equal(s.type, 'person');
		assert.equal(s.via, 'adjacent');
		assert.equal(s.resolution, 'name');
		assert.equal(q.cue?.text, 'said');
	});

	test('not inverted: “…,” Name said.', () => {
		const q = onlyQuote('“The bridge will reopen in May,” Ravi Menon said on Tuesday.');
		const s = speakerOf(q);
		assert.equal(s.name, 'Ravi Menon');
		assert.equal(s.via, 'adjacent');
		assert.equal(q.cue?.text, 'said');
	});

	test('the next sentence naming someone else does not take the quote', () => {
		const quotes = quotesOf(
			'“We are closing the plant,” said Ivo Drake. Union official Beth Nolan called the decision cruel.',
		);
		assert.equal(quotes.length, 1);
		assert.equal(speakerOf(quotes[0]).name, 'Ivo Drake');
	});
});

describe('attribution: speaker and cue first', () => {
	test('with a colon: Org said in a statement: “…”', () => {
		const q = onlyQuote('Harlow Bank said in a statement: “Customer deposits were never at risk.”');
		const s = speakerOf(q);
		assert.equal(s.name, 'Harlow Bank');
		assert.equal(s.type, 'organisation');
		assert.equal(s.via, 'adjacent');
		assert.equal(q.cue?.text, 'said');
		assert.ok(q.venue, 'the statement is the medium');
		assert.match(q.venue.text, /statement/);
	});

	test('with a comma and an addressee: Name told WKTV News on Sunday, “…”', () => {
		const q = onlyQuote(
			'Gov. Mara Ortiz told WKTV News on Sunday, “We will not raise the gas tax this year.”',
		);
		const s = speakerOf(q);
		assert.equal(s.name, 'Mara Ortiz');
		assert.equal(s.via, 'adjacent');
		assert.equal(q.cue?.text, 'told');
		assert.ok(q.venue);
		assert.match(q.venue.text, /WKTV News/);
	});

	test('after an opening participle phrase: Asked about…, Name said, “…”', () => {
		const q = onlyQuote('Asked about the delay, Marta Silva said, “We ordered the wrong parts.”');
		assert.equal(speakerOf(q).name, 'Marta Silva');
		assert.equal(q.cue?.text, 'said');
	});

	test('a relative clause between speaker and cue: Org, which is based in Ohio, said…', () => {
		const q = onlyQuote(
			'Corvel Foods, which is based in Ohio, said in a statement that “the recall covers only two batches of soup.”',
		);
		const s = speakerOf(q);
		assert.equal(s.name, 'Corvel Foods');
		assert.equal(s.type, 'organisation');
		assert.equal(q.cue?.text, 'said');
		assert.equal(q.partial, true);
	});

	test('an appositive between speaker and cue: Name, a nurse at …, said: “…”', () => {
		const q = onlyQuote(
			'Ruth Abel, a nurse at St. Clare’s Hospital for eleven years, said: “We ran out of gloves by noon.”',
		);
		const s = speakerOf(q);
		assert.equal(s.name, 'Ruth Abel');
		assert.match(s.role ?? '', /nurse/);
		assert.equal(s.type, 'person');
		assert.equal(q.cue?.text, 'said');
	});
});

describe('attribution: interrupted quotes', () => {
	test('“…,” an Org spokesperson said. “…” — both parts, the second via interrupted', () => {
		const quotes = quotesOf(
			'“The email to drivers went out by mistake,” a Brightwell Logistics spokesperson said. “Nothing about our policy has changed.”',
		);
		assert.equal(quotes.length, 2);
		const first = speakerOf(quotes[0]);
		const second = speakerOf(quotes[1]);
		assert.equal(quotes[1].text, 'Nothing about our policy has changed.');
		assert.equal(first.name, 'Brightwell Logistics');
		assert.equal(first.via, 'adjacent');
		assert.equal(first.resolution, 'affiliation');
		assert.equal(second.name, 'Brightwell Logistics');
		assert.equal(second.via, 'interrupted');
	});

	test('“…,” said Sen. Name. “…” — a named person keeps the second part', () => {
		const quotes = quotesOf('“We have the votes,” said Sen. Ruth Calder. “What we need is time.”');
		assert.equal(quotes.length, 2);
		assert.equal(speakerOf(quotes[0]).name, 'Ruth Calder');
		assert.equal(speakerOf(quotes[0]).via, 'adjacent');
		assert.equal(speakerOf(quotes[1]).name, 'Ruth Calder');
		assert.equal(speakerOf(quotes[1]).via, 'interrupted');
	});

	test('“…,” Name said, “…” — one speaker phrase for both parts, the second via interrupted', () => {
		const quotes = quotesOf('“It is frustrating that we should,” Judge Neil Reyes said, “draw every drought of every teacher.”');
		assert.equal(quotes.length, 2);
		assert.equal(speakerOf(quotes[0]).name, 'Neil Reyes');
		assert.equal(speakerOf(quotes[0]).via, 'adjacent');
		assert.equal(speakerOf(quotes[1]).name, 'Neil Reyes');
		assert.equal(speakerOf(quotes[1]).via, 'interrupted');
	});

	test('two quotes with their own speakers in one paragraph are not one interrupted quote', () => {
		const quotes = quotesOf('“We will win,” said Ruth Calder. “We will not,” said Tom Hale.');
		assert.equal(speakerOf(quotes[0]).via, 'adjacent');
		assert.equal(speakerOf(quotes[1]).name, 'Tom Hale');
		assert.equal(speakerOf(quotes[1]).via, 'adjacent');
	});
});

describe('attribution: floating quotes', () => {
	test('a paragraph that is only a quote goes to the person named in the paragraph before', () => {
		const text = joinLines(
			'Tomas Ekberg, who chairs the tenants’ association, said the rent rise came without warning.',
			'',
			'“We found out from a letter taped to the lift.”',
		);
		const s = speakerOf(onlyQuote(text));
		assert.equal(s.name, 'Tomas Ekberg');
		assert.equal(s.type, 'person');
		assert.equal(s.via, 'floating');
	});

	test('a quote after an indirect-speech sentence in the same paragraph', () => {
		const q = onlyQuote(
			'Judge Alma Reyes dismissed the case on Monday. She said the filing was late. “The deadline was not a suggestion.”',
		);
		const s = speakerOf(q);
		assert.equal(s.name, 'Alma Reyes');
		assert.equal(s.via, 'floating');
	});

	test('a floating quote goes to the speaker named just before, not an earlier one', () => {
		const text = joinLines(
			'“We found out from a letter,” said Tomas Ekberg, who chairs the tenants’ association.',
			'',
			'The landlord, Halden Estates, said rents had not risen in five years.',
			'',
			'“We froze them through the pandemic and we cannot do so forever.”',
		);
		const quotes = quotesOf(text);
		assert.equal(quotes.length, 2);
		assert.equal(speakerOf(quotes[0]).name, 'Tomas Ekberg');
		const s = speakerOf(quoteWith(quotes, 'We froze them'));
		assert.equal(s.name, 'Halden Estates');
		assert.equal(s.type, 'organisation');
		assert.equal(s.via, 'floating');
	});
});

describe('attribution: dash attribution', () => {
	test('“…” — Sen. Name', () => {
		const q = onlyQuote('“Nobody reads the whole bill anymore.” — Sen. Ruth Calder');
		const s = speakerOf(q);
		assert.equal(s.name, 'Ruth Calder');
		assert.match(s.role ?? '', /Sen/);
		assert.equal(s.via, 'adjacent');
		assert.equal(q.text, 'Nobody reads the whole bill anymore.');
	});

	test('“…” — Name, role at Org', () => {
		const q = onlyQuote('“Ship it before the weekend.” — Marco Tull, head of operations at Quillon');
		const s = speakerOf(q);
		assert.equal(s.name, 'Marco Tull');
		assert.match(s.role ?? '', /head of operations/);
	});
});

describe('attribution: the venue or addressee is never the speaker', () => {
	test('“…,” Surname told Fox News Tuesday.', () => {
		const text = joinLines(
			'Rep. Dale Hutchins spent the morning on cable television.',
			'',
			'“We are not going to fold on this,” Hutchins told Fox News Tuesday.',
		);
		const q = onlyQuote(text);
		const s = speakerOf(q);
		assert.equal(s.name, 'Dale Hutchins');
		assert.doesNotMatch(s.name ?? '', /Fox/);
		assert.equal(q.cue?.text, 'told');
		assert.ok(q.venue);
		assert.match(q.venue.text, /Fox News/);
	});

	test('“…,” Org said in a statement to the Herald.', () => {
		const q = onlyQuote('“The closures are temporary,” Corvel Foods said in a statement to the Herald.');
		const s = speakerOf(q);
		assert.equal(s.name, 'Corvel Foods');
		assert.equal(q.cue?.text, 'said');
		assert.ok(q.venue);
		assert.match(q.venue.text, /Herald/);
	});

	test('“…,” Surname told reporters.', () => {
		const text = joinLines(
			'Dana Hale left the courthouse just after noon.',
			'',
			'“We will appeal this ruling,” Hale told reporters.',
		);
		const q = onlyQuote(text);
		const s = speakerOf(q);
		assert.equal(s.name, 'Dana Hale');
		assert.equal(q.cue?.text, 'told');
		assert.ok(q.venue);
		assert.match(q.venue.text, /reporters/);
	});
});

describe('attribution: cue words', () => {
	const cases: Array<{ cue: string; text: string; speaker: string }> = [
		{ cue: 'said', text: '“We will rebuild the pier,” said Owen Castell.', speaker: 'Owen Castell' },
		{
			cue: 'says',
			text: '“Bread is a small miracle every morning,” says Omar Haddad, who runs a bakery in Leeds.',
			speaker: 'Omar Haddad',
		},
		{
			cue: 'told',
			text: '“The pier will be rebuilt by summer,” Owen Castell told the town meeting.',
			speaker: 'Owen Castell',
		},
		{ cue: 'added', text: '“We expect a full recovery,” Priya Nair added.', speaker: 'Priya Nair' },
		{
			cue: 'wrote',
			text: '“Every sample came back clean,” Ella Park wrote in her weekly newsletter.',
			speaker: 'Ella Park',
		},
		{
			cue: 'tweeted',
			text: '“Huge thanks to every volunteer who showed up today,” Mayor Lou Garza tweeted.',
			speaker: 'Lou Garza',
		},
		{
			cue: 'according to',
			text: '“The vote was rushed and the public was shut out,” according to Mark Finch, a lawyer for the tenants.',
			speaker: 'Mark Finch',
		},
	];
	for (const c of cases) {
		test(`cue “${c.cue}”`, () => {
			const q = onlyQuote(c.text);
			assert.equal(q.cue?.text, c.cue);
			assert.equal(speakerOf(q).name, c.speaker);
			assert.equal(speakerOf(q).via, 'adjacent');
			assert.equal(q.kind, 'speech');
		});
	}

	test('an auxiliary before the cue: “…,” the company had said', () => {
		const text = joinLines(
			'Vantor Systems recalled 40,000 space heaters in March.',
			'',
			'“The heaters are safe when used as directed,” the company had said at the time.',
		);
		const q = onlyQuote(text);
		assert.ok(q.cue);
		assert.match(q.cue.text, /^(had )?said$/);
		const s = speakerOf(q);
		assert.equal(s.name, 'Vantor Systems');
		assert.equal(s.type, 'organisation');
		assert.equal(s.via, 'adjacent');
	});
});
