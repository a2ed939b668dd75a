/**
 * The five sample articles saved as web pages (the site's navigation, ads, scripts and related
 * stories around them, curly marks as entities) and as Markdown (front matter, escapes) give
 * the quotations, speakers and groups the plain text gives, at the right places in each file.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpusIndex, memberText, type Quote, type QuoteGroup } from '../../../server/src/engine';
import { extractQuotes, readFormat, type ArticleFormat } from '../../../server/src/formats';
import { engine } from '../../helpers/engine';
import { fixturesDir } from '../../helpers/fixtures';
import { articleToHtml, articleToMarkdown } from '../../helpers/formats';
import { assertPlaced, squash } from './support';

const OUTLETS: Record<string, string> = {
	'amn-nydailynews.txt': 'AMN',
	'dailymail.txt': 'Daily Mail Online',
	'foxbusiness.txt': 'FOX Business',
	'nikkei.txt': 'Nikkei Asia',
	'variety.txt': 'Variety',
};

interface Read {
	source: string;
	quotes: Quote[];
	outlet?: string;
}

/** What a quote says for this comparison: its words, kind, speaker and cue. */
function facts(q: Quote): string {
	return [squash(q.text), q.kind, q.partial, q.headline, q.parent, q.speaker?.name ?? '-', q.speaker?.role ?? '-', q.cue ? squash(q.cue.text) : '-', q.venue ? squash(q.venue.text) : '-'].join(' | ');
}

/** The groups as words: speaker, kind, and each member's article, words and kind. */
function groupFacts(groups: readonly QuoteGroup[], stem: (document: string) => string): string[] {
	return groups
		.map((g) =>
			[
				`${g.speaker?.name ?? '-'} · ${g.kind} · ${squash(g.text)}`,
				...g.members.map((m) => `  ${stem(m.document)}: ${m.kind}${m.headline ? ' (headline)' : ''} “${squash(memberText(m).text)}”`).sort(),
			].join('\n'),
		)
		.sort();
}

describe('the sample articles as web pages and as Markdown', () => {
	const seeds: Record<string, string> = {};
	const read: Record<ArticleFormat, Record<string, Read>> = { text: {}, html: {}, markdown: {} };

	before(() => {
		const dir = join(fixturesDir, 'seeds');
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
			seeds[file] = readFileSync(join(dir, file), 'utf8');
		}
		assert.deepEqual(Object.keys(seeds).sort(), Object.keys(OUTLETS));
		for (const [file, text] of Object.entries(seeds)) {
			const sources: Record<ArticleFormat, string> = { text, html: articleToHtml(text, OUTLETS[file]), markdown: articleToMarkdown(text, OUTLETS[file]) };
			for (const format of ['text', 'html', 'markdown'] as const) {
				const article = readFormat(format, sources[format]);
				assert.ok(article.ok, `${file} as ${format}`);
				read[format][file] = { source: sources[format], quotes: extractQuotes(engine(), article), outlet: article.meta.outlet };
			}
		}
	});

	for (const format of ['html', 'markdown'] as const) {
		test(`${format}: the same quotations, kinds, speakers, cues and venues as the plain text`, () => {
			for (const file of Object.keys(seeds)) {
				const plain = read.text[file].quotes.map(facts);
				assert.ok(plain.length >= 6, file);
				assert.deepEqual(read[format][file].quotes.map(facts), plain, `${file} as ${format}`);
			}
		});

		test(`${format}: every quotation, speaker and cue at its characters in the file`, () => {
			for (const file of Object.keys(seeds)) {
				assertPlaced(read[format][file].source, read[format][file].quotes, format);
			}
		});

		test(`${format}: the same groups, with every version's words and kind`, () => {
			const groupsOf = (f: ArticleFormat) => {
				const index = createCorpusIndex();
				for (const [file, r] of Object.entries(read[f])) {
					index.update({ id: file, quotes: r.quotes });
				}
				return index.groups();
			};
			const plain = groupFacts(groupsOf('text'), (d) => d);
			assert.ok(plain.length >= 5);
			assert.deepEqual(groupFacts(groupsOf(format), (d) => d), plain);
			// A version's region lands on its words in the file too, not on tags around them.
			for (const g of groupsOf(format)) {
				for (const m of g.members) {
					const source = read[format][m.document].source;
					const words = memberText(m).text;
					const first = words.trimStart()[0];
					assert.ok(source.slice(m.start, m.start + 8).startsWith(first) || source[m.start] === '&', `${m.document}: “${words}” starts at ${JSON.stringify(source.slice(m.start, m.start + 20))}`);
					assert.ok(m.end > m.start && m.end <= m.quote.end, `${m.document}: “${words}” ends inside its quote`);
				}
			}
		});

		test(`${format}: the outlet is the page's site name or the front matter's`, () => {
			for (const [file, outlet] of Object.entries(OUTLETS)) {
				assert.equal(read[format][file].outlet, outlet);
			}
		});
	}
});
