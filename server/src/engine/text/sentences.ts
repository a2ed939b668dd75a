/**
 * Sentence edges in reporter text, found at character level so that quotations (which carry
 * their own full stops) never split the reporter's sentence around them.
 */

const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no',
	'vs', 'etc', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'jan', 'feb', 'mar', 'apr', 'aug',
	'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'gov', 'hon',
	'pres', 'supt', 'univ', 'del', 'cmdr', 'adm', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c',
]);

const CLOSERS = '"\'”’»›)]';

/**
 * Characters of reporter text a sentence search looks through before it gives up: no sentence
 * is this long, and without a bound an article with no full stops would be searched from every
 * quotation to its paragraph's ends (time growing with the square of the paragraph).
 */
const MAX_SENTENCE = 2000;
const MAX_ABBREVIATION = 24;

/** Words that open a sentence far more often than a name does. */
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|There|His|Her|Their|Its|Our|If|When|As|After|Before|So|Yet|Still|Now|Then)\b/;

/** True when the character at `i` ends a sentence: `.`, `!` or `?` before a space and a new start. */
export function endsSentence(text: string, i: number, limit: number): boolean {
	const ch = text[i];
	if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
		return false;
	}
	let j = i + 1;
	while (j < limit && CLOSERS.includes(text[j])) {
		j++;
	}
	if (j < limit && !/\s/.test(text[j])) {
		return false;
	}
	while (j < limit && /\s/.test(text[j])) {
		j++;
	}
	if (j < limit && /[a-z]/.test(text[j])) {
		return false;
	}
	if (ch === '.') {
		// Abbreviations and initials are short: looking further back would make a long run of
		// `a.a.a.…` quadratic.
		let k = i;
		while (k > 0 && i - k < MAX_ABBREVIATION && /[\p{L}.]/u.test(text[k - 1])) {
			k--;
		}
		const word = text.slice(k, i).toLowerCase();
		if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) {
			return false;
		}
		// Initials ("G.K. Butterfield", "D.C. officials") end a sentence only before a word that
		// starts one ("… in the U.S. The next day …").
		if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && !SENTENCE_OPENERS.test(text.slice(j, j + 12))) {
			return false;
		}
	}
	return true;
}

/** Finds where the sentence containing `offset` starts, no earlier than `lo` (nor 2,000 characters of reporter text back). */
export function sentenceStart(text: string, offset: number, lo: number, skip: (i: number) => number): number {
	let steps = 0;
	for (let i = offset - 1; i >= lo; i--) {
		if (++steps > MAX_SENTENCE) {
			return firstNonSpace(text, i + 1, offset);
		}
		const jumped = skip(i);
		if (jumped !== i) {
			// A quotation that ends its own sentence (`… in error.” Next`) closes the sentence too.
			if (endsSentence(text, i - 1, offset) && i < offset - 1) {
				return firstNonSpace(text, i + 1, offset);
			}
			i = jumped;
			continue;
		}
		if (endsSentence(text, i, offset)) {
			return firstNonSpace(text, i + 1, offset);
		}
	}
	return lo;
}

/** Finds where the sentence containing `offset` ends (exclusive), no later than `hi` (nor 2,000 characters of reporter text on). */
export function sentenceEnd(text: string, offset: number, hi: number, skip: (i: number) => number): number {
	let steps = 0;
	for (let i = offset; i < hi; i++) {
		if (++steps > MAX_SENTENCE) {
			return i;
		}
		const jumped = skip(i);
		if (jumped !== i) {
			i = jumped;
			if (endsSentence(text, i - 1, hi)) {
				return i + 1;
			}
			continue;
		}
		if (endsSentence(text, i, hi)) {
			return i + 1;
		}
	}
	return hi;
}

function firstNonSpace(text: string, from: number, limit: number): number {
	while (from < limit && /\s/.test(text[from])) {
		from++;
	}
	return from;
}
