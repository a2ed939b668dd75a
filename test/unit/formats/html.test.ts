import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes, formatOf, readFormat } from '../../../server/src/formats';
import { readHtml } from '../../../server/src/formats/html';
import { engine } from '../../helpers/engine';
import { fixturesDir } from '../../helpers/fixtures';
import { assertPlaced } from './support';

const page = readFileSync(join(fixturesDir, 'formats', 'saved-page.html'), 'utf8');

/** The article of a page, failing when there is none. */
function read(html: string) {
	const article = readHtml(html);
	assert.ok(article.ok, 'an article');
	return article;
}

describe('saved web pages', () => {
	test('the story as a reader view shows it: headline and paragraphs, none of the page around it', () => {
		const { text, meta } = read(page);
		const paragraphs = text.split('\n\n');
		assert.equal(paragraphs[0], 'Amazon says TikTok email was ‘sent in error’');
		assert.match(paragraphs[1], /^Amazon told employees on Friday/);
		assert.ok(text.includes('“This morning’s email to some of our employees was sent in error,” an Amazon spokesperson said in a statement. “There is no change to our policies right now with regard to TikTok.”'));
		// <br> is a line break inside its paragraph.
		assert.ok(text.includes('until July 10 to remove the app.\nStaff could still use TikTok'));
		for (const gone of ['Share on Facebook', 'Subscribe', 'Advertisement', 'We use cookies', 'Related stories', 'India bans', 'window.ads', 'Buy now', 'do not read this', 'All rights reserved', 'onclick', 'min-height']) {
			assert.ok(!text.includes(gone), `“${gone}” is not the article's`);
		}
		// The pull quote repeats the story's words: it is left out, not a second version.
		assert.equal(text.split('There is no change to our policies right now').length, 2);
		assert.deepEqual(meta, {
			title: 'Amazon says TikTok email was ‘sent in error’',
			outlet: 'The Daily Record',
			date: '2020-07-10T18:00:00Z',
			url: 'https://example.com/business/amazon-tiktok-email',
		});
	});

	test('an embedded tweet is its author’s words, however the page marks them', () => {
		const quotes = extractQuotes(engine(), read(page));
		const tweet = quotes.find((q) => q.text.startsWith('TikTok is a major security risk'));
		assert.ok(tweet, quotes.map((q) => q.text).join(' | '));
		assert.equal(tweet.speaker?.name, 'Josh Hawley');
		assert.equal(tweet.kind, 'speech');
		// The marks were added by the reader: the quote starts at the tweet's first word in the file.
		assert.equal(page.slice(tweet.start, tweet.start + 6), 'TikTok');
		assert.equal(page.slice(tweet.end - 6, tweet.end), 'abc123');
		assert.equal(page.slice(tweet.speaker!.start, tweet.speaker!.end), 'Josh Hawley');
	});

	test('every quotation found is at its characters in the HTML file', () => {
		const quotes = extractQuotes(engine(), read(page));
		assert.ok(quotes.length >= 6);
		assertPlaced(page, quotes, 'html');
		const statement = quotes.find((q) => q.text.startsWith('There is no change'))!;
		// Inside it, a link: the quote's runs skip the tag, its end is just past “TikTok.”.
		assert.ok(statement.runs && statement.runs.length > 1);
		assert.equal(page.slice(statement.end - 5, statement.end), '</a>.');
		assert.equal(statement.speaker?.name, 'Amazon');
		assert.equal(page.slice(statement.speaker!.start, statement.speaker!.end), 'an Amazon spokesperson');
	});

	test('a quote that ends inside markup ends where its last word ends, not after the tag', () => {
		const html = `<html><body><article><div class="body"><p>The council's vote came late on Tuesday after a long debate about the budget for the coming year and the new bridge.</p>
<p>&ldquo;It was an <em>honest</em> mistake and we <b>regret it</b>&rdquo;, said Mayor Ann Lee of the city council on Tuesday evening in a statement to the press.</p></div></article></body></html>`;
		const [quote] = extractQuotes(engine(), read(html));
		assert.equal(quote.text, 'It was an honest mistake and we regret it');
		assert.equal(html.slice(quote.start, quote.start + 6), 'It was');
		assert.ok(html.slice(0, quote.end).endsWith('regret it'), JSON.stringify(html.slice(quote.end - 12, quote.end + 6)));
		assert.equal(quote.speaker?.name, 'Ann Lee');
	});

	test('a block quote with a <cite> or <footer> is the cited speaker’s words', () => {
		const html = `<html><body><article><div class="story"><p>The company answered the senator's letter on Friday, two days after the hearing in Washington where the app was discussed at length.</p>
<blockquote><p>We have never shared user data with any government and we never would.</p><footer>&mdash; <cite>Vanessa Pappas</cite>, interim head of TikTok</footer></blockquote>
<p>Lawmakers said they would keep pressing the company on where its data is kept and who can see it, and would hold another hearing.</p></div></article></body></html>`;
		const quotes = extractQuotes(engine(), read(html));
		const said = quotes.find((q) => q.text.startsWith('We have never shared'));
		assert.ok(said, JSON.stringify(read(html).text));
		assert.equal(said.speaker?.name, 'Vanessa Pappas');
		assert.equal(html.slice(said.start, said.end), 'We have never shared user data with any government and we never would.');
	});

	test('a page that is not an article is one clear reason, and nothing else', () => {
		for (const html of ['', '<html><head><title>Sign in</title></head><body><form><input name="user"><button>Go</button></form></body></html>', '<html><body><script>var a = "“quoted,” said no one";</script></body></html>']) {
			const article = readHtml(html);
			assert.equal(article.ok, false, html);
			assert.match(!article.ok ? article.reason : '', /^not an article: no article text found in the page$/);
		}
	});

	test('a page of a megabyte is read whole, to its last paragraph', () => {
		const paragraph = '<p>&ldquo;We will vote on the <em>new</em> bridge next week,&rdquo; said Mayor Ann Lee, who spoke to reporters at the town&rsquo;s hall.</p>\n';
		const count = Math.ceil(1_000_000 / paragraph.length);
		const html = `<html><head><title>Town hall</title></head><body><article><div class="story">${paragraph.repeat(count)}<p>The last paragraph of the story ends here.</p></div></article></body></html>`;
		const article = read(html);
		assert.ok(article.text.endsWith('The last paragraph of the story ends here.'));
		const quotes = extractQuotes(engine(), article);
		assert.equal(quotes.filter((q) => q.speaker?.name === 'Ann Lee').length, count);
		assertPlaced(html, quotes.slice(-3), 'html');
	});

	test('broken markup, fragments and odd bytes never throw', () => {
		for (const html of ['<p>Unclosed “quote, said Ann Lee.', '<<<>>>&&&;;<p', '<div><p>a</div></p></span>', '\u0000\uFFFF<p>x</p>', '<p>' + '“a” '.repeat(5000) + '</p>', '<svg><text>“x”</text></svg><p>The mayor said “we will vote next week” and left the meeting in the town hall early that night.</p>']) {
			assert.doesNotThrow(() => readFormat('html', html));
		}
	});

	test('.html and .htm files are web pages; .md and .markdown Markdown; others plain text', () => {
		assert.equal(formatOf('/a/story.html'), 'html');
		assert.equal(formatOf('file:///a/STORY.HTM'), 'html');
		assert.equal(formatOf('/a/notes.md'), 'markdown');
		assert.equal(formatOf('/a/notes.markdown'), 'markdown');
		assert.equal(formatOf('/a/story.txt', 'html'), 'text');
		assert.equal(formatOf('untitled:Untitled-1', 'html'), 'html');
		assert.equal(formatOf('untitled:Untitled-2', 'markdown'), 'markdown');
		assert.equal(formatOf('untitled:Untitled-3'), 'text');
	});
});
