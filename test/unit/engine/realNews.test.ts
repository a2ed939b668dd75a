/**
 * Attribution failures seen on real news (PolNeAR, BASIL), each pinned with sentences of our own:
 * the pattern, not the article.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines, quoteWith, quotesOf, speakerOf } from '../../helpers/engine';

describe('real news: long source phrases', () => {
	test('a long opening phrase before the subject of “…, saying, “…”” is no speaker', () => {
		const quotes = quotesOf('During a campaign speech earlier in the day, Ana Ruiz attacked the mayor for his record on housing, saying, “He has built nothing in four years.”');
		assert.equal(speakerOf(quoteWith(quotes, 'built nothing')).name, 'Ana Ruiz');
	});

	test('“X issued a statement late Tuesday saying: “…”” is X’s, the document’s issuer', () => {
		const quotes = quotesOf(
			joinLines(
				'Ana Ruiz released a statement late Tuesday saying: “The vote was a mistake.”',
				'',
				'The mayor put out a statement that said: “We will appeal.”',
				'',
				'Tom Ford unleashed a series of tweets early Friday saying the council had shown “bad judgment.”',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'was a mistake')).name, 'Ana Ruiz');
		assert.equal(speakerOf(quoteWith(quotes, 'will appeal')).text, 'The mayor');
		assert.equal(speakerOf(quoteWith(quotes, 'bad judgment')).name, 'Tom Ford');
	});

	test('two speakers joined by “and”: the quote is the first one’s, whichever side the cue is on', () => {
		const quotes = quotesOf(
			joinLines(
				'“This is a power grab,” Mayor Ana Ruiz of Dover and Senator Tom Ford of Ohio, the party’s leader, said in a joint statement.',
				'',
				'Council member Lea Park and Senator Dan Cole said: “We will appeal.”',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'power grab')).name, 'Ana Ruiz');
		assert.equal(speakerOf(quoteWith(quotes, 'will appeal')).name, 'Lea Park');
	});

	test('abbreviated titles before a name: “Del. Stacey Marsh”, “the Rev. Peter Wherry”', () => {
		const quotes = quotesOf(
			joinLines(
				'“This is a waste of time,” said Del. Stacey Marsh.',
				'',
				'“We will march on Sunday,” the Rev. Peter Wherry said, “and every Sunday after.”',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'waste of time')).name, 'Stacey Marsh');
		assert.equal(speakerOf(quoteWith(quotes, 'march on Sunday')).name, 'Peter Wherry');
		assert.equal(speakerOf(quoteWith(quotes, 'every Sunday after')).name, 'Peter Wherry');
	});

	test('the sentence’s own cue, not a verb of the clause it reports: “Ruiz said the protests demand “more listening””', () => {
		const quotes = quotesOf('Senator Ana Ruiz said the spate of shootings and protests demands that all residents engage in “more listening” and “more learning.”');
		assert.equal(speakerOf(quoteWith(quotes, 'more listening')).name, 'Ana Ruiz');
		assert.equal(speakerOf(quoteWith(quotes, 'more learning')).name, 'Ana Ruiz');
	});

	test('the speaker who told someone, not the someone of a relative clause: “told a woman who suggested … that “…””', () => {
		const quotes = quotesOf('At a panel on Saturday, Marc Ortiz, the head of the Dover League, told a young woman who suggested that some people may not vote that “staying home is not a strategy.”');
		assert.equal(speakerOf(quoteWith(quotes, 'staying home')).name, 'Marc Ortiz');
	});

	test('a name before two asides speaks: “Ana Ruiz, the mayor of Dover, a port town, said”', () => {
		const quotes = quotesOf(
			joinLines(
				'Ana Ruiz, the mayor of Dover, a port on the Channel, said the “ferry cannot stop without consequences.”',
				'',
				'Tom Ford, president of the Dover Dockers Union, which represents 900 workers, said he hoped for “a fair deal for every family.”',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'ferry cannot stop')).name, 'Ana Ruiz');
		assert.equal(speakerOf(quoteWith(quotes, 'fair deal')).name, 'Tom Ford');
	});

	test('an attribution that closes the sentence after the reporter’s words: ““…” for Ruiz, said Ford.”', () => {
		const quotes = quotesOf(
			joinLines(
				'“This will be a challenge” for the mayor, said Tom Ford.',
				'',
				'“Many would call that an embarrassment” if she lost the vote, said Dan Cole, an analyst at the Dover Institute.',
				'',
				'Ruiz “did well among older voters” in the last election, Lea Park said.',
				'',
				'She watched “Good Morning Dover” every day, said Lea Park.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'a challenge')).name, 'Tom Ford');
		assert.equal(speakerOf(quoteWith(quotes, 'embarrassment')).name, 'Dan Cole');
		assert.equal(speakerOf(quoteWith(quotes, 'older voters')).name, 'Lea Park');
		assert.equal(quoteWith(quotes, 'Good Morning Dover').kind, 'title');
	});

	test('“proclaimed a goal of “…”” is the subject’s words', () => {
		const quotes = quotesOf('In a speech earlier on Monday, Tom Ford proclaimed a goal of "Jobs Before Ports." He told a packed hall that the port plan would work.');
		assert.equal(speakerOf(quoteWith(quotes, 'Jobs Before Ports')).name, 'Tom Ford');
	});

	test('shouts from a crowd are speech: “a man yelled “Stay there!””, “protesters chanted “…””', () => {
		const quotes = quotesOf(joinLines('When the mayor said it was good to be home, a man yelled “Stay there!”', '', 'Outside, protesters chanted “No more cuts.”'));
		assert.equal(quoteWith(quotes, 'Stay there').kind, 'speech');
		assert.equal(speakerOf(quoteWith(quotes, 'Stay there')).text, 'a man');
		assert.equal(speakerOf(quoteWith(quotes, 'No more cuts')).text, 'protesters');
	});

	test('a programme named with its outlet’s possessive is a title: “on CBS’s “Face the Nation””', () => {
		const quotes = quotesOf('In an interview on CBS’s “Face the Nation,” Senator Ana Ruiz said the vote would be close. She also told Fox News’ “Morning Desk” that she would win.');
		assert.equal(quoteWith(quotes, 'Face the Nation').kind, 'title');
		assert.equal(quoteWith(quotes, 'Morning Desk').kind, 'title');
	});

	test('titles after “episode of”, “broadcast of”, “the anthem”, “tells MSNBC’s”', () => {
		const quotes = quotesOf(
			joinLines(
				'On Tuesday’s episode of “The Dover Morning Show,” Senator Ana Ruiz said she would run.',
				'',
				'Tom Ford tells MSNBC’s “Early Start” on Friday that he will not.',
				'',
				'At the end of her rendition of the civil rights anthem “We Shall Walk On,” the crowd cheered.',
			),
		);
		for (const title of ['Dover Morning Show', 'Early Start', 'We Shall Walk On']) {
			assert.equal(quoteWith(quotes, title).kind, 'title', title);
		}
	});

	test('a programme title that ends the sentence keeps its full stop inside the marks and is still a title', () => {
		const quotes = quotesOf('Senator Ana Ruiz said there was a “1 in 3” chance of losing, in an interview Tuesday on Fox News’ “Dover Newsroom.”');
		assert.equal(quoteWith(quotes, 'Dover Newsroom').kind, 'title');
		assert.equal(quoteWith(quotes, '1 in 3').kind, 'speech');
	});

	test('a nickname between a given name and a surname is no quotation: Marcia “Cia” Price', () => {
		const quotes = quotesOf('His niece, state Del. Marcia “Cia” Price, will run for the seat. “I am ready,” she said.');
		assert.equal(quoteWith(quotes, 'Cia').kind, 'term');
		assert.equal(quoteWith(quotes, 'I am ready').kind, 'speech');
	});

	test('“Rep. Tom Ford of Iowa” is Tom Ford, from Iowa; a later “Ford” is him', () => {
		const quotes = quotesOf(
			joinLines(
				'Rep. Tom Ford of Iowa said the bill would pass. “We have the votes,” he said.',
				'',
				'“It is done,” Ford said on Friday.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'the votes')).name, 'Tom Ford');
		assert.equal(speakerOf(quoteWith(quotes, 'It is done')).name, 'Tom Ford');
	});

	test('“the United Workers of Ohio” stays a whole organisation, no person cut from it', () => {
		const quotes = quotesOf('Dana Reyes, president of the United Workers of Ohio, spoke first. “We will strike,” the United Workers of Ohio said.');
		const s = speakerOf(quoteWith(quotes, 'We will strike'));
		assert.equal(s.name, 'United Workers of Ohio');
		assert.equal(s.type, 'organisation');
	});

	test('“Gull Line’s Priya Natt”: the person, not an organisation named with a possessive', () => {
		const quotes = quotesOf('Gull Line’s Priya Natt was firm: “The ferry will stop running on Sundays.”');
		const s = speakerOf(quoteWith(quotes, 'ferry will stop'));
		assert.equal(s.name, 'Priya Natt');
		assert.equal(s.type, 'person');
	});
});

describe('real news: party and state after a name', () => {
	test('“…,” said Rep. G.K. Butterfield (D-N.C.), head of …: initials and a parenthetical in the name', () => {
		const q = quotesOf('“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.')[0];
		assert.equal(speakerOf(q).name, 'G.K. Butterfield');
		assert.match(speakerOf(q).role ?? '', /head of the caucus|Rep\./);
	});

	test('“…,” Rep. Gwen Moore (D-Wis.) said Friday; Sen. Ann Lee (D-Mo.) said: “…”', () => {
		const quotes = quotesOf(joinLines('“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.', '', 'Sen. Ann Lee (D-Mo.) said: “The science is against you.”'));
		assert.equal(speakerOf(quoteWith(quotes, 'dog whistle')).name, 'Gwen Moore');
		assert.equal(speakerOf(quoteWith(quotes, 'science')).name, 'Ann Lee');
	});

	test('“Mr. Morgan of the Sierra Club said”: the person, of the organisation', () => {
		const q = quotesOf('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.')[0];
		assert.equal(speakerOf(q).name, 'Morgan');
		assert.equal(speakerOf(q).type, 'person');
	});

	test('“… said Donald Trump. Republicans …”: a full stop ends a name', () => {
		const quotes = quotesOf('The rally was organised by supporters of Donald Trump. Republicans said the turnout was “the best we have seen.”');
		assert.equal(speakerOf(quotes[0]).name, 'Republicans');
	});
});

describe('real news: short partial quotes are someone’s words', () => {
	for (const [sentence, speaker] of [
		['Mr. Smith called the plan “deeply flawed” on Monday.', 'Smith'],
		['She praised her “grit and grace.”', null],
		['Gov. Ann Lee dismissed the report as “a hoax” on Friday.', 'Ann Lee'],
		['Senator Tom Ford slammed the budget as “reckless.”', 'Tom Ford'],
		['He’s claiming that fraud is “a big problem in this country.”', null],
	] as const) {
		test(sentence, () => {
			const [q] = quotesOf(sentence);
			assert.equal(q.kind, 'speech');
			assert.ok(q.speaker, 'a speaker phrase');
			if (speaker) {
				assert.equal(q.speaker.name, speaker);
			}
		});
	}

	test('a curly quote nested in a curly quote: the outer quote runs to its own closer', () => {
		const quotes = quotesOf('“I’d rather live in what he calls “hell” than live in a world where he is president.” ― Ada Rodarte');
		const outer = quoteWith(quotes, 'rather live');
		assert.match(outer.text, /where he is president\.$/);
		assert.equal(speakerOf(outer).name, 'Ada Rodarte');
	});
});

describe('real news: pronouns', () => {
	test('“noted NBC’s Dario Oyelaran” is a person, so a later “he wrote” is him', () => {
		const quotes = quotesOf(
			joinLines(
				'Senator Hugh Brandt disagreed on Monday.',
				'',
				'Debates are not likely to alter the race, noted NBC’s Dario Oyelaran.',
				'',
				'“Debates happen late in the campaign,” he wrote.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'happen late')).name, 'Dario Oyelaran');
	});

	test('“he” is the subject named before an apposition, not a name inside the apposition', () => {
		const quotes = quotesOf(
			joinLines(
				'Governor Tom Ford faces an inquiry.',
				'',
				'Omar Castel, the lawyer representing Tom Ford’s campaign, confirmed that it had received subpoenas.',
				'',
				'“We will cooperate with the inquiry,” he said.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'will cooperate')).name, 'Omar Castel');
	});

	test('a subject set off by commas (“Ford, as is often his way, fired back”) is still the subject', () => {
		const quotes = quotesOf(
			joinLines(
				'Governor Tom Ford met Dan Cole on Monday.',
				'',
				'Ford, as is often his way, fired back at Dan Cole on the radio.',
				'',
				'“Mr. Cole has never run anything,” he said.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'never run anything')).name, 'Tom Ford');
	});

	test('“…the ‘f bomb,’” he said, referring to …: the comma before a nested closing mark hands off', () => {
		const quotes = quotesOf(
			joinLines(
				'Dan Cole criticised the visit. Tom Ford replied on Twitter.',
				'',
				'“Mr. Cole apologized for using the ‘f bomb,’” he said, referring to an interview in which Mr. Cole had sworn about the plan.',
			),
		);
		const q = quoteWith(quotes, 'apologized for using');
		assert.equal(speakerOf(q).name, 'Tom Ford');
		assert.equal(speakerOf(q).via, 'adjacent');
		assert.equal(q.cue?.text, 'said');
	});

	test('a description that opens a sentence as its subject carries the person in focus on', () => {
		const quotes = quotesOf(
			joinLines(
				'Ana Ruiz says too much is made of Tom Ford’s tweets.',
				'',
				'The Democratic vice presidential nominee was speaking Friday in Dover, hours after Ford unleashed a flurry of tweets.',
				'',
				'“It is a distraction,” she said. The Dover businessman did not reply.',
				'',
				'“We will win,” the businessman said later.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'a distraction')).name, 'Ana Ruiz');
		assert.equal(speakerOf(quoteWith(quotes, 'We will win')).name, 'Tom Ford');
	});

	test('a quote that is a paragraph of its own after “X issued a statement:” is X’s', () => {
		const quotes = quotesOf(
			joinLines(
				'Ana Ruiz said the harbour would reopen. “We are ready,” Ruiz said.',
				'',
				'The Harbour Trust issued a brief statement shortly after Ruiz’s speech:',
				'',
				'“Okay. So here is the plan. It has no money in it.”',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'no money')).name, 'Harbour Trust');
	});

	test('a name that says “I” is a person, so a later “he” can be him', () => {
		const quotes = quotesOf(
			joinLines(
				'Conservative Icon Xavi Okonkwo Backs Tom Ford.',
				'',
				'Xavi Okonkwo, the activist who founded the Dover Institute in 1979 and has long sat on the party committee, has backed Sen. Tom Ford.',
				'',
				'The news came in a letter from Okonkwo, sent to supporters on Friday by the Marsh Bulletin, a weekly update written by former attorney general Ken Marsh.',
				'',
				'“The race has become clear. I have decided to back Tom Ford,” Okonkwo wrote.',
				'',
				'He then set out what he looks for in a nominee:',
				'',
				'“A record of leadership.”',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'decided to back')).name, 'Xavi Okonkwo');
		assert.equal(speakerOf(quoteWith(quotes, 'decided to back')).type, 'person');
		assert.equal(speakerOf(quoteWith(quotes, 'record of leadership')).name, 'Xavi Okonkwo');
	});

	test('“According to Ham, …” makes Ham the one the sentence is about', () => {
		const quotes = quotesOf(
			joinLines(
				'Retired general Norman Ham criticised President Dan Cole on Monday.',
				'',
				'According to Ham, the administration has shuffled through generals because many disagreed with Cole’s policies.',
				'',
				'“We are on our fourth secretary of defense,” he said.',
			),
		);
		assert.equal(speakerOf(quoteWith(quotes, 'fourth secretary')).name, 'Norman Ham');
	});

	test('“he” is the subject of the sentence before, not the person named last in it', () => {
		const quotes = quotesOf(
			joinLines(
				'Speaking at a rally in Dayton, Tom Ford says he is making a demand of Mayor Ines Brandt and her deputy, Carl Oduya.',
				'',
				'“Will you open the books?” he asked.',
			),
		);
		assert.equal(speakerOf(quotes[0]).name, 'Tom Ford');
	});

	test('a story keeps its subject: “Ford is raising questions … He notes … He says, “…””', () => {
		const quotes = quotesOf(
			joinLines(
				'Tom Ford is raising questions about the microphones at Monday’s debate with Ann Lee.',
				'',
				'He notes that the commission found a fault with Ford’s microphone. His audio was quieter than Lee’s.',
				'',
				'He says, “Working that microphone was harder than working the room.”',
			),
		);
		assert.equal(speakerOf(quotes[0]).name, 'Tom Ford');
	});

	test('“she” passes over a man named last, known by his given name', () => {
		const quotes = quotesOf('Ann Lee says Tom Ford’s “latest outburst is unhinged.” She says it shows he is “unfit to lead.”');
		assert.equal(speakerOf(quoteWith(quotes, 'unfit')).name, 'Ann Lee');
	});

	test('a surname alone takes its gender from the pronoun that refers to it', () => {
		const quotes = quotesOf(
			joinLines('Sen. Lee leaned in hard, painting Gov. Ford as a caricature of Mayor Hale. She started with the minimum wage.', '', '“Why won’t he release his tax returns?” she said.'),
		);
		assert.equal(speakerOf(quotes[0]).name, 'Lee');
	});
});

describe('real news: a fragment in the reporter’s sentence is its subject’s words', () => {
	for (const [sentence, speaker] of [
		['Tom Ford likened the plan to a “vicious snake” on Tuesday.', 'Tom Ford'],
		['The Ledger rated the claim “mostly false” after a week of checking.', 'Ledger'],
		['Ann Lee took to Twitter overnight to accuse the council of being “duped” by developers.', 'Ann Lee'],
	] as const) {
		test(sentence, () => {
			const [q] = quotesOf(sentence);
			assert.equal(q.kind, 'speech');
			assert.match(speakerOf(q).name ?? '', new RegExp(speaker));
		});
	}

	test('a title, a nickname coined by nobody named, or an id stays out of anyone’s words', () => {
		const quotes = quotesOf(
			joinLines(
				'Tom Ford told “Fox News Sunday” that he would run.',
				'',
				'Ann Lee wrote about it in “Make Your Kid a Millionaire,” her second book.',
				'',
				'The so-called “grand bargain” collapsed. The post is at “778257943577919488” on the site.',
			),
		);
		for (const words of ['Fox News Sunday', 'Make Your Kid', 'grand bargain', '7782579']) {
			assert.notEqual(quoteWith(quotes, words).kind, 'speech', words);
		}
	});
});
