import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeText, extractQuotes, readFormat } from '../../../server/src/formats';
import { readMarkdown } from '../../../server/src/formats/markdown';
import { engine } from '../../helpers/engine';
import { fixturesDir } from '../../helpers/fixtures';
import { assertPlaced } from './support';

const file = readFileSync(join(fixturesDir, 'formats', 'article.md'), 'utf8');

function read(md: string) {
	const article = readMarkdown(md);
	assert.ok(article.ok);
	return article;
}

describe('Markdown articles', () => {
	test('front matter is metadata; headings, links, emphasis and code marks are not words', () => {
		const { text, meta } = read(file);
		assert.deepEqual(meta, { title: 'Amazon says TikTok email was ‘sent in error’', outlet: 'The Weekly Ledger', date: '2020-07-10', url: 'https://example.com/ledger/amazon-tiktok' });
		const paragraphs = text.split('\n\n');
		assert.equal(paragraphs[0], 'Amazon says TikTok email was ‘sent in error’');
		assert.equal(paragraphs[1], 'Amazon told staff on Friday to delete TikTok from their phones, then called the email a mistake hours later.');
		assert.ok(text.includes('“There is no change to our policies right now with regard to TikTok.”'));
		assert.ok(text.includes('“User security is of the utmost importance to TikTok – we are fully committed to respecting the privacy of our users.”'));
		// A block quote is a paragraph; its `>` marks are not words.
		assert.ok(paragraphs.includes('“TikTok is a major security risk to Americans and their data,” Senator Josh Hawley wrote on Twitter, welcoming the original email.'));
		assert.ok(text.includes('The company & its owner ByteDance'));
		assert.ok(text.includes('Commands such as rm -rf and *stars* are not marks.'));
		for (const gone of ['---', 'tags:', 'https://', '](', '**', '```', 'This code block', 'photo caption', '> ']) {
			assert.ok(!text.includes(gone), `“${gone}” is not the article's`);
		}
	});

	test('every quotation, speaker and cue is at its characters in the Markdown file', () => {
		const quotes = extractQuotes(engine(), read(file));
		assert.equal(quotes.length, 5, quotes.map((q) => q.text).join(' | '));
		assertPlaced(file, quotes, 'markdown');
		// A quote with no markup inside is the file's text exactly.
		const sent = quotes.find((q) => q.text.startsWith('This morning’s email'))!;
		assert.equal(file.slice(sent.start, sent.end), sent.text);
		assert.equal(sent.runs, undefined);
		// With a link inside, its runs skip the link's brackets and address.
		const change = quotes.find((q) => q.text.startsWith('There is no change'))!;
		assert.equal(file.slice(change.start, change.end), 'There is no change to our policies right now with regard to [TikTok](https://www.tiktok.com/about).');
		assert.deepEqual(
			change.runs!.map((r) => file.slice(r.start, r.end)),
			['There is no change to our policies right now with regard to ', 'TikTok', '.'],
		);
		// Emphasis inside a quote: the marks are not words, the quote's ends are its words'.
		const security = quotes.find((q) => q.text.startsWith('User security'))!;
		assert.equal(security.speaker?.name, 'TikTok');
		assert.equal(file.slice(security.start, security.start + 13), 'User security');
		assert.ok(file.slice(0, security.end).endsWith('privacy of our users.'));
		const hawley = quotes.find((q) => q.text.startsWith('TikTok is a major'))!;
		assert.equal(hawley.speaker?.name, 'Josh Hawley');
		assert.equal(file.slice(hawley.speaker!.start, hawley.speaker!.end), 'Senator Josh Hawley');
		const venue = quotes.find((q) => q.venue)!.venue!;
		assert.equal(venue.text, 'in a statement to the Ledger');
		assert.equal(file.slice(venue.start, venue.end), 'in a statement to [the *Ledger');
	});

	test("the front matter's title is the headline when the body has no top-level heading", () => {
		const md = ['---', 'title: "Mayor says vote was ‘a mistake’"', 'source: Valley Courier', '---', '', 'The mayor spoke on Tuesday.', ''].join('\n');
		const article = read(md);
		assert.equal(article.text, 'Mayor says vote was ‘a mistake’\n\nThe mayor spoke on Tuesday.');
		assert.equal(article.meta.outlet, 'Valley Courier');
		const [quote] = extractQuotes(engine(), article);
		assert.equal(quote.text, 'a mistake');
		assert.equal(md.slice(quote.start, quote.end), 'a mistake');
		assert.equal(quote.headline, true);
	});

	test('front matter that is not YAML, or a source that is an address, loses nothing', () => {
		const broken = read(['---', 'title: [unclosed', ': :', '---', '', '“We will vote,” said Mayor Ann Lee.'].join('\n'));
		assert.deepEqual(broken.meta, {});
		assert.equal(broken.text, '“We will vote,” said Mayor Ann Lee.');
		assert.deepEqual(read(['---', 'source: https://example.com/a', '---', 'Text.'].join('\n')).meta, { url: 'https://example.com/a' });
		for (const md of ['', '---', '---\n---', '> > > “', '[a](b "c")“x”', '\\', '&#0;&#xFFFFFF;&bogus;', '* “a\n  * “b”\n\n1) c']) {
			assert.doesNotThrow(() => readFormat('markdown', md));
		}
	});

	test('words put into a file are escaped for its format', () => {
		assert.equal(escapeText('html', 'AT&T <said> “no”'), 'AT&amp;T &lt;said&gt; “no”');
		assert.equal(escapeText('markdown', 'a *b* [c] `d` <e> \\'), 'a \\*b\\* \\[c\\] \\`d\\` \\<e\\> \\\\');
		assert.equal(escapeText('text', 'a *b* <c>'), 'a *b* <c>');
		const md = `“It was ${escapeText('markdown', 'a *real* [mistake]')},” said Mayor Ann Lee.`;
		assert.equal(extractQuotes(engine(), read(md))[0].text, 'It was a *real* [mistake],');
	});
});
