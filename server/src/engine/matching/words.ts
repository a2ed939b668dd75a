/**
 * Words of a quotation for matching: letter case, punctuation and typography set aside, each
 * word kept with its offsets in the quote's text so that differences can be shown in place.
 */

export interface Word {
	/** Lower case, curly apostrophes folded: the form words are compared in. */
	norm: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

/**
 * One string per word form (and per word pair, for the index's keys): a corpus quotes the same
 * few thousand words millions of times, and the index keeps every one of them. Bounded by the
 * vocabulary, not the corpus.
 */
const forms = new Map<string, string>();
const MAX_FORMS = 1_000_000;

export function intern(form: string): string {
	const known = forms.get(form);
	if (known !== undefined) {
		return known;
	}
	if (forms.size < MAX_FORMS) {
		forms.set(form, form);
	}
	return form;
}

/** The words of `text`, in order. */
export function wordsOf(text: string): Word[] {
	const out: Word[] = [];
	for (const m of text.matchAll(WORD)) {
		out.push({ norm: intern(m[0].toLowerCase().replace(/’/g, "'")), start: m.index, end: m.index + m[0].length });
	}
	return out;
}

/** Quote marks, apostrophes, dashes, ellipses and spacing folded to one form each. */
export function foldTypography(text: string): string {
	return text
		.replace(/[‘’‚‛′`]/g, "'")
		.replace(/[“”„‟″«»]/g, '"')
		.replace(/\s*(?:--+|[–—―‒−])\s*/g, ' - ')
		.replace(/…/g, '...')
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
}

/** Function words: a run of these alone never makes two quotes the same statement. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	`a an the and or but if of to in on at by for with from as is are was were be been being am it
	its this that these those there here i you he she we they me him her us them my your his our
	their not no so do does did have has had will would can could should may might must just than
	then too very also about into over out up down off what which who whom whose when where why how
	all any some such only own same other more most s t don't i'm it's we're that's there's`.split(/\s+/),
);

/** Number words and figures: a change to one of these is a changed figure. */
export function isNumberWord(norm: string): boolean {
	return /\d/.test(norm) || NUMBER_WORDS.has(norm);
}

const NUMBER_WORDS = new Set(
	`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
	sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
	hundred hundreds thousand thousands million millions billion billions trillion trillions dozen
	dozens tens score half quarter percent first second third once twice`.split(/\s+/),
);

/** Negation words: a change to one of these turns a statement around. */
export function isNegation(norm: string): boolean {
	return NEGATIONS.has(norm) || norm.endsWith("n't");
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'none', 'nobody', 'nothing', 'neither', 'nowhere', 'cannot']);

/** Common statements that never make a group on their own ("no comment", "I don't know"). */
export const STOCK_PHRASES: ReadonlySet<string> = new Set([
	'no comment',
	"i don't know",
	'i do not know',
	'thank you',
	'thanks',
	'yes',
	'no',
	'of course',
	'absolutely',
	'we are aware',
	"we're aware",
	'we are looking into it',
	"we're looking into it",
	'declined to comment',
	'no further comment',
]);
