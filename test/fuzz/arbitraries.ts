/**
 * Inputs a folder of articles can hold, as fast-check arbitraries: random Unicode (astral
 * characters, combining marks, zero-width and bidi controls, NUL, lone surrogates), runs and
 * soups of every quotation mark, deep nesting, long lines and words, every line end, byte-order
 * marks, and the sample articles cut up and stitched together.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../helpers/fixtures';

/** Every quotation mark the engine knows, and the apostrophes and primes that look like one. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', '‹', '›', '`', '´', '″', '′'];

/** Characters that break naive text handling. */
export const ODD_CHARACTERS = [
	'\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029',
	'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u0301', '\u0308', '\u20dd',
	'\ud800', '\udfff', '\ud83d', '\ude00', '😀', '👩‍🍳', '🇺🇸', '𝔸', '\u00a0', '\u3000', '\t', '\v', '\f',
];

const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \n', '\u2028'];
const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', ' ', '  ', '...'];
const WORDS = ['said', 'told', 'he said', 'she added', 'according to', 'a spokesperson', 'Jane Doe', 'Mr.', 'U.S.', 'the company', 'Amazon', 'TikTok', "'tis", '’90s', 'don’t', 'employees’', 'so-called', 'READ MORE:', 'Share this article'];

let samples: string[] | undefined;

/** The sample articles and the hand-annotated ones: real news text to cut up. */
export function sampleArticles(): string[] {
	samples ??= ['seeds', 'holdout', 'unseen'].flatMap((dir) =>
		readdirSync(join(fixturesDir, dir))
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => readFileSync(join(fixturesDir, dir, f), 'utf8')),
	);
	return samples;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of text: a mark, a word, an odd character, a line end or random Unicode. */
export const piece: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: fc.constantFrom(...QUOTE_MARKS), weight: 6 },
	{ arbitrary: fc.constantFrom(...WORDS), weight: 4 },
	{ arbitrary: fc.constantFrom(...PUNCTUATION), weight: 3 },
	{ arbitrary: fc.constantFrom(...LINE_ENDS), weight: 2 },
	{ arbitrary: fc.constantFrom(...ODD_CHARACTERS), weight: 2 },
	{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 3 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
	{ arbitrary: loneSurrogate, weight: 1 },
	{ arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/), weight: 2 },
);

/** Pieces joined: short texts full of marks, words and odd characters. */
export const soup: fc.Arbitrary<string> = fc.array(piece, { maxLength: 120 }).map((a) => a.join(''));

/** Sentences quoted the way news writing does (and does not), in paragraphs. */
export const newsish: fc.Arbitrary<string> = fc
	.array(
		fc.tuple(
			fc.constantFrom(...QUOTE_MARKS),
			fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{1,9}$/)), { minLength: 1, maxLength: 12 }),
			fc.constantFrom(...QUOTE_MARKS, ''),
			fc.constantFrom(',', '.', '', '?', ' —'),
			fc.constantFrom(' he said.', ' said Jane Doe.', '', ' she told Reuters.', ' according to the company.'),
			fc.constantFrom(...LINE_ENDS, ' '),
		),
		{ maxLength: 20 },
	)
	.map((ps) => ps.map(([open, words, close, stop, attribution, end]) => `${open}${words.join(' ')}${stop}${close}${attribution}${end}`).join(''));

/** Quotation marks nested up to 60 deep, around words. */
export const nested: fc.Arbitrary<string> = fc.integer({ min: 1, max: 60 }).chain((depth) =>
	fc.array(fc.constantFrom(...QUOTE_MARKS), { minLength: depth, maxLength: depth }).map((opens) => {
		const closes = [...opens].reverse().map((m) => ({ '“': '”', '‘': '’', '«': '»', '‹': '›', '„': '“', '‚': '‘' })[m] ?? m);
		return opens.map((m, i) => `${m}level ${i} says `).join('') + 'the end' + closes.join(' ');
	}),
);

/** A sample article with random edits: pieces inserted, stretches deleted or duplicated. */
export const mutatedSample: fc.Arbitrary<string> = fc
	.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(piece, fc.constant('')), fc.boolean()), { minLength: 1, maxLength: 25 }))
	.map(([which, edits]) => {
		const all = sampleArticles();
		let text = all[which % all.length];
		for (const [at, length, insert, duplicate] of edits) {
			const p = at % (text.length + 1);
			text = duplicate ? text.slice(0, p) + text.slice(p, p + length * 10) + text.slice(p) : text.slice(0, p) + insert + text.slice(p + length);
		}
		return text;
	});

/** Stretches of two sample articles stitched together. */
export const stitched: fc.Arbitrary<string> = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()).map(([a, b, cut1, cut2]) => {
	const all = sampleArticles();
	const x = all[a % all.length];
	const y = all[b % all.length];
	return x.slice(0, cut1 % x.length) + y.slice(cut2 % y.length);
});

/** Any article text the campaign tries. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: soup, weight: 4 },
	{ arbitrary: newsish, weight: 3 },
	{ arbitrary: mutatedSample, weight: 3 },
	{ arbitrary: stitched, weight: 1 },
	{ arbitrary: nested, weight: 1 },
);

/**
 * Families of input that once took time growing faster than their length: each makes a text of
 * about `n` characters.
 */
export const SCALING_FAMILIES: Record<string, (n: number) => string> = {
	'a long word outside quotes': (n) => `“A quotation here,” he said. ${'a'.repeat(n)}`,
	'a soup of quotation marks': (n) => Array.from({ length: n / 2 }, (_, i) => QUOTE_MARKS[(i * 7) % QUOTE_MARKS.length] + (i % 3 ? 'a' : ' ')).join(''),
	'quotations with no full stop': (n) => Array.from({ length: n / 30 }, (_, i) => `“words here ${i}” he said and `).join(''),
	'quotations with no full stop, a line each': (n) => Array.from({ length: n / 26 }, (_, i) => `“words here ${i}” he said\n`).join(''),
	'one quote repeated': (n) => '“We are proud of our people,” she said. '.repeat(n / 40),
	'one quote repeated, no speaker': (n) => '“We are proud of our people.” '.repeat(n / 30),
	'runs of spaces': (n) => `“A quote” he said${' '.repeat(n)}Xavier.`,
	'runs of spaces in a quote': (n) => `“A${' '.repeat(n)}quote” he said.`,
	'marks nested deep': (n) => '“'.repeat(n / 2) + 'x' + '”'.repeat(n / 2),
	'single and double marks nested deep': (n) => '“a ‘b '.repeat(n / 6) + 'x' + '’ ”'.repeat(n / 6),
	'initials without end': (n) => `“Quote,” he said. ${'a.'.repeat(n / 2)}`,
	'closers with no opener': (n) => '” ’ '.repeat(n / 4),
	'openers with no closer': (n) => '“a ‘b '.repeat(n / 6),
	'capitalised words': (n) => 'Smith Jones '.repeat(n / 12) + 'said “hello there friend.”',
	'descriptions of speakers': (n) => 'Jane Doe, a spokeswoman, spoke. “We are here,” the spokeswoman said. '.repeat(n / 70),
};
