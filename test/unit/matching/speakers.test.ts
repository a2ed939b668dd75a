/**
 * Speakers reconciled across articles: the many ways one organisation or person is named are one
 * speaker; people who merely share a name are not; the same words given to someone else are a
 * `speaker` difference; a version with no speaker takes the group's, marked as inferred.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, corpus, joinLines, member, show } from './support';

describe('speakers: one speaker, many names', () => {
	test('“a Corvel spokesperson”, “a Corvel spokesman”, “Corvel” and “the company” are one speaker', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Corvel pulls out of Brennick depot deal',
				'',
				'Corvel, the freight company based in Dunmore, said on Monday it would not go ahead with its planned depot in Brennick.',
				'',
				'“We have decided not to proceed with the Brennick depot. The site no longer fits our plans for the region,” a Corvel spokesperson said in an email.',
			),
			'b.txt': joinLines(
				'Corvel has dropped plans for a depot on the edge of Brennick, ending two years of talks with the town.',
				'',
				'“We have decided not to proceed with the Brennick depot,” a Corvel spokesman told the Ledger. “The site no longer fits our plans for the region.”',
			),
			'c.txt': joinLines(
				'The freight company Corvel will not build its depot in Brennick after all.',
				'',
				'“We have decided not to proceed with the Brennick depot. The site no longer fits our plans for the region,” the company said in a statement.',
			),
			'd.txt': '“We have decided not to proceed with the Brennick depot,” Corvel said on Monday, without giving a reason.',
		});
		const proceed = c.sameGroup(
			['a.txt', 'decided not to proceed'],
			['b.txt', 'decided not to proceed'],
			['c.txt', 'decided not to proceed'],
			['d.txt', 'decided not to proceed'],
		);
		const fits = c.sameGroup(['b.txt', 'no longer fits']);
		for (const g of [proceed, fits]) {
			assert.ok(g.speaker, show(g));
			assert.equal(g.speaker.name, 'Corvel');
			assert.equal(g.speaker.type, 'organisation');
			for (const m of g.members) {
				assert.equal(m.speaker?.key, g.speaker.key, `${m.document}: ${show(g)}`);
				assert.equal(m.speakerInferred, false);
				assert.notEqual(m.kind, 'speaker', show(g));
			}
		}
	});

	test('“Mayor Tom Hale”, a bare “Hale” and “Brennick Mayor Tom Hale” are one person', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Brennick Mayor Tom Hale said on Tuesday that the town would rebuild its library, which burned down in March.',
				'',
				'“We will rebuild the library on Mill Street, and it will be bigger than the building we lost,” Hale told a packed meeting at the town hall.',
			),
			'b.txt': 'Mayor Tom Hale told residents on Tuesday that the town would replace its burned library. “We will rebuild the library on Mill Street,” he said.',
			'c.txt': 'Town vows bigger library. “We will rebuild the library on Mill Street … it will be bigger than the building we lost,” said Hale, the mayor of Brennick.',
		});
		const g = c.sameGroup(['a.txt', 'rebuild'], ['b.txt', 'rebuild'], ['c.txt', 'rebuild']);
		assert.ok(g.speaker, show(g));
		assert.equal(g.speaker.name, 'Tom Hale');
		assert.equal(g.speaker.type, 'person');
		for (const m of g.members) {
			assert.equal(m.speaker?.key, g.speaker.key, `${m.document}: ${show(g)}`);
			assert.notEqual(m.kind, 'speaker', show(g));
		}
	});

	test('“Richard J. Durbin” and “Dick Durbin”: a given name and its short form are one person', () => {
		const c = corpus({
			'a.txt': '“His refusal to meet is disappointing to those of us who have stood by him,” said Sen. Richard J. Durbin of Illinois.',
			'b.txt': '“His refusal to meet is disappointing to those of us who have stood by him,” Sen. Dick Durbin said.',
		});
		const g = c.sameGroup(['a.txt', 'refusal to meet'], ['b.txt', 'refusal to meet']);
		assert.equal(member(g, 'b.txt', 'refusal to meet').kind, 'identical', show(g));
		assert.notEqual(g.kind, 'speaker', show(g));
	});

	test('the same full name, read as a person in one article and not in the other, is one speaker', () => {
		const c = corpus({
			'a.txt': '“The ferry will run again in May,” said Xiomara Quispe, who chairs the harbour board.',
			'b.txt': '“The ferry will run again in May,” Xiomara Quispe announced.',
		});
		const g = c.sameGroup(['a.txt', 'ferry will run'], ['b.txt', 'ferry will run']);
		assert.notEqual(g.kind, 'speaker', show(g));
	});
});

describe('speakers: kept apart', () => {
	test('the same words from two people who share a surname are a speaker difference', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Brennick Mayor Tom Hale promised on Tuesday to keep the harbour open to fishing boats.',
				'',
				'“The harbour belongs to the people who work on it, and no developer will change that while I am mayor,” Hale said.',
			),
			'b.txt': '“The harbour belongs to the people who work on it, and no developer will change that,” said Mayor Tom Hale.',
			'c.txt': joinLines(
				'Council member Rita Hale spoke at Tuesday’s harbour meeting.',
				'',
				'“The harbour belongs to the people who work on it, and no developer will change that,” Rita Hale said.',
			),
		});
		const g = c.sameGroup(['a.txt', 'harbour belongs'], ['b.txt', 'harbour belongs'], ['c.txt', 'harbour belongs']);
		assert.equal(g.canonical.document, 'a.txt', show(g));
		assert.equal(g.speaker?.name, 'Tom Hale');
		const tom = member(g, 'b.txt', 'harbour belongs');
		const rita = member(g, 'c.txt', 'harbour belongs');
		assert.equal(tom.speaker?.key, g.speaker?.key, show(g));
		assert.notEqual(rita.speaker?.key, g.speaker?.key, show(g));
		assert.equal(rita.speaker?.name, 'Rita Hale');
		assert.equal(tom.kind, 'truncation');
		assert.equal(rita.kind, 'speaker');
		assert.equal(rita.severity, 'high');
		assert.equal(g.kind, 'speaker');
		assert.equal(g.severity, 'high');
	});

	test('a person named Fox stays apart from Fox the network', () => {
		const c = corpus({
			'network.txt': joinLines(
				'Fox, the cable network, said on Monday that it would fight the lawsuit brought by a former Brennick councillor.',
				'',
				'“We stand by our reporting and will defend it vigorously in court. The claim has no merit,” Fox said in a statement.',
			),
			'presenter.txt': joinLines(
				'Dana Fox, the presenter named in the lawsuit, said on Tuesday that she had done nothing wrong.',
				'',
				'“We stand by our reporting and will defend it vigorously in court,” Fox said.',
			),
		});
		const g = c.sameGroup(['network.txt', 'stand by our reporting'], ['presenter.txt', 'stand by our reporting']);
		assert.equal(g.canonical.document, 'network.txt', show(g));
		assert.equal(g.speaker?.type, 'organisation');
		const presenter = member(g, 'presenter.txt', 'stand by our reporting');
		assert.equal(presenter.speaker?.name, 'Dana Fox');
		assert.equal(presenter.speaker?.type, 'person');
		assert.notEqual(presenter.speaker?.key, g.speaker?.key);
		assert.equal(presenter.kind, 'speaker', show(g));
	});

	test('similar words from an organisation and from a person on another occasion make no group', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Harlan Water Co. apologised on Friday for a week of brown water in the old town.',
				'',
				'“We are sorry for the trouble this has caused our customers, and we will put it right,” the company said.',
			),
			'b.txt': joinLines(
				'The Brennick Gulls lost their third match in a row on Saturday.',
				'',
				'“We are sorry for the trouble this has caused our fans, and we will put it right next week,” said Lena Park, the team’s coach.',
			),
		});
		c.alone('a.txt', 'sorry for the trouble');
		c.alone('b.txt', 'sorry for the trouble');
	});
});

describe('speakers: inferred from the group', () => {
	test('a version with no speaker takes the group’s speaker, marked as inferred', () => {
		const c = corpus({
			'a.txt': joinLines(
				'Gull Line will end its Sunday ferry service in May.',
				'',
				'Priya Natt, the managing director of Gull Line, said: “Sunday crossings have lost money every year since 2019, and we can no longer carry that loss.”',
			),
			'b.txt': joinLines(
				'Brennick harbour was quiet on Friday morning.',
				'',
				'A notice taped to the ticket office window read: “Sunday crossings have lost money every year since 2019, and we can no longer carry that loss.”',
			),
		});
		const unattributed = c.quote('b.txt', 'Sunday crossings');
		assert.equal(unattributed.speaker?.name ?? null, null, 'the article names no speaker');
		const g = c.sameGroup(['a.txt', 'Sunday crossings'], ['b.txt', 'Sunday crossings']);
		assert.equal(g.speaker?.name, 'Priya Natt', show(g));
		const named = member(g, 'a.txt', 'Sunday crossings');
		const unnamed = member(g, 'b.txt', 'Sunday crossings');
		assert.equal(named.speakerInferred, false);
		assert.equal(unnamed.speakerInferred, true, show(g));
		assert.equal(unnamed.kind, 'identical', 'a missing attribution is not a different speaker');
	});

	test('a version with no speaker, quoted nowhere else, stays alone and infers nothing', () => {
		const c = new Corpus();
		c.add(
			'a.txt',
			'A notice taped to the ticket office window read: “Sunday crossings have lost money every year since 2019, and we can no longer carry that loss.”',
		);
		c.add('b.txt', '“We will rebuild the library on Mill Street,” Mayor Tom Hale said on Tuesday.');
		c.alone('a.txt', 'Sunday crossings');
		assert.deepEqual(c.index.groups(), []);
	});

	test('when the most complete version names nobody, the group still takes the named speaker', () => {
		const c = corpus({
			'notice.txt': joinLines(
				'Brennick harbour was quiet on Friday morning.',
				'',
				'A notice taped to the ticket office window read: “Sunday crossings have lost money every year since 2019, and we can no longer carry that loss.”',
			),
			'ledger.txt': 'Priya Natt, the managing director of Gull Line, spoke to islanders on Thursday. “Sunday crossings have lost money every year since 2019,” she said.',
		});
		const g = c.sameGroup(['notice.txt', 'Sunday crossings'], ['ledger.txt', 'Sunday crossings']);
		assert.equal(g.canonical.document, 'notice.txt', show(g));
		assert.equal(g.speaker?.name, 'Priya Natt');
		assert.equal(g.canonical.speakerInferred, true);
		assert.equal(member(g, 'ledger.txt', 'Sunday crossings').speakerInferred, false);
		assert.equal(member(g, 'ledger.txt', 'Sunday crossings').kind, 'truncation', show(g));
	});
});
