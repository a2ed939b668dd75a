import type { Attribution, QuoteContext } from '../attribution/attribute';
import type { Paragraph } from '../text/paragraphs';
import type { ExtractOptions, QuoteKind } from '../types';
import type { MarkedSpan } from './marks';
import { isTitleCase } from '../text/titleCase';

/** Words that announce the name of a work, show or document right before it. */
const WORK_BEFORE = /\b(?:show|program|programme|film|movie|book|novel|memoir|song|album|single|series|podcast|column|op-ed|essay|play|musical|documentary|episode|newsletter|blog|headline|titled|entitled|called|named|on|host of|anchor of|star of|appeared on|aired on|anthem|hymn|ballad|poem|broadcast of|episode of|edition of|rendition of|segment of)\s*$/i;
/** A programme of a named outlet: "on CBS’s “Face the Nation”", "told Fox News’ “Hannity”". */
const OUTLETS_WORK_BEFORE = /\b(?:on|in|to|told|tells|telling|with|from|during)\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s?\s*$/;
/** A venue right before a capitalised name: "told “Fox News Sunday”", "in an interview with “State Desk”". */
const VENUE_BEFORE = /\b(?:told|tells|telling|to|with|in|at|for|from|during|via)\s*$/i;
/** Words that mark a term as mentioned or coined rather than said. */
const TERM_BEFORE = /\b(?:so-called|so called|dubbed|termed|nicknamed|known as|referred to as|the (?:term|word|words|phrase|label|slogan|hashtag)|branded|labell?ed)\s*$/i;

/**
 * Whether a fragment is named rather than said: "so-called", "the phrase", "known as" before
 * it, or capitalised like the name of a work ("Make Your Kid a Millionaire").
 */
export function namedAsTerm(text: string, from: number, open: number, quoteText: string): boolean {
	const words = quoteText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
	return TERM_BEFORE.test(text.slice(Math.max(from, open - 60), open).replace(/\s+$/, '')) || (words.length >= 2 && isTitleCase(words));
}

/**
 * Whether a quotation is someone's words (`speech`), a term in scare quotes (`term`), or the
 * name of a work (`title`). Titles are title case where the sentence around them is not;
 * terms are short fragments that nobody is said to have said.
 */
export function classifyQuote(
	text: string,
	quoteText: string,
	span: MarkedSpan,
	context: QuoteContext,
	attribution: Attribution,
	partial: boolean,
	paragraph: Paragraph,
	options: ExtractOptions,
): QuoteKind {
	const lead = text.slice(Math.max(context.before[0], span.open - 60), span.open).replace(/\s+$/, '');
	const words = quoteText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
	const maxTermWords = options.termMaxWords ?? 4;
	if (words.length === 0) {
		return 'term';
	}
	if (TERM_BEFORE.test(lead)) {
		return 'term';
	}
	if (words.length === 1 && !paragraph.headline && isNickname(text, span)) {
		// Marcia "Cia" Price: a nickname between a given name and a surname.
		return 'term';
	}
	if (!/\p{L}/u.test(quoteText)) {
		// "778257943577919488": a figure or an id, nobody's words.
		return 'term';
	}
	const titleShaped = isTitleCase(words);
	const titleCase = titleShaped && !/[.]$/.test(quoteText.trim());
	if (titleCase && !paragraph.headline && (WORK_BEFORE.test(lead) || OUTLETS_WORK_BEFORE.test(lead) || (partial && VENUE_BEFORE.test(lead)))) {
		return 'title';
	}
	if (titleShaped && words.length <= 6 && !paragraph.headline && OUTLETS_WORK_BEFORE.test(lead)) {
		// "in an interview on Fox News’ “America’s Newsroom.”": the sentence's full stop inside the marks.
		return 'title';
	}
	if (attribution.naming) {
		return 'term';
	}
	if (titleCase && partial && attribution.tail) {
		// "… on “Good Morning America” on Monday, Smith said": a work named in the sentence.
		return 'title';
	}
	if (!attribution.speaker && !attribution.cue) {
		// Capitalised like a title, with nobody said to have said it.
		if (titleCase && (partial || paragraph.headline)) {
			return 'title';
		}
		if (partial && words.length <= maxTermWords) {
			return 'term';
		}
	}
	return 'speech';
}

/** A one-word quote set between two capitalised words, as a nickname is: Marcia "Cia" Price. */
function isNickname(text: string, span: MarkedSpan): boolean {
	if (span.close < 0 || !/^\p{Lu}/u.test(text.slice(span.open + 1, span.open + 2))) {
		return false;
	}
	return /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, span.open - 30), span.open)) && /^ \p{Lu}\p{Ll}/u.test(text.slice(span.close + 1, span.close + 4));
}
