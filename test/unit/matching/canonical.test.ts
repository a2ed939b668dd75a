/**
 * Which version of a statement is canonical: the primary source's when an article is marked
 * primary, otherwise the most complete; and the group's id that names it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { change, Corpus, isCanonical, joinLines, member, show } from './support';

const LIBRARY_FULL = joinLines(
	'Brennick Mayor Tom Hale said on Tuesday that the town would rebuild its library, which burned down in March.',
	'',
	'“We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale told a packed meeting at the town hall.',
);
const LIBRARY_END_CUT =
	'Mayor Tom Hale told residents on Tuesday that the town would replace its burned library. “We will rebuild the library on Mill Street,” he said.';
const LIBRARY_START_CUT =
	'The library that burned down in March will come back larger, Mayor Tom Hale said, promising that the new library “will be bigger than the building we lost.”';

const CLINIC_RELEASE = joinLines(
	'Brennick Health Board: a new clinic for the harbour',
	'',
	'“We will build the new clinic on Harbour Road by the end of next year,” said Ines Ward, the chair of the Brennick Health Board.',
);
const CLINIC_LEDGER = joinLines(
	'The harbour will get its clinic after all.',
	'',
	'“We will build the new clinic on Harbour Road by the end of next year. The money is already in the bank,” Ines Ward, who chairs the Brennick Health Board, told the Ledger.',
);

describe('canonical: without a primary source', () => {
	test('the most complete version is canonical, whatever the order the articles came in', () => {
		const c = new Corpus();
		c.add('end.txt', LIBRARY_END_CUT);
		c.add('start.txt', LIBRARY_START_CUT);
		c.add('full.txt', LIBRARY_FULL);
		const g = c.sameGroup(['end.txt', 'rebuild'], ['start.txt', 'bigger'], ['full.txt', 'rebuild']);
		assert.equal(g.canonical.document, 'full.txt', show(g));
		assert.equal(g.canonical.quote.id, c.quote('full.txt', 'rebuild').id);
		assert.equal(member(g, 'end.txt', 'rebuild').kind, 'truncation');
		assert.equal(member(g, 'start.txt', 'bigger').kind, 'truncation');
	});

	test('a quote given in one piece is canonical over the parts of an interrupted one', () => {
		const c = new Corpus();
		c.add(
			'a.txt',
			'“The Dunmore plant will close at the end of March,” said Ana Ruiz, the chief executive of Velta Foods. “About 400 jobs will go, and we will help every one of those workers find new work.”',
		);
		c.add(
			'b.txt',
			joinLines(
				'Velta Foods chief executive Ana Ruiz confirmed the closure on Monday.',
				'',
				'“The Dunmore plant will close at the end of March. About 400 jobs will go, and we will help every one of those workers find new work,” Ruiz told the Ledger.',
			),
		);
		const g = c.group('a.txt', 'About 400 jobs');
		assert.equal(g.canonical.document, 'b.txt', show(g));
		const first = member(g, 'a.txt', 'plant will close');
		const second = member(g, 'a.txt', 'About 400 jobs');
		// Together the two parts are the whole statement: interrupting a quote for its
		// attribution cuts nothing, and the comma that closes the first part is its full stop.
		assert.equal(first.kind, 'identical', show(g));
		assert.equal(second.kind, 'identical', show(g));
		assert.deepEqual(first.changes, []);
		assert.deepEqual(second.changes, []);
	});

	test('the group id is the canonical version’s document and quote id', () => {
		const c = new Corpus();
		c.add('end.txt', LIBRARY_END_CUT);
		c.add('full.txt', LIBRARY_FULL);
		const g = c.group('end.txt', 'rebuild');
		assert.equal(g.id, `full.txt#${c.quote('full.txt', 'rebuild').id}`);
		assert.equal(g.members.filter((m) => isCanonical(g, m)).length, 1, 'the canonical version is one of the members');
		assert.equal(c.index.groupOf('full.txt', c.quote('full.txt', 'rebuild').id)?.id, g.id);
	});
});

describe('canonical: a primary source', () => {
	test('the primary article’s version is canonical even when an outlet quotes more', () => {
		const c = new Corpus();
		c.add('ledger.txt', CLINIC_LEDGER);
		c.add('release.txt', CLINIC_RELEASE, { primary: true });
		const g = c.sameGroup(['ledger.txt', 'new clinic'], ['release.txt', 'new clinic']);
		assert.equal(g.canonical.document, 'release.txt', show(g));
		assert.equal(g.id, `release.txt#${c.quote('release.txt', 'new clinic').id}`);
	});

	test('against a primary source, a reworded figure reads from the primary’s words to the outlet’s', () => {
		const c = new Corpus();
		c.add(
			'gazette.txt',
			'“Tens of thousands of islanders depend on this ferry, and we know that,” said Priya Natt, the managing director of Gull Line.',
		);
		c.add(
			'ledger.txt',
			'Gull Line’s managing director, Priya Natt, spoke to islanders on Friday. “Hundreds of thousands of islanders depend on this ferry, and we know that,” Natt said.',
		);
		c.add(
			'gull-line.txt',
			joinLines(
				'Gull Line: changes to our Sunday timetable',
				'',
				'“Hundreds of thousands of islanders depend on this ferry, and we know that,” said Priya Natt, our managing director.',
			),
			{ primary: true },
		);
		const g = c.sameGroup(['gazette.txt', 'islanders'], ['ledger.txt', 'islanders'], ['gull-line.txt', 'islanders']);
		assert.equal(g.canonical.document, 'gull-line.txt', show(g));
		assert.equal(member(g, 'ledger.txt', 'islanders').kind, 'identical');
		const gazette = member(g, 'gazette.txt', 'islanders');
		assert.equal(gazette.kind, 'wording');
		assert.equal(change(gazette, 'replaced', 'Hundreds', 'Tens').number, true);
	});

	test('without the primary flag, a sentence quoted whole is a faithful excerpt of a longer quote, not a cut', () => {
		const c = new Corpus();
		c.add('release.txt', CLINIC_RELEASE);
		c.add('ledger.txt', CLINIC_LEDGER);
		const g = c.sameGroup(['ledger.txt', 'new clinic'], ['release.txt', 'new clinic']);
		// The statement both quote is the first sentence; the ledger's second is its own words.
		assert.equal(g.text, 'We will build the new clinic on Harbour Road by the end of next year.', show(g));
		assert.equal(member(g, 'ledger.txt', 'new clinic').kind, 'identical', show(g));
		assert.equal(member(g, 'release.txt', 'new clinic').kind, 'identical', show(g));
		assert.equal(c.index.groups().length, 1);
	});
});
