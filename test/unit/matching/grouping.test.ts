/**
 * Which quotations are one statement: exact repeats, cut, elided, reworded and retyped
 * versions, split and interrupted quotes join one group; different statements that merely share
 * words, similar words from someone else, and stock phrases stay apart.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, corpus, documentsOf, each, joinLines, member, show } from './support';

const FERRY_FULL = joinLines(
	'Gull Line to end Sunday ferries',
	'',
	'The Brennick harbour ferry will stop running on Sundays from May, its operator said on Friday.',
	'',
	'“Sunday crossings have lost money every year since 2019, and we can no longer carry that loss,” said Priya Natt, the managing director of Gull Line.',
);

const LIBRARY_FULL = joinLines(
	'Brennick Mayor Tom Hale said on Tuesday that the town would rebuild its library, which burned down in March.',
	'',
	'“We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale told a packed meeting at the town hall.',
);

describe('grouping: one statement, many versions', () => {
	test('an exact repeat in three articles is one group of identical versions', () => {
		const c = corpus({
			'a.txt': FERRY_FULL,
			'b.txt': joinLines(
				'Islanders will lose their Sunday ferry this spring.',
				'',
				'“Sunday crossings have lost money every year since 2019, and we can no longer carry that loss,” Priya Natt, Gull Line’s managing director, told the Ledger.',
			),
			'c.txt': joinLines(
				'Priya Natt, who runs Gull Line, defended the cut at a packed meeting on Thursday.',
				'',
				'“Sunday crossings have lost money every year since 2019, and we can no longer carry that loss,” Natt said.',
			),
		});
		const g = c.sameGroup(...each(['a.txt', 'b.txt', 'c.txt'], 'Sunday crossings'));
		assert.deepEqual(documentsOf(g), ['a.txt', 'b.txt', 'c.txt']);
		assert.equal(g.documents, 3);
		assert.equal(g.members.length, 3, show(g));
		assert.equal(g.kind, 'identical');
		assert.equal(g.severity, 'none');
		assert.deepEqual(
			g.members.map((m) => m.kind),
			['identical', 'identical', 'identical'],
		);
		assert.equal(c.index.groups().length, 1);
	});

	test('an article that repeats its own quote forms a group within that article', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Priya Natt, the managing director of Gull Line, said Sunday crossings “have lost money every year since 2019.”',
				'',
				'She told islanders at a meeting on Thursday that the decision had not been taken lightly.',
				'',
				'“Sunday crossings have lost money every year since 2019, and we can no longer carry that loss,” Natt said.',
			),
			'b.txt': LIBRARY_FULL,
		});
		const g = c.sameGroup(['a.txt', 'since 2019.'], ['a.txt', 'no longer carry that loss']);
		assert.equal(g.members.length, 2, show(g));
		assert.equal(g.documents, 1);
		assert.deepEqual(documentsOf(g), ['a.txt']);
		c.alone('b.txt', 'rebuild the library');
	});

	test('versions cut at the end, at the start or at both ends join the full one', () => {
		const c = corpus({
			'full.txt': LIBRARY_FULL,
			'end.txt': 'Mayor Tom Hale told residents on Tuesday that the town would replace its burned library. “We will rebuild the library on Mill Street,” he said.',
			'start.txt':
				'The library that burned down in March will come back larger, Mayor Tom Hale said, promising that the new library “will be bigger than the building we lost.”',
			'both.txt':
				'Mayor Tom Hale promised on Tuesday that Brennick would “rebuild the library on Mill Street,” though he did not say how the town would pay for it.',
		});
		const g = c.sameGroup(
			['full.txt', 'We will rebuild'],
			['end.txt', 'We will rebuild'],
			['start.txt', 'bigger than the building'],
			['both.txt', 'rebuild the library'],
		);
		assert.equal(g.documents, 4);
		assert.equal(g.members.length, 4, show(g));
	});

	test('versions with words left out in the middle join, with or without an ellipsis', () => {
		const c = corpus({
			'full.txt': joinLines(
				'Brennick will close the Elm Road pool at the end of the summer.',
				'',
				'“We looked at every option, including selling the site, before we decided to close the Elm Road pool,” said council member Rita Hale.',
			),
			'marked.txt': '“We looked at every option … before we decided to close the Elm Road pool,” said Rita Hale, who sits on the town council.',
			'unmarked.txt': joinLines(
				'Council member Rita Hale said the decision had been a painful one.',
				'',
				'“We looked at every option before we decided to close the Elm Road pool,” Hale said.',
			),
		});
		const g = c.sameGroup(
			['full.txt', 'every option'],
			['marked.txt', 'every option'],
			['unmarked.txt', 'every option'],
		);
		assert.equal(g.members.length, 3, show(g));
	});

	test('a version reworded in a few places joins when the speaker is the same', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Harlan Water Co. will raise bills by 12 percent in July, chief executive Mona Quist said on Wednesday.',
				'',
				'“Nobody likes a higher bill, but the pipes under this city are older than most of the people who drink from them,” Quist said.',
			),
			'b.txt': 'Mona Quist, the chief executive of Harlan Water Co., defended the rise. “Nobody likes a bigger bill, but the pipes under this town are older than most of the people who drink from them,” she said.',
		});
		const g = c.sameGroup(['a.txt', 'Nobody likes'], ['b.txt', 'Nobody likes']);
		assert.equal(g.members.length, 2, show(g));
	});

	test('versions that differ in punctuation, letter case, apostrophes and dashes join', () => {
		const c = corpus({
			'a.txt': '“We’re staying in Brennick – this is where the company was born,” said Omar Castel, the founder of Castel Bakeries.',
			'b.txt': joinLines(
				'Castel Bakeries will keep its ovens in Brennick despite an offer from Dunmore, its founder said.',
				'',
				'Omar Castel told the Ledger: "We\'re staying in Brennick -- this is where the company was born."',
			),
			'c.txt': 'Castel Bakeries founder Omar Castel said on Monday that “we’re staying in Brennick — this is where the company was born,” ending weeks of rumours.',
		});
		const g = c.sameGroup(...each(['a.txt', 'b.txt', 'c.txt'], 'staying in Brennick'));
		assert.equal(g.members.length, 3, show(g));
	});

	test('both parts of an interrupted quote join the same words quoted in one piece', () => {
		const c = corpus({
			'a.txt': '“The Dunmore plant will close at the end of March,” said Ana Ruiz, the chief executive of Velta Foods. “About 400 jobs will go, and we will help every one of those workers find new work.”',
			'b.txt': joinLines(
				'Velta Foods chief executive Ana Ruiz confirmed the closure on Monday.',
				'',
				'“The Dunmore plant will close at the end of March. About 400 jobs will go, and we will help every one of those workers find new work,” Ruiz told the Ledger.',
			),
		});
		const g = c.sameGroup(
			['a.txt', 'plant will close'],
			['a.txt', 'About 400 jobs'],
			['b.txt', 'plant will close'],
		);
		assert.equal(g.members.length, 3, show(g));
		assert.equal(g.documents, 2);
	});

	test('a short statement with one of its three real words changed joins under the same speaker', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Judge Hugh Lindqvist ruled on the satellite case on Monday.',
				'',
				'“It’s vital that we can challenge the satellite,” Lindqvist said.',
			),
			'b.txt': 'Judge Hugh Lindqvist spoke after the hearing. “It’s worrying that we can challenge the satellite,” Lindqvist said.',
			'c.txt': 'Mayor Tom Hale spoke after the vote. “It’s reasonable that we can challenge the satellite,” Hale said.',
		});
		const g = c.sameGroup(['a.txt', 'vital'], ['b.txt', 'worrying']);
		assert.equal(g.members.length, 2, show(g));
		assert.equal(g.kind, 'wording');
		// Other words from someone else are not the judge's statement (the same words would be
		// the judge's, given to the wrong person).
		c.alone('c.txt', 'reasonable');
	});

	test('a short statement with one real word changed stays apart when one version has no speaker', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Judge Hugh Lindqvist ruled on the satellite case on Monday.',
				'',
				'“It’s vital that we can challenge the satellite,” Lindqvist said.',
			),
			'b.txt': 'The hearing ended early. “It’s worrying that we can challenge the satellite.”',
		});
		c.alone('a.txt', 'vital');
		c.alone('b.txt', 'worrying');
	});

	test('a statement cut down to its two ends joins the whole one under the same speaker', () => {
		const c = corpus({
			'a.txt': '“This is about our proposal of our structural clocktower and our volunteer of our seasonal treaties,” said Commissioner Omar Lawson.',
			'b.txt': joinLines(
				'Commissioner Omar Lawson defended the plan on Friday.',
				'',
				'“This is about our … of our seasonal treaties,” Lawson said.',
			),
		});
		const g = c.sameGroup(['a.txt', 'clocktower'], ['b.txt', 'seasonal treaties']);
		assert.equal(g.members.length, 2, show(g));
		assert.equal(member(g, 'b.txt', 'seasonal treaties').kind, 'elision');
	});

	test('a part of an interrupted quote too short to link alone joins with the rest of it', () => {
		const c = corpus({
			'a.txt': 'Judge Neil Reyes said: “It is frustrating that we should draw every drought of every teacher.”',
			'b.txt': '“It is frustrating that we should,” Judge Neil Reyes said, “draw every drought of every teacher.”',
			'c.txt': 'Mayor Tom Hale was asked about the vote. “It is frustrating that we should,” he said. “We lost.”',
		});
		const g = c.sameGroup(['a.txt', 'frustrating'], ['b.txt', 'frustrating'], ['b.txt', 'every drought']);
		assert.equal(g.members.length, 3, show(g));
		// The same opening words from another speaker, going on to something else, stay apart.
		c.alone('c.txt', 'frustrating');
	});

	test('a cut made mostly of word pairs common across the corpus still joins the full version', () => {
		// Over 300 other people's quotes say "before the end of May": those pairs are too common
		// to look candidates up by, so only "Nairn before" finds the full version.
		const c = new Corpus();
		const letters = 'bcdfghklmnprstvz';
		const made = (i: number) => [...i.toString(16).padStart(3, '0')].map((d) => letters[parseInt(d, 16)] + 'a').join('');
		for (let i = 0; i < 320; i++) {
			const name = `Ana ${made(i)[0].toUpperCase()}${made(i).slice(1)}`;
			c.add(`other-${i}.txt`, `${name} said: “The ${made(i + 1000)} and the ${made(i + 2000)} will open before the end of May.”`);
		}
		c.add('full.txt', joinLines(
			'Judge Neil Reyes spoke to families on Monday.',
			'',
			'“These families can close the platforms from Nairn before the end of May,” Reyes said.',
		));
		c.add('cut.txt', 'Judge Neil Reyes gave a date for the platforms. “Nairn before the end of May,” Reyes said.');
		const g = c.sameGroup(['full.txt', 'These families'], ['cut.txt', 'Nairn before']);
		assert.equal(g.members.length, 2, show(g));
		assert.equal(member(g, 'cut.txt', 'Nairn before').kind, 'truncation');
	});

	test('two sentences quoted as one span are a version of each sentence quoted apart, over its region', () => {
		const a = '“Our drivers are exhausted after months of double shifts. We have asked for a fourth shift for two years and nobody at Corvel has listened,” said Jo Brandt, a union organiser at the Dunmore depot.';
		const c = corpus({
			'a.txt': a,
			'b.txt': joinLines(
				'Jo Brandt, who organises drivers at the Dunmore depot for the union, said morale had collapsed.',
				'',
				'“Our drivers are exhausted after months of double shifts,” Brandt said.',
				'',
				'She said the union had made its case again and again. “We have asked for a fourth shift for two years and nobody at Corvel has listened,” Brandt said.',
			),
		});
		const drivers = c.sameGroup(['a.txt', 'Our drivers'], ['b.txt', 'Our drivers']);
		const shift = c.sameGroup(['b.txt', 'fourth shift']);
		assert.notEqual(drivers.id, shift.id, 'nothing links the two sentences quoted apart through the long quote');
		assert.deepEqual(
			c.index.groupsOfQuote('a.txt', c.quote('a.txt', 'Our drivers').id).map((g) => g.id),
			[drivers.id, shift.id],
		);
		for (const [g, sentence] of [
			[drivers, 'Our drivers are exhausted after months of double shifts.'],
			[shift, 'We have asked for a fourth shift for two years and nobody at Corvel has listened,'],
		] as const) {
			assert.equal(g.members.length, 2, show(g));
			const long = member(g, 'a.txt', 'Our drivers');
			assert.equal(a.slice(long.start, long.end), sentence, 'the long quote’s region is the sentence');
			// Each outlet quotes the whole sentence: a faithful excerpt, not a cut.
			assert.ok(g.members.every((m) => m.kind === 'identical' || m.kind === 'punctuation'), show(g));
		}
	});
});

describe('grouping: what stays apart', () => {
	test('two statements of one speaker that share common words stay apart', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Brennick’s council will vote on next year’s budget on Thursday, Mayor Tom Hale said.',
				'',
				'“The council will vote on the budget next week, and I expect it to pass without much trouble,” Hale said.',
			),
			'b.txt': joinLines(
				'Mayor Tom Hale said the harbour plan would have to wait.',
				'',
				'“The council will not vote on the harbour plan until the autumn, whatever the developers want,” Hale said.',
			),
		});
		c.alone('a.txt', 'vote on the budget');
		c.alone('b.txt', 'vote on the harbour plan');
		assert.deepEqual(c.index.groups(), []);
	});

	test('two statements of one speaker, each quoted by two outlets, make two groups', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Gull Line’s managing director, Priya Natt, said: “Sunday crossings have lost money every year since 2019.”',
				'',
				'“We will put the savings into a faster boat for the weekday commuters,” Natt added.',
			),
			'b.txt': joinLines(
				'Priya Natt, who runs Gull Line, promised a better weekday service. “We will put the savings into a faster boat for the weekday commuters,” she said.',
				'',
				'Natt said the Sunday boat could not go on. “Sunday crossings have lost money every year since 2019,” she said.',
			),
		});
		const sunday = c.sameGroup(['a.txt', 'Sunday crossings'], ['b.txt', 'Sunday crossings']);
		const boat = c.sameGroup(['a.txt', 'faster boat'], ['b.txt', 'faster boat']);
		assert.notEqual(sunday.id, boat.id, `one group for two statements:\n${show(sunday)}`);
		assert.equal(sunday.members.length, 2, show(sunday));
		assert.equal(boat.members.length, 2, show(boat));
		assert.equal(c.index.groups().length, 2);
	});

	test('a similar sentence from a different speaker on a different occasion is not grouped', () => {
		const c = corpus({
			'sport.txt': '“This team has never been in better shape than it is today,” said Lena Park, the coach of the Brennick Gulls, after Saturday’s win over Dunmore.',
			'politics.txt': joinLines(
				'Mayor Tom Hale opened his campaign for a third term on Friday.',
				'',
				'“This town has never been in better shape than it is today,” Hale told supporters at the harbour.',
			),
		});
		c.alone('sport.txt', 'This team');
		c.alone('politics.txt', 'This town');
	});

	test('“I don’t know” and “No comment” from different people make no group', () => {
		const c = corpus({
			'a.txt': 'Asked whether the Sunday ferry would ever return, Gull Line’s Priya Natt shrugged. “I don’t know,” she said.',
			'b.txt': 'Asked when the Elm Road pool site would be sold, council member Rita Hale was blunt. “I don’t know,” Hale said.',
			'c.txt': 'Corvel would not say where the depot would go instead. “No comment,” a Corvel spokesman said.',
			'd.txt': 'Reached by phone on Monday, Velta Foods chief executive Ana Ruiz said: “No comment.”',
		});
		c.alone('a.txt', 'know');
		c.alone('b.txt', 'know');
		c.alone('c.txt', 'No comment');
		c.alone('d.txt', 'No comment');
		assert.deepEqual(c.index.groups(), []);
	});

	test('“No comment” from the same person in two articles makes no group', () => {
		const c = corpus({
			'a.txt': 'Corvel’s chief executive, Lars Ebbe, was asked on Monday whether the depot would move to Dunmore. “No comment,” Ebbe said.',
			'b.txt': 'Asked about the union’s claims of double shifts, Lars Ebbe, Corvel’s chief executive, replied: “No comment.”',
		});
		c.alone('a.txt', 'No comment');
		c.alone('b.txt', 'No comment');
	});

	test('longer quotes that only open with the same stock phrase stay apart', () => {
		const c = corpus({
			'a.txt': '“I don’t know what the council was thinking when it approved that tower,” said Rita Hale, who voted against it.',
			'b.txt': joinLines(
				'Council member Rita Hale said the ferry cuts worried her more than the pool.',
				'',
				'“I don’t know whether the ferry will still be running next winter,” Hale said.',
			),
		});
		c.alone('a.txt', 'tower');
		c.alone('b.txt', 'ferry');
	});

	test('a quote that no other article repeats is in no group', () => {
		const c = corpus({
			'a.txt': FERRY_FULL,
			'b.txt': LIBRARY_FULL,
		});
		c.alone('a.txt', 'Sunday crossings');
		c.alone('b.txt', 'rebuild the library');
		assert.deepEqual(c.index.groups(), []);
		assert.deepEqual(c.index.groupsOf('a.txt'), []);
	});
});

describe('grouping: listing', () => {
	test('groups() lists each group once, ordered by the first member’s document and offset', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Gull Line’s managing director, Priya Natt, said: “Sunday crossings have lost money every year since 2019.”',
				'',
				'“We will put the savings into a faster boat for the weekday commuters,” Natt added.',
			),
			'b.txt': joinLines(
				'Priya Natt, who runs Gull Line, promised a better weekday service. “We will put the savings into a faster boat for the weekday commuters,” she said.',
				'',
				'Natt said the Sunday boat could not go on. “Sunday crossings have lost money every year since 2019,” she said.',
			),
		});
		const groups = c.index.groups();
		assert.equal(groups.length, 2);
		assert.equal(new Set(groups.map((g) => g.id)).size, 2, 'each group once');
		assert.match(groups[0].members[0].quote.text, /^Sunday crossings/);
		assert.match(groups[1].members[0].quote.text, /^We will put the savings/);
		assert.ok(groups.every((g) => g.members[0].document === 'a.txt'));
	});

	test('members are listed in document order, then by offset', () => {
		const c = corpus({
			'a.txt': '“The Dunmore plant will close at the end of March,” said Ana Ruiz, the chief executive of Velta Foods. “About 400 jobs will go, and we will help every one of those workers find new work.”',
			'b.txt': joinLines(
				'Velta Foods chief executive Ana Ruiz confirmed the closure on Monday.',
				'',
				'“The Dunmore plant will close at the end of March. About 400 jobs will go, and we will help every one of those workers find new work,” Ruiz told the Ledger.',
			),
		});
		const g = c.group('b.txt', 'plant will close');
		assert.deepEqual(
			g.members.map((m) => `${m.document}#${m.quote.id}`),
			['a.txt#q1', 'a.txt#q2', 'b.txt#q1'],
		);
	});
});

describe('grouping: sentences as outlets split them', () => {
	test('one outlet’s “A and B” where others quote two sentences is a version of each', () => {
		const c = corpus({
			'a.txt': 'Gov. Rick Perry spoke in Ames. “As president, I will end the war on our farms. And I will fight for every family farm in this state,” Perry said.',
			'b.txt': 'Perry made his pitch in Ames. “As president, I will end the war on our farms and I will fight for every family farm in this state,” Perry said.',
			'c.txt': joinLines('Gov. Rick Perry drew a crowd in Ames.', '', '“As president, I will end the war on our farms,” Perry said. “And I will fight for every family farm in this state.”'),
		});
		const first = c.sameGroup(['a.txt', 'As president'], ['b.txt', 'As president'], ['c.txt', 'As president']);
		const both = c.groupsOf('b.txt', 'As president');
		assert.equal(first.members.length, 4, show(first));
		// The two sentences travel together in every version here, so they make one statement.
		assert.equal(both.length, 1, both.map(show).join('\n'));
		assert.match(first.text, /farms\. And I will fight/);
		// The same words: “farms and I will” for “farms. And I will” is punctuation and case.
		assert.equal(member(first, 'b.txt', 'As president').kind, 'punctuation', show(first));
	});

	test('a fragment found in two sentences of one speaker goes with the one it fits best', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Mayor Tom Hale spoke after the vote.',
				'',
				'“That is not putting people back to work,” Hale said. “We want to see the council help us by putting people back to work.”',
			),
			'b.txt': 'Mayor Tom Hale said the plan was “not putting people back to work,” and left the hall.',
		});
		const g = c.sameGroup(['b.txt', 'not putting'], ['a.txt', 'That is not']);
		assert.ok(!g.members.some((m) => m.quote.text.startsWith('We want')), show(g));
	});
});

describe('grouping: a cut across sentences', () => {
	test('the start of one sentence and the end of the next, the words between left out, join both', () => {
		const c = corpus({
			'a.txt': '“We have saved 16 servers from the flood. There are 63 untested grants along the old forge,” said Mayor Tom Hale.',
			'b.txt': 'Mayor Tom Hale was upbeat. “We have saved 16 … grants along the old forge,” Hale said.',
		});
		const g = c.sameGroup(['a.txt', 'saved 16 servers'], ['b.txt', 'saved 16']);
		assert.equal(member(g, 'b.txt', 'saved 16').kind, 'elision', show(g));
		assert.equal(member(g, 'b.txt', 'saved 16').marked, true);
	});
});
