/**
 * Turning the speaker phrase as written into a name: pronouns, descriptions, surnames,
 * titles and roles, affiliations, people versus organisations.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Speaker } from '../../../server/src/engine';
import { joinLines, onlyQuote, quotesOf, speakerOf } from '../../helpers/engine';

/** The speaker of the only quote of `text`. */
function onlySpeaker(text: string): Speaker {
	return speakerOf(onlyQuote(text));
}

describe('resolution: pronouns', () => {
	test('“…,” he said → the person named earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Coach Luis Moreno watched the final minutes from the bench.',
				'',
				'“We gave them far too much space,” he said.',
			),
		);
		assert.equal(s.name, 'Luis Moreno');
		assert.equal(s.text, 'he');
		assert.equal(s.resolution, 'pronoun');
		assert.equal(s.type, 'person');
		assert.equal(s.via, 'adjacent');
	});

	test('“…,” she said skips an organisation named more recently', () => {
		const s = onlySpeaker(
			joinLines(
				'Dr. Noor Saleh joined Vireo Health in 2019.',
				'',
				'Vireo Health has since opened four clinics in the valley.',
				'',
				'“We still cannot hire nurses fast enough,” she said.',
			),
		);
		assert.equal(s.name, 'Noor Saleh');
		assert.equal(s.resolution, 'pronoun');
		assert.equal(s.type, 'person');
	});

	test('a pronoun with nobody named before it stays unresolved', () => {
		const s = onlySpeaker('“It was the worst storm I have seen in forty years,” he said.');
		assert.equal(s.name, null);
		assert.equal(s.resolution, 'unresolved');
		assert.equal(s.text, 'he');
	});
});

describe('resolution: descriptions', () => {
	test('“the spokeswoman” → the spokeswoman named earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Ida Marsh, a spokeswoman for Peltra Energy, confirmed the shutdown.',
				'',
				'“We are inspecting every site,” the spokeswoman said.',
			),
		);
		assert.equal(s.name, 'Ida Marsh');
		assert.equal(s.type, 'person');
		assert.equal(s.resolution, 'description');
	});

	test('“the Vermont senator” → the person the sentence is about, not the last one named', () => {
		const s = onlySpeaker(
			joinLines(
				'Senator Aldo Brennan spoke to reporters on Friday about the race.',
				'',
				'Asked whether Brennan still senses anger at Marta Quill among his supporters, the Vermont senator said “some people” feel that way.',
			),
		);
		assert.equal(s.name, 'Aldo Brennan');
		assert.equal(s.resolution, 'description');
	});

	test('“the former campaign strategist” after “X on Wednesday called on Y” → X', () => {
		const s = onlySpeaker(
			joinLines(
				'Daniel Velt on Wednesday called on Hugo Marr to apologize for his remarks.',
				'',
				'“My reaction, that was outrageous,” the former campaign strategist said in an interview.',
			),
		);
		assert.equal(s.name, 'Daniel Velt');
	});

	test('“the former secretary of state said” → the person of that role, not “state”', () => {
		const s = onlySpeaker(
			joinLines(
				'Helen Marsh campaigned in Ohio on Tuesday.',
				'',
				'The former secretary of state said she wanted to speak “directly to young voters” this fall.',
			),
		);
		assert.equal(s.name, 'Helen Marsh');
		assert.equal(s.text, 'The former secretary of state');
	});

	test('“…,” the statement continued → whoever issued the statement, not a place named since', () => {
		const quotes = quotesOf(
			joinLines(
				'“The council must act now,” Mayor Ines Ward said in a statement released by her office.',
				'',
				'Police in Dunmore and Orlando reported no arrests.',
				'',
				'“We cannot wait another year,” the statement continued.',
			),
		);
		const s = quotes.find((q) => q.text.includes('another year'))!.speaker!;
		assert.equal(s.name, 'Ines Ward');
	});

	test('“the George Washington Bridge” is no person for a later “he”', () => {
		const s = onlySpeaker(
			joinLines(
				'Bill Baroni ran the agency. The subpoenas focus on the closure of lanes on the George Washington Bridge.',
				'',
				'“We will cooperate,” he said.',
			),
		);
		assert.equal(s.name, 'Bill Baroni');
	});

	test('“the company” → the company named earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Peltra Energy shut two wells on Monday after a gas leak.',
				'',
				'“Safety comes first,” the company said.',
			),
		);
		assert.equal(s.name, 'Peltra Energy');
		assert.equal(s.type, 'organisation');
		assert.equal(s.resolution, 'description');
	});

	test('“the company” → the company, not a person named after it', () => {
		const s = onlySpeaker(
			joinLines(
				'Peltra Energy hired Ana Ruiz as chief executive in May.',
				'',
				'“Our debt is under control,” the company said.',
			),
		);
		assert.equal(s.name, 'Peltra Energy');
		assert.equal(s.type, 'organisation');
	});

	test('“the firm” → the firm named earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Kestrel Advisory, a Boston accounting firm, lost the city contract last year.',
				'',
				'“We were never given a reason,” the firm said.',
			),
		);
		assert.equal(s.name, 'Kestrel Advisory');
		assert.equal(s.type, 'organisation');
		assert.equal(s.resolution, 'description');
	});

	test('“the minister” → the minister named earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Finance Minister Karl Odum presented the budget on Wednesday.',
				'',
				'“This is a budget for growth,” the minister said.',
			),
		);
		assert.equal(s.name, 'Karl Odum');
		assert.equal(s.type, 'person');
		assert.equal(s.resolution, 'description');
	});

	test('“the council” → the council, not a Councillor quoted before', () => {
		const quotes = quotesOf(
			joinLines(
				'Councillor Priya Mwangi said: “The landlords have waited long enough.”',
				'',
				'Frontier City Council has regulated the crematorium since May. “We must divert the quarry,” the council said.',
			),
		);
		assert.equal(quotes[0].speaker?.name, 'Priya Mwangi');
		assert.equal(quotes[1].speaker?.name, 'Frontier City Council');
		assert.equal(quotes[1].speaker?.type, 'organisation');
	});

	test('“the council” → the council, not a person whose role mentions another council', () => {
		const quotes = quotesOf(
			joinLines(
				'Felix Reyes, a spokesperson for Cedarwood City Council, said: “The zoo will stay open.”',
				'',
				'Silverline City Council relocated the bakeries on Thursday. The council added: “We have hired 45 new staff.”',
			),
		);
		assert.equal(quotes[0].speaker?.name, 'Felix Reyes');
		assert.equal(quotes[1].speaker?.name, 'Silverline City Council');
	});
});

describe('resolution: surnames', () => {
	test('a surname → the full name given earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Foreign Minister Helena Strand arrived in Oslo on Tuesday.',
				'',
				'“We are close to an agreement,” Strand said.',
			),
		);
		assert.equal(s.name, 'Helena Strand');
		assert.equal(s.text, 'Strand');
		assert.equal(s.resolution, 'surname');
		assert.equal(s.type, 'person');
	});

	test('“Mayor Hale”, then “Rita Hale”: two people, and “the mayor” is the first', () => {
		const s = onlySpeaker(
			joinLines(
				'Mayor Hale opened the new bridge on Monday. His wife, Rita Hale, cut the ribbon.',
				'',
				'The mayor said the bridge was “worth every penny.”',
			),
		);
		assert.equal(s.name, 'Hale');
		assert.equal(s.role, 'Mayor');
	});

	test('a surname picks the right one of two people named earlier', () => {
		const s = onlySpeaker(
			joinLines(
				'Helena Strand and her deputy, Omar Price, met the delegation in Bergen.',
				'',
				'“Nothing is signed yet,” Price said.',
			),
		);
		assert.equal(s.name, 'Omar Price');
		assert.equal(s.resolution, 'surname');
	});
});

describe('resolution: titles and roles kept apart from names', () => {
	test('Secretary of State Name → name and role', () => {
		const s = onlySpeaker('Secretary of State Dana Whitfield said: “The embassy will stay open.”');
		assert.equal(s.name, 'Dana Whitfield');
		assert.equal(s.role, 'Secretary of State');
		assert.equal(s.resolution, 'name');
		assert.equal(s.type, 'person');
	});

	test('“…,” its founder, Name, told → the name in the apposition, the description its role', () => {
		const s = onlySpeaker(
			joinLines(
				'Castel Bakeries will keep its ovens in Brennick despite an offer from Dunmore.',
				'',
				'"We\'re staying in Brennick," its founder, Omar Castel, told the Ledger.',
			),
		);
		assert.equal(s.name, 'Omar Castel');
		assert.equal(s.role, 'founder');
	});

	test('“Mr. King”: a surname that is also a title is a surname after an honorific', () => {
		const s = onlySpeaker(joinLines('Dexter King spoke first at the church.', '', '“It is about enthusiasm,” said Mr. King.'));
		assert.equal(s.name, 'Dexter King');
	});

	test('a hyphenated given name with a lower-case half is one name: President Park Geun-hye', () => {
		const s = onlySpeaker('“We are ready for any provocation,” said South Korean President Park Geun-hye.');
		assert.equal(s.name, 'Park Geun-hye');
	});

	test('company spokeswoman Name → the name without the role', () => {
		const s = onlySpeaker('“The outage lasted four minutes,” company spokeswoman Tessa Lind said.');
		assert.equal(s.name, 'Tessa Lind');
		assert.match(s.role ?? '', /spokeswoman/i);
		assert.equal(s.type, 'person');
		assert.equal(s.resolution, 'name');
	});

	test('a Org spokesperson → the organisation, role spokesperson', () => {
		const s = onlySpeaker('“We regret the error,” a Norberg Bank spokesperson said.');
		assert.equal(s.name, 'Norberg Bank');
		assert.equal(s.type, 'organisation');
		assert.equal(s.role, 'spokesperson');
		assert.equal(s.resolution, 'affiliation');
	});

	test('an Org spokesman → the organisation, role spokesman', () => {
		const s = onlySpeaker('“We are reviewing the footage,” an Eastline Rail spokesman said.');
		assert.equal(s.name, 'Eastline Rail');
		assert.equal(s.type, 'organisation');
		assert.equal(s.role, 'spokesman');
		assert.equal(s.resolution, 'affiliation');
	});
});

describe('resolution: person or organisation', () => {
	test('a council is an organisation', () => {
		const s = onlySpeaker('“Bus fares will rise in April,” said Hallam City Council.');
		assert.equal(s.name, 'Hallam City Council');
		assert.equal(s.type, 'organisation');
	});

	test('a first name and surname is a person', () => {
		const s = onlySpeaker('“Bus fares will rise in April,” said Nina Hallam.');
		assert.equal(s.name, 'Nina Hallam');
		assert.equal(s.type, 'person');
	});
});
