/**
 * How each version differs from the canonical one: its kind, the word-level changes (from the
 * canonical words to the member's), the number and negation flags, and the severity.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { GroupMember, WordChange } from '../../../server/src/engine/matching';
import { change, Corpus, corpus, isCanonical, joinLines, member, others, show, showChanges, words } from './support';

const LIBRARY_FULL = joinLines(
	'Brennick Mayor Tom Hale said on Tuesday that the town would rebuild its library, which burned down in March.',
	'',
	'“We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale told a packed meeting at the town hall.',
);

const POOL_FULL = joinLines(
	'Brennick will close the Elm Road pool at the end of the summer.',
	'',
	'“We looked at every option, including selling the site, before we decided to close the Elm Road pool,” said council member Rita Hale.',
);

/** The one replaced change between the words `x` and `y`, in whichever direction. */
function replacedBetween(m: GroupMember, x: string, y: string): WordChange {
	const pair = (c: WordChange) => [words(c.from), words(c.to)].sort().join(' | ');
	const want = [words(x), words(y)].sort().join(' | ');
	const found = m.changes.filter((c) => c.op === 'replaced' && pair(c) === want);
	assert.equal(found.length, 1, `expected “${x}” and “${y}” replaced in ${m.document}, got:\n${showChanges(m)}`);
	return found[0];
}

describe('differences: harmless', () => {
	test('the canonical version is identical to itself, with no changes', () => {
		const c = corpus({
			'a.txt': '“The lighthouse will be lit again on New Year’s Eve for the first time since 1998,” said Ines Ward, who chairs the Brennick Harbour Trust.',
			'b.txt': joinLines(
				'The Brennick lighthouse has been dark for a generation.',
				'',
				'"The lighthouse will be lit again on New Year’s Eve for the first time since 1998," Ines Ward, chair of the Brennick Harbour Trust, said.',
			),
		});
		const g = c.sameGroup(['a.txt', 'lighthouse'], ['b.txt', 'lighthouse']);
		assert.equal(g.canonical.kind, 'identical');
		assert.equal(g.canonical.severity, 'none');
		assert.deepEqual(g.canonical.changes, []);
		// Curly and straight quote marks sit outside the quoted text: the versions are identical.
		const [other] = others(g);
		assert.equal(other.kind, 'identical', show(g));
		assert.equal(other.severity, 'none');
		assert.deepEqual(other.changes, []);
		assert.equal(g.kind, 'identical');
		assert.equal(g.severity, 'none');
	});

	test('’ versus \' and – versus — versus -- are typography only', () => {
		const c = corpus({
			'a.txt': '“We’re staying in Brennick – this is where the company was born,” said Omar Castel, the founder of Castel Bakeries.',
			'b.txt': joinLines(
				'Castel Bakeries will keep its ovens in Brennick despite an offer from Dunmore.',
				'',
				'"We\'re staying in Brennick -- this is where the company was born," its founder, Omar Castel, told the Ledger.',
			),
			'c.txt': 'Omar Castel, who founded Castel Bakeries in 1987, put an end to the rumours on Monday. “We’re staying in Brennick — this is where the company was born,” he said.',
		});
		const g = c.sameGroup(['a.txt', 'staying'], ['b.txt', 'staying'], ['c.txt', 'staying']);
		assert.equal(g.members.length, 3, show(g));
		for (const m of others(g)) {
			assert.equal(m.kind, 'typography', show(g));
			assert.equal(m.severity, 'low');
		}
		assert.equal(g.kind, 'typography');
		assert.equal(g.severity, 'low');
	});

	test('two spaces after a full stop, or a no-break space, are no difference at all', () => {
		const c = corpus({
			'a.txt': '“The lighthouse will be lit again on New Year’s Eve.  It has been dark since\u00a01998,” said Ines Ward, who chairs the Brennick Harbour Trust.',
			'b.txt': joinLines(
				'The Brennick lighthouse has been dark for a generation.',
				'',
				'“The lighthouse will be lit again on New Year’s Eve. It has been dark since 1998,” said Ines Ward, the trust’s chair.',
			),
		});
		const g = c.sameGroup(['a.txt', 'lighthouse'], ['b.txt', 'lighthouse']);
		for (const m of g.members) {
			assert.equal(m.kind, 'identical', show(g));
		}
		assert.equal(g.kind, 'identical');
	});

	test('a quote broken mid-sentence by its attribution is identical to the sentence quoted whole', () => {
		const c = corpus({
			'a.txt': '“Leaving my service in the House,” said Tom Hale, the mayor of Brennick, “I can look back on my career and say it was well spent.”',
			'b.txt': joinLines(
				'Brennick Mayor Tom Hale will not run again.',
				'',
				'“Leaving my service in the House, I can look back on my career and say it was well spent,” Hale said.',
			),
		});
		const g = c.sameGroup(['a.txt', 'Leaving my service'], ['a.txt', 'look back'], ['b.txt', 'Leaving my service']);
		for (const m of g.members) {
			assert.equal(m.kind, 'identical', show(g));
		}
	});

	test('an ellipsis character and three dots are typography only', () => {
		const c = corpus({
			'a.txt': '“We looked at every option … before we decided to close the Elm Road pool,” said Rita Hale, who sits on the town council.',
			'b.txt': joinLines(
				'Council member Rita Hale defended the decision on Wednesday.',
				'',
				'"We looked at every option ... before we decided to close the Elm Road pool," Hale said.',
			),
		});
		const g = c.sameGroup(['a.txt', 'every option'], ['b.txt', 'every option']);
		assert.equal(others(g)[0].kind, 'typography', show(g));
	});

	test('a comma for the full stop that ends a quoted sentence is no difference; inside it, punctuation', () => {
		// “…of May,” said Priya Natt: news closes a quoted sentence with a comma before its attribution.
		const c = corpus({
			'a.txt': '“The ferry will stop running on Sundays from the first of May,” said Priya Natt, the managing director of Gull Line.',
			'b.txt': 'Priya Natt, Gull Line’s managing director, told islanders: “The ferry will stop running on Sundays from the first of May.”',
			'c.txt': 'Priya Natt, who runs Gull Line, told the Ledger: “The ferry will stop running on Sundays, from the first of May.”',
		});
		const g = c.sameGroup(['a.txt', 'ferry will stop'], ['b.txt', 'ferry will stop'], ['c.txt', 'ferry will stop']);
		assert.equal(member(g, 'a.txt', 'ferry').kind, 'identical', show(g));
		assert.equal(member(g, 'b.txt', 'ferry').kind, 'identical', show(g));
		assert.equal(member(g, 'c.txt', 'ferry').kind, 'punctuation', show(g));
		assert.equal(member(g, 'c.txt', 'ferry').severity, 'low');
		assert.equal(g.kind, 'punctuation');
	});

	test('a lower-case first letter is a punctuation (case) difference', () => {
		const c = corpus({
			'a.txt': '“The ferry will stop running on Sundays from the first of May,” said Priya Natt, the managing director of Gull Line.',
			'b.txt': 'Gull Line’s Priya Natt said on Friday that “the ferry will stop running on Sundays from the first of May,” a decision islanders called a betrayal.',
		});
		const g = c.sameGroup(['a.txt', 'ferry will stop'], ['b.txt', 'ferry will stop']);
		assert.equal(others(g)[0].kind, 'punctuation', show(g));
	});

	test('typography and punctuation together count as punctuation', () => {
		const c = corpus({
			'a.txt': '“We’re staying in Brennick – this is where the company was born,” said Omar Castel, the founder of Castel Bakeries.',
			'b.txt': 'Castel Bakeries founder Omar Castel told the Ledger: "We\'re staying in Brennick -- this is where the company was born."',
		});
		const g = c.sameGroup(['a.txt', 'staying'], ['b.txt', 'staying']);
		assert.equal(others(g)[0].kind, 'typography', show(g));
		const d = corpus({
			'a.txt': '“We’re staying in Brennick – this is where the company was born,” said Omar Castel, the founder of Castel Bakeries.',
			'b.txt': 'Castel Bakeries founder Omar Castel told the Ledger: "We\'re staying in Brennick -- this is where, the company was born."',
		});
		const h = d.sameGroup(['a.txt', 'staying'], ['b.txt', 'staying']);
		assert.equal(others(h)[0].kind, 'punctuation', show(h));
	});
});

describe('differences: cuts', () => {
	test('a version cut at the end is a truncation, with the cut words removed', () => {
		const c = corpus({
			'full.txt': LIBRARY_FULL,
			'cut.txt': 'Mayor Tom Hale told residents on Tuesday that the town would replace its burned library. “We will rebuild the library on Mill Street,” he said.',
		});
		const g = c.sameGroup(['full.txt', 'rebuild'], ['cut.txt', 'rebuild']);
		assert.equal(g.canonical.document, 'full.txt');
		const m = member(g, 'cut.txt', 'rebuild');
		assert.equal(m.kind, 'truncation');
		assert.equal(m.severity, 'medium');
		change(m, 'removed', 'and it will be bigger than the building we lost', '');
		assert.equal(m.changes.length, 1, showChanges(m));
		assert.equal(g.kind, 'truncation');
		assert.equal(g.severity, 'medium');
	});

	test('a version cut at the start and opened with an ellipsis is a truncation', () => {
		const c = corpus({
			'full.txt': LIBRARY_FULL,
			'cut.txt': 'Mayor Tom Hale said of the new library: “… it will be bigger than the building we lost.”',
		});
		const g = c.sameGroup(['full.txt', 'rebuild'], ['cut.txt', 'bigger']);
		const m = member(g, 'cut.txt', 'bigger');
		assert.equal(m.kind, 'truncation', show(g));
		change(m, 'removed', 'We will rebuild the library on Mill Street, and', '');
	});

	test('a version cut at both ends is a truncation with two removals', () => {
		const c = corpus({
			'full.txt': LIBRARY_FULL,
			'cut.txt': 'Mayor Tom Hale promised on Tuesday that Brennick would “rebuild the library on Mill Street,” though he did not say how the town would pay for it.',
		});
		const g = c.sameGroup(['full.txt', 'rebuild'], ['cut.txt', 'rebuild']);
		const m = member(g, 'cut.txt', 'rebuild');
		assert.equal(m.kind, 'truncation', show(g));
		change(m, 'removed', 'We will', '');
		change(m, 'removed', 'and it will be bigger than the building we lost', '');
	});

	test('words left out in the middle behind an ellipsis are a marked elision', () => {
		const c = corpus({
			'full.txt': POOL_FULL,
			'cut.txt': '“We looked at every option … before we decided to close the Elm Road pool,” said Rita Hale, who sits on the town council.',
		});
		const g = c.sameGroup(['full.txt', 'every option'], ['cut.txt', 'every option']);
		const m = member(g, 'cut.txt', 'every option');
		assert.equal(m.kind, 'elision', show(g));
		assert.equal(m.marked, true);
		assert.equal(m.severity, 'medium');
		change(m, 'removed', 'including selling the site', '');
	});

	test('words left out in the middle without an ellipsis are an unmarked elision', () => {
		const c = corpus({
			'full.txt': POOL_FULL,
			'cut.txt': joinLines(
				'Council member Rita Hale said the decision had been a painful one.',
				'',
				'“We looked at every option before we decided to close the Elm Road pool,” Hale said.',
			),
		});
		const g = c.sameGroup(['full.txt', 'every option'], ['cut.txt', 'every option']);
		const m = member(g, 'cut.txt', 'every option');
		assert.equal(m.kind, 'elision', show(g));
		assert.equal(m.marked, false);
		change(m, 'removed', 'including selling the site', '');
	});

	test('a cut that leaves a figure out is still an elision: the words kept are the speaker’s', () => {
		const c = corpus({
			'full.txt': '“We will cut 400 jobs at the Dunmore plant before the end of the year,” said Ana Ruiz, the chief executive of Velta Foods.',
			'cut.txt': 'Velta Foods chief executive Ana Ruiz confirmed the plan. “We will cut … jobs at the Dunmore plant before the end of the year,” she said.',
		});
		const g = c.sameGroup(['full.txt', 'Dunmore plant'], ['cut.txt', 'Dunmore plant']);
		const m = member(g, 'cut.txt', 'Dunmore plant');
		assert.equal(m.kind, 'elision', show(g));
		assert.equal(m.marked, true);
		change(m, 'removed', '400', '');
	});

	test('a cut that takes a “never” with its whole clause is an elision; “not” alone is wording', () => {
		const c = corpus({
			'full.txt': '“We have kept the pool open all summer, we have never closed it early, and we will open it again in May,” said Rita Hale, who sits on the town council.',
			'cut.txt': 'Council member Rita Hale was upbeat. “We have kept the pool open all summer … and we will open it again in May,” Hale said.',
			'flip.txt': 'Council member Rita Hale was upbeat. “We have kept the pool open all summer, we have closed it early, and we will open it again in May,” Hale said.',
		});
		const g = c.sameGroup(['full.txt', 'pool open'], ['cut.txt', 'pool open'], ['flip.txt', 'pool open']);
		assert.equal(member(g, 'cut.txt', 'pool open').kind, 'elision', show(g));
		assert.equal(member(g, 'flip.txt', 'pool open').kind, 'wording', show(g));
	});
});

describe('differences: wording, numbers and negation', () => {
	test('replaced words are a wording change, without number or negation flags', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Harlan Water Co. will raise bills by 12 percent in July, chief executive Mona Quist said on Wednesday.',
				'',
				'“Nobody likes a higher bill, but the pipes under this city are older than most of the people who drink from them,” Quist said.',
			),
			'b.txt': 'Mona Quist, the chief executive of Harlan Water Co., defended the rise. “Nobody likes a bigger bill, but the pipes under this town are older than most of the people who drink from them,” she said.',
		});
		const g = c.sameGroup(['a.txt', 'Nobody likes'], ['b.txt', 'Nobody likes']);
		const m = others(g)[0];
		assert.equal(m.kind, 'wording', show(g));
		assert.equal(m.severity, 'high');
		const adjective = replacedBetween(m, 'higher', 'bigger');
		const place = replacedBetween(m, 'city', 'town');
		for (const ch of [adjective, place]) {
			assert.equal(ch.number, false);
			assert.equal(ch.negation, false);
		}
		assert.equal(m.changes.length, 2, showChanges(m));
		assert.equal(g.kind, 'wording');
		assert.equal(g.severity, 'high');
	});

	test('a changed figure is flagged as a number change', () => {
		const c = corpus({
			'a.txt': '“About 400 jobs will go, and we will help every one of those workers find new work in the valley,” said Ana Ruiz, the chief executive of Velta Foods.',
			'b.txt': joinLines(
				'Velta Foods will close its Dunmore plant in March.',
				'',
				'“About 600 jobs will go, and we will help every one of those workers find new work,” the company’s chief executive, Ana Ruiz, told the Ledger.',
			),
		});
		const g = c.sameGroup(['a.txt', 'jobs will go'], ['b.txt', 'jobs will go']);
		assert.equal(g.canonical.document, 'a.txt', 'the longer version is canonical');
		const m = member(g, 'b.txt', 'jobs will go');
		assert.equal(m.kind, 'wording', show(g));
		const figure = change(m, 'replaced', '400', '600');
		assert.equal(figure.number, true);
		assert.equal(figure.negation, false);
		assert.equal(m.severity, 'high');
	});

	test('“tens of thousands” for “hundreds of thousands” is a number change', () => {
		const c = corpus({
			'a.txt': '“Tens of thousands of islanders depend on this ferry, and we know that,” said Priya Natt, the managing director of Gull Line.',
			'b.txt': joinLines(
				'Gull Line says it understands the anger over its Sunday cuts.',
				'',
				'“Hundreds of thousands of islanders depend on this ferry, and we know that,” Priya Natt, the company’s managing director, said on Friday.',
			),
		});
		const g = c.sameGroup(['a.txt', 'islanders depend'], ['b.txt', 'islanders depend']);
		const m = others(g)[0];
		assert.equal(m.kind, 'wording', show(g));
		assert.equal(replacedBetween(m, 'Tens', 'Hundreds').number, true);
		assert.equal(m.severity, 'high');
	});

	test('a contracted negation that appears is flagged as a negation change', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Corvel has been accused of keeping Brennick in the dark about its depot.',
				'',
				'“We did tell the town about the depot before we signed the lease last year,” a Corvel spokesperson said.',
			),
			'b.txt': '“We didn’t tell the town about the depot before we signed the lease,” a Corvel spokesperson told the Ledger on Monday.',
		});
		const g = c.sameGroup(['a.txt', 'the town about the depot'], ['b.txt', 'the town about the depot']);
		assert.equal(g.canonical.document, 'a.txt', 'the longer version is canonical');
		const m = member(g, 'b.txt', 'the town about the depot');
		assert.equal(m.kind, 'wording', show(g));
		// “did” → “didn’t”, or “n’t” added: either way one change, flagged, that holds the negation.
		const flips = m.changes.filter((ch) => ch.negation);
		assert.equal(flips.length, 1, showChanges(m));
		assert.match(flips[0].to, /n[’']t/);
		assert.equal(flips[0].number, false);
		assert.equal(m.severity, 'high');
		assert.equal(g.severity, 'high');
	});

	test('a dropped “not” is flagged as a negation change and is serious', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Velta Foods has ruled out moving its jobs abroad.',
				'',
				'“We will not move these jobs to another country, whatever it costs us,” said Ana Ruiz, the chief executive of Velta Foods.',
			),
			'b.txt': 'Velta Foods chief executive Ana Ruiz said on Monday: “We will move these jobs to another country, whatever it costs us.”',
		});
		const g = c.sameGroup(['a.txt', 'these jobs'], ['b.txt', 'these jobs']);
		assert.equal(g.canonical.document, 'a.txt', 'the longer version is canonical');
		const m = member(g, 'b.txt', 'these jobs');
		const dropped = change(m, 'removed', 'not', '');
		assert.equal(dropped.negation, true, showChanges(m));
		assert.equal(m.severity, 'high', 'a changed negation is serious whatever the kind');
	});

	test('a word added to the canonical version is an added change, in the member’s words', () => {
		const c = new Corpus();
		c.add(
			'release.txt',
			joinLines(
				'Brennick Health Board: new clinic for the harbour',
				'',
				'“We will build the new clinic on Harbour Road by the end of next year,” said Ines Ward, the chair of the Brennick Health Board.',
			),
			{ primary: true },
		);
		c.add(
			'ledger.txt',
			'Ines Ward, who chairs the Brennick Health Board, gave islanders a date. “We will quickly build the new clinic on Harbour Road by the end of next year,” she said.',
		);
		const g = c.sameGroup(['release.txt', 'new clinic'], ['ledger.txt', 'new clinic']);
		const m = member(g, 'ledger.txt', 'new clinic');
		assert.equal(m.kind, 'wording', show(g));
		const added = change(m, 'added', '', 'quickly');
		assert.equal(added.number, false);
		assert.equal(added.negation, false);
	});
});

describe('differences: offsets, the group as a whole', () => {
	test('each change points at its words in the member’s and the canonical text', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Harlan Water Co. will raise bills by 12 percent in July, chief executive Mona Quist said on Wednesday.',
				'',
				'“Nobody likes a higher bill, but the pipes under this city are older than most of the people who drink from them,” Quist said.',
			),
			'b.txt': 'Mona Quist, the chief executive of Harlan Water Co., defended the rise. “Nobody likes a bigger bill, but the pipes under this city are older than most of the people,” she said.',
		});
		const g = c.sameGroup(['a.txt', 'Nobody likes'], ['b.txt', 'Nobody likes']);
		assert.equal(g.canonical.document, 'a.txt');
		const m = member(g, 'b.txt', 'Nobody likes');
		assert.equal(m.changes.length, 2, showChanges(m));
		const canonicalText = g.canonical.quote.text;
		for (const ch of m.changes) {
			assert.ok(0 <= ch.memberStart && ch.memberStart <= ch.memberEnd && ch.memberEnd <= m.quote.text.length);
			assert.ok(0 <= ch.canonicalStart && ch.canonicalStart <= ch.canonicalEnd && ch.canonicalEnd <= canonicalText.length);
			assert.equal(canonicalText.slice(ch.canonicalStart, ch.canonicalEnd), ch.from, `from of ${ch.op}`);
			if (ch.op !== 'removed') {
				assert.equal(m.quote.text.slice(ch.memberStart, ch.memberEnd), ch.to, `to of ${ch.op}`);
			}
		}
		change(m, 'replaced', 'higher', 'bigger');
		change(m, 'removed', 'who drink from them', '');
	});

	test('the group’s kind and severity are those of its most serious member', () => {
		const c = corpus({
			'full.txt': LIBRARY_FULL,
			'same.txt': 'Mayor Tom Hale made the promise to a packed town hall. “We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale said.',
			'cut.txt': 'Mayor Tom Hale told residents on Tuesday that the town would replace its burned library. “We will rebuild the library on Mill Street,” he said.',
		});
		const g = c.sameGroup(['full.txt', 'rebuild'], ['same.txt', 'rebuild'], ['cut.txt', 'rebuild']);
		assert.equal(member(g, 'cut.txt', 'rebuild').kind, 'truncation', show(g));
		const notCanonical = g.members.filter((m) => !isCanonical(g, m) && m.document !== 'cut.txt');
		assert.deepEqual(
			notCanonical.map((m) => m.kind),
			['identical'],
		);
		assert.equal(g.kind, 'truncation');
		assert.equal(g.severity, 'medium');
	});
});
