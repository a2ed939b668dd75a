/**
 * The index as the editor uses it: articles added, edited and removed one at a time; each call
 * says which documents' groups changed, other articles included, and the state afterwards is the
 * same as if the corpus had been built from scratch.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteGroup } from '../../../server/src/engine/matching';
import { Corpus, joinLines, member, show } from './support';

const LIBRARY_FULL = joinLines(
	'Brennick Mayor Tom Hale said on Tuesday that the town would rebuild its library, which burned down in March.',
	'',
	'“We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale told a packed meeting at the town hall.',
);
const LIBRARY_SAME =
	'Mayor Tom Hale made the promise to a packed town hall. “We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale said.';
const LIBRARY_CUT =
	'Mayor Tom Hale told residents on Tuesday that the town would replace its burned library. “We will rebuild the library on Mill Street,” he said.';
const LIBRARY_LONGER = joinLines(
	'Mayor Tom Hale gave his word at Tuesday’s meeting.',
	'',
	'“We will rebuild the library on Mill Street, and it will be bigger than the building we lost. The first books go back on the shelves next spring,” Hale said.',
);
const FERRY = joinLines(
	'The Brennick harbour ferry will stop running on Sundays from May.',
	'',
	'“Sunday crossings have lost money every year since 2019, and we can no longer carry that loss,” said Priya Natt, the managing director of Gull Line.',
);
const FERRY_AGAIN =
	'Islanders will lose their Sunday ferry. “Sunday crossings have lost money every year since 2019, and we can no longer carry that loss,” Priya Natt, Gull Line’s managing director, told the Ledger.';
const UNRELATED =
	'“This team has never been in better shape than it is today,” said Lena Park, the coach of the Brennick Gulls, after Saturday’s win over Dunmore.';

/** The changed documents, sorted. */
function changed(result: { changed: string[] }): string[] {
	return [...result.changed].sort();
}

/** Everything a caller can see of the groups, in an order that does not depend on insertion. */
function snapshot(groups: QuoteGroup[]): unknown {
	return groups
		.map((g) => ({
			id: g.id,
			kind: g.kind,
			severity: g.severity,
			speaker: g.speaker,
			documents: g.documents,
			members: g.members
				.map((m) => ({
					at: `${m.document}#${m.quote.id}`,
					text: m.quote.text,
					kind: m.kind,
					severity: m.severity,
					changes: m.changes,
					speaker: m.speaker,
					speakerInferred: m.speakerInferred,
				}))
				.sort((a, b) => a.at.localeCompare(b.at)),
		}))
		.sort((a, b) => a.id.localeCompare(b.id));
}

describe('incremental: update', () => {
	test('a second article quoting the same words reports both articles', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		assert.deepEqual(changed(c.add('b.txt', LIBRARY_CUT)), ['a.txt', 'b.txt']);
		c.sameGroup(['a.txt', 'rebuild'], ['b.txt', 'rebuild']);
	});

	test('an article that joins no group reports no other article', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		const result = c.add('c.txt', UNRELATED);
		assert.deepEqual(
			result.changed.filter((d) => d !== 'c.txt'),
			[],
		);
		assert.deepEqual(c.index.groupsOf('c.txt'), []);
	});

	test('a third version joining a group reports every article of the group', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		c.add('x.txt', FERRY);
		assert.deepEqual(changed(c.add('c.txt', LIBRARY_SAME)), ['a.txt', 'b.txt', 'c.txt']);
		assert.equal(c.group('a.txt', 'rebuild').documents, 3);
	});

	test('an update with the same text changes nothing', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		const before = snapshot(c.index.groups());
		assert.deepEqual(c.add('b.txt', LIBRARY_CUT).changed, []);
		assert.deepEqual(c.add('a.txt', LIBRARY_FULL).changed, []);
		assert.deepEqual(snapshot(c.index.groups()), before);
	});

	test('an edit that rewords a version reports the other articles of its group, and only those', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		c.add('x.txt', FERRY);
		c.add('y.txt', FERRY_AGAIN);
		const edited = LIBRARY_CUT.replace('Mill Street', 'Mill Lane');
		assert.deepEqual(changed(c.add('b.txt', edited)), ['a.txt', 'b.txt']);
		const g = c.sameGroup(['a.txt', 'rebuild'], ['b.txt', 'rebuild']);
		const m = member(g, 'b.txt', 'rebuild');
		assert.equal(m.kind, 'wording', show(g));
		assert.equal(m.quote.text.includes('Mill Lane'), true, 'the group holds the edited quote');
	});

	test('an edit that removes the quote dissolves the group and reports the other article', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		const withoutQuote = LIBRARY_CUT.slice(0, LIBRARY_CUT.indexOf(' “'));
		const result = c.add('b.txt', withoutQuote);
		assert.deepEqual(changed(result), ['a.txt', 'b.txt']);
		c.alone('a.txt', 'rebuild');
		assert.deepEqual(c.index.groups(), []);
		assert.deepEqual(c.index.groupsOf('b.txt'), []);
	});

	test('an edit that shifts quote ids keeps the group on the right quote', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		c.add('a.txt', joinLines('“It was the worst night of my life,” said the head librarian, Joan Pike.', '', LIBRARY_FULL));
		const moved = c.quote('a.txt', 'rebuild');
		assert.equal(moved.id, 'q2');
		assert.equal(c.index.groupOf('a.txt', 'q2')?.id, c.group('b.txt', 'rebuild').id);
		assert.equal(c.index.groupOf('a.txt', 'q1'), undefined, 'the new first quote stands alone');
		assert.equal(c.group('b.txt', 'rebuild').id, 'a.txt#q2', 'the id follows the canonical quote');
	});
});

describe('incremental: canonical and group id', () => {
	test('the group id stays while the canonical version stays, and moves when a fuller version arrives', () => {
		const c = new Corpus();
		c.add('b.txt', LIBRARY_CUT);
		c.add('c.txt', LIBRARY_CUT.replace('he said', 'Hale said'));
		const id = c.group('b.txt', 'rebuild').id;
		assert.equal(id, `b.txt#${c.quote('b.txt', 'rebuild').id}`);
		c.add('x.txt', FERRY);
		assert.equal(c.group('b.txt', 'rebuild').id, id, 'an unrelated article leaves the id alone');
		assert.deepEqual(changed(c.add('a.txt', LIBRARY_FULL)), ['a.txt', 'b.txt', 'c.txt']);
		const g = c.group('b.txt', 'rebuild');
		assert.equal(g.canonical.document, 'a.txt', show(g));
		assert.equal(g.id, `a.txt#${c.quote('a.txt', 'rebuild').id}`);
		assert.equal(member(g, 'b.txt', 'rebuild').kind, 'truncation');
		// A longer quote that adds a sentence of its own is no fuller version of this one.
		c.add('d.txt', LIBRARY_LONGER);
		assert.equal(c.group('b.txt', 'rebuild').canonical.document, 'a.txt', show(c.group('b.txt', 'rebuild')));
	});
});

describe('incremental: remove', () => {
	test('removing an article reports the other articles of its groups and forgets it', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		c.add('c.txt', LIBRARY_SAME);
		c.add('x.txt', FERRY);
		const result = c.remove('c.txt');
		assert.ok(result.changed.includes('a.txt') && result.changed.includes('b.txt'), JSON.stringify(result));
		assert.ok(!result.changed.includes('x.txt'));
		assert.deepEqual(c.index.documents().sort(), ['a.txt', 'b.txt', 'x.txt']);
		assert.deepEqual(c.index.groupsOf('c.txt'), []);
		assert.equal(c.index.groupOf('c.txt', 'q1'), undefined);
		const g = c.sameGroup(['a.txt', 'rebuild'], ['b.txt', 'rebuild']);
		assert.equal(g.documents, 2);
		assert.ok(g.members.every((m) => m.document !== 'c.txt'));
	});

	test('removing the canonical article hands the group to the next most complete version', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		c.add('c.txt', LIBRARY_LONGER);
		c.remove('c.txt');
		const g = c.group('b.txt', 'rebuild');
		assert.equal(g.canonical.document, 'a.txt', show(g));
		assert.equal(member(g, 'b.txt', 'rebuild').kind, 'truncation');
	});

	test('removing the last other version dissolves the group', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		assert.ok(c.remove('b.txt').changed.includes('a.txt'));
		c.alone('a.txt', 'rebuild');
		assert.deepEqual(c.index.groups(), []);
	});

	test('removing an unknown article changes nothing', () => {
		const c = new Corpus();
		c.add('a.txt', LIBRARY_FULL);
		c.add('b.txt', LIBRARY_CUT);
		const before = snapshot(c.index.groups());
		assert.deepEqual(c.index.remove('nope.txt'), { changed: [] });
		assert.deepEqual(c.index.documents().sort(), ['a.txt', 'b.txt']);
		assert.deepEqual(snapshot(c.index.groups()), before);
	});
});

describe('incremental: queries', () => {
	test('documents(), groupsOf() and groupOf() agree with groups()', () => {
		const c = new Corpus();
		c.add('a.txt', joinLines(LIBRARY_FULL, '', FERRY));
		c.add('b.txt', LIBRARY_CUT);
		c.add('c.txt', FERRY_AGAIN);
		c.add('d.txt', UNRELATED);
		assert.deepEqual(c.index.documents().sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
		assert.equal(c.index.groups().length, 2);
		assert.deepEqual(
			c.index.groupsOf('a.txt').map((g) => g.id).sort(),
			c.index.groups().map((g) => g.id).sort(),
		);
		assert.deepEqual(
			c.index.groupsOf('b.txt').map((g) => g.id),
			[c.group('a.txt', 'rebuild').id],
		);
		assert.deepEqual(
			c.index.groupsOf('c.txt').map((g) => g.id),
			[c.group('a.txt', 'Sunday crossings').id],
		);
		assert.deepEqual(c.index.groupsOf('d.txt'), []);
		assert.deepEqual(c.index.groupsOf('never-added.txt'), []);
		assert.equal(c.index.groupOf('a.txt', 'q99'), undefined);
	});

	test('after adds, edits and removals the groups are those of a corpus built from scratch', () => {
		const live = new Corpus();
		live.add('a.txt', LIBRARY_FULL);
		live.add('b.txt', FERRY);
		live.add('c.txt', LIBRARY_LONGER);
		live.add('d.txt', FERRY_AGAIN);
		live.add('e.txt', UNRELATED);
		live.add('c.txt', LIBRARY_CUT);
		live.remove('d.txt');
		live.add('d.txt', FERRY_AGAIN.replace('2019', '2018'));
		live.remove('e.txt');

		const fresh = new Corpus();
		fresh.add('a.txt', LIBRARY_FULL);
		fresh.add('b.txt', FERRY);
		fresh.add('c.txt', LIBRARY_CUT);
		fresh.add('d.txt', FERRY_AGAIN.replace('2019', '2018'));

		assert.deepEqual(snapshot(live.index.groups()), snapshot(fresh.index.groups()));
		assert.deepEqual(live.index.documents().sort(), fresh.index.documents().sort());
		assert.equal(live.group('d.txt', 'Sunday crossings').kind, 'wording');
	});
});
