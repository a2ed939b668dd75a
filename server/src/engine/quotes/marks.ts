import type { Paragraph } from '../text/paragraphs';

/** Which kind of mark: double (“ ” " „ « ») or single (‘ ’ ' ‚ ‹ ›). */
type Family = 'double' | 'single';

/** A quotation found by its marks, before any attribution. */
export interface MarkedSpan {
	open: number;
	/** Offset of the closing mark, or -1 when the quote runs unclosed to the end of its paragraph. */
	close: number;
	openMark: string;
	closeMark: string;
	family: Family;
	segments: Array<{ start: number; end: number }>;
	/** Index in the result array of the enclosing span, or -1. */
	parent: number;
	/** Index of the paragraph the quote opens in. */
	paragraph: number;
}

interface Mark {
	offset: number;
	char: string;
	family: Family;
	canOpen: boolean;
	canClose: boolean;
	/** A closer that may well be an apostrophe (`employees’ phones`); a later closer is preferred. */
	weak: boolean;
}

interface OpenQuote {
	mark: Mark;
	segments: Array<{ start: number; end: number }>;
	paragraph: number;
	/** Index in `spans` reserved for this quote, so parents precede their children. */
	slot: number;
	parentSlot: number;
}

/**
 * Quotes nested deeper than this are not news writing but a soup of marks: further openers
 * are read as strays. (Each nested quote's text holds the ones inside it, so unbounded depth
 * would make the result grow with the square of the text.)
 */
const MAX_NESTING = 12;

const DOUBLE_OPENERS = '“„‟«';
const DOUBLE_CLOSERS = '”»';
const SINGLE_OPENERS = '‘‚‛‹';
const ALL_MARKS = /["'“”„‟«»‘’‚‛‹›]/g;
/** Elisions that begin with an apostrophe: ’em, ’til, ’90s, rock ’n’ roll. */
const LEADING_ELISION = /^(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|cos\b|\d0s\b|\d\d\b)/i;

const WORD = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-–—/:“‘"'«‹]/u;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?…\-–—/”’"'»›]/u;

function isWord(ch: string): boolean {
	return ch !== '' && WORD.test(ch);
}

function classify(text: string, offset: number, lo: number, hi: number): Mark | undefined {
	const char = text[offset];
	const prev = offset > lo ? text[offset - 1] : '';
	const next = offset + 1 < hi ? text[offset + 1] : '';
	const afterOpenContext = prev === '' || OPENING_CONTEXT.test(prev);
	const beforeCloseContext = next === '' || CLOSING_CONTEXT.test(next);
	const nextIsSpace = next === '' || /\s/.test(next);
	const prevIsSpace = prev === '' || /\s/.test(prev);
	const mark = (family: Family, canOpen: boolean, canClose: boolean, weak = false): Mark => ({
		offset,
		char,
		family,
		canOpen,
		canClose,
		weak,
	});
	if (DOUBLE_OPENERS.includes(char)) {
		// A curly opener written where a closer belongs (`…end.“`) still closes.
		return mark('double', !nextIsSpace || prev === '', !prevIsSpace && beforeCloseContext);
	}
	if (DOUBLE_CLOSERS.includes(char)) {
		return mark('double', afterOpenContext && !beforeCloseContext, true);
	}
	if (char === '"') {
		return mark('double', !nextIsSpace, !prevIsSpace);
	}
	// Single marks: apostrophes inside words (don’t, morning’s) are not quotation marks.
	if (isWord(prev) && isWord(next)) {
		return undefined;
	}
	if (SINGLE_OPENERS.includes(char)) {
		return mark('single', !isWord(prev) && !nextIsSpace, false);
	}
	const canOpen = afterOpenContext && !nextIsSpace && !LEADING_ELISION.test(text.slice(offset + 1, offset + 6));
	const canClose = !prevIsSpace && !isWord(next);
	// `employees’ phones`: a plural possessive looks just like a closing mark.
	const weak = canClose && /s/i.test(prev) && /^\s+[a-z]/.test(text.slice(offset + 1, offset + 4));
	if (!canOpen && !canClose) {
		return undefined;
	}
	return mark('single', canOpen, canClose, weak);
}

function marksOf(text: string, lo: number, hi: number): Mark[] {
	const marks: Mark[] = [];
	// Search the paragraph only: a search of the whole text from each paragraph would make an
	// article with few marks quadratic.
	for (const m of text.slice(lo, hi).matchAll(ALL_MARKS)) {
		const mark = classify(text, lo + m.index, lo, hi);
		if (mark) {
			marks.push(mark);
		}
	}
	return marks;
}

/**
 * Pairs quotation marks into quotes, paragraph by paragraph. A quote never runs past its
 * paragraph unless the next paragraph opens with a mark of the same kind (a multi-paragraph
 * quote). A mark left open at the end of a paragraph is dropped, unless it opened the paragraph
 * or followed a colon: then it makes an unclosed quote up to the paragraph's end.
 * Spans are returned in order of their opening mark.
 */
export function findMarkedSpans(text: string, paragraphs: readonly Paragraph[]): MarkedSpan[] {
	const spans: Array<MarkedSpan | undefined> = [];
	/** The slot of each slot's enclosing quote (-1: none), kept when that quote is dropped. */
	const parents: number[] = [];
	let carried: OpenQuote | undefined;

	for (let p = 0; p < paragraphs.length; p++) {
		const { start: lo, end: hi } = paragraphs[p];
		const marks = marksOf(text, lo, hi);
		const ahead = lookahead(marks);
		const stack: OpenQuote[] = [];
		let first = 0;
		if (carried) {
			// The paragraph opens with the continuation mark of a multi-paragraph quote.
			carried.segments.push({ start: marks[0].offset + 1, end: hi });
			stack.push(carried);
			carried = undefined;
			first = 1;
		}
		for (let i = first; i < marks.length; i++) {
			const mark = marks[i];
			const target = mark.canClose || spacedCloser(text, mark, lo) ? findOpen(stack, mark.family) : -1;
			const preferLater = target >= 0 && mark.weak && ahead.laterCloser[i] === 1;
			if (target >= 0 && !preferLater) {
				// Openers above the target never closed: they were apostrophes or strays.
				for (const dropped of stack.splice(target + 1)) {
					spans[dropped.slot] = undefined;
				}
				const quote = stack.pop()!;
				const last = quote.segments[quote.segments.length - 1];
				last.end = mark.offset;
				spans[quote.slot] = toSpan(quote, mark.offset, mark.char);
				continue;
			}
			if (mark.canOpen && stack.length < MAX_NESTING && (mark.family !== 'double' || !stack.some((q) => q.mark.family === 'double') || nestsDouble(marks, i, ahead))) {
				const parentSlot = stack.length ? stack[stack.length - 1].slot : -1;
				stack.push({
					mark,
					segments: [{ start: mark.offset + 1, end: hi }],
					paragraph: p,
					slot: spans.length,
					parentSlot,
				});
				spans.push(undefined);
				parents.push(parentSlot);
			}
		}
		// Left open at the paragraph's end.
		for (let k = stack.length - 1; k >= 0; k--) {
			const quote = stack[k];
			quote.segments[quote.segments.length - 1].end = hi;
			if (k === 0 && continuesInto(text, paragraphs[p + 1], quote.mark.family)) {
				carried = quote;
			} else if (k === 0 && opensParagraph(text, quote, paragraphs)) {
				spans[quote.slot] = toSpan(quote, -1, '');
			} else {
				spans[quote.slot] = undefined;
			}
		}
	}
	return renumber(text, spans, parents);
}

/**
 * A straight double mark after a space that follows a sentence's end or a nested quote's closer
 * (`… is wrong. "Perry is …`, `… 'Oh, this is important,' " Magel said`) looks like an opener
 * or a stray, but inside a double-quoted quote it is the closer, a space typed too early or set
 * between the two closers: a quote inside a straight-quoted one takes single marks.
 */
function spacedCloser(text: string, mark: Mark, lo: number): boolean {
	return mark.char === '"' && mark.offset - 2 >= lo && /[.!?'’] $/.test(text.slice(mark.offset - 2, mark.offset));
}

function findOpen(stack: readonly OpenQuote[], family: Family): number {
	for (let k = stack.length - 1; k >= 0; k--) {
		if (stack[k].mark.family === family) {
			return k;
		}
	}
	return -1;
}

/** What lies ahead of each mark of a paragraph, worked out in one pass from its end. */
interface Lookahead {
	/** Double marks that can close, after mark i. */
	doubleClosersAfter: Uint32Array;
	/**
	 * 1 when a later mark of mark i's family that can close (and is no apostrophe) comes before
	 * any that can only open.
	 */
	laterCloser: Uint8Array;
}

function lookahead(marks: readonly Mark[]): Lookahead {
	const n = marks.length;
	const doubleClosersAfter = new Uint32Array(n);
	const laterCloser = new Uint8Array(n);
	let closers = 0;
	// What the nearest deciding mark of each family after i says (0: none, or one that only opens).
	const next: Record<Family, number> = { double: 0, single: 0 };
	for (let i = n - 1; i >= 0; i--) {
		const m = marks[i];
		doubleClosersAfter[i] = closers;
		laterCloser[i] = next[m.family];
		if (m.family === 'double' && m.canClose) {
			closers++;
		}
		if (m.canClose && !m.weak) {
			next[m.family] = 1;
		} else if (m.canOpen && !m.canClose) {
			next[m.family] = 0;
		}
	}
	return { doubleClosersAfter, laterCloser };
}

/**
 * A curly opening double mark inside a double-quoted quote nests (“… what he calls “hell” than
 * …”) when two closers follow it in the paragraph, one for it and one for the quote around it.
 * Otherwise it is a stray, and the quote's own closer closes the quote.
 */
function nestsDouble(marks: readonly Mark[], at: number, ahead: Lookahead): boolean {
	if (!'“„‟'.includes(marks[at].char) || marks[at].canClose) {
		return false;
	}
	return ahead.doubleClosersAfter[at] >= 2;
}

/**
 * Whether the next paragraph opens with a mark that can open a quote of `family`: the
 * continuation mark of a multi-paragraph quote. An apostrophe there (`’tis`) is none.
 */
function continuesInto(text: string, next: Paragraph | undefined, family: Family): boolean {
	if (!next) {
		return false;
	}
	const mark = classify(text, next.start, next.start, next.end);
	return mark !== undefined && mark.family === family && mark.canOpen && '“„‟«"‘‚‛‹\''.includes(mark.char);
}

/**
 * Whether a mark left open at its paragraph's end still makes a quote: a double mark followed
 * by words (a closing mark forgotten), or a single mark that opened the paragraph or followed
 * a colon. Other single marks left open were apostrophes.
 */
function opensParagraph(text: string, quote: OpenQuote, paragraphs: readonly Paragraph[]): boolean {
	const para = paragraphs[quote.paragraph];
	if (quote.mark.family === 'double') {
		return /[\p{L}\p{N}]+\s+[\p{L}\p{N}]+/u.test(text.slice(quote.mark.offset + 1, para.end));
	}
	const before = text.slice(para.start, quote.mark.offset).trimEnd();
	return before === '' || before.endsWith(':');
}

function toSpan(quote: OpenQuote, close: number, closeMark: string): MarkedSpan {
	return {
		open: quote.mark.offset,
		close,
		openMark: quote.mark.char,
		closeMark,
		family: quote.mark.family,
		segments: quote.segments,
		parent: quote.parentSlot,
		paragraph: quote.paragraph,
	};
}

/**
 * Drops the empty slots and rewrites parent indexes to the compacted array. A quote whose
 * enclosing quote was dropped belongs to the nearest enclosing one kept: top-level quotes never
 * overlap.
 */
function renumber(text: string, slots: Array<MarkedSpan | undefined>, parents: readonly number[]): MarkedSpan[] {
	const index = new Map<number, number>();
	const out: MarkedSpan[] = [];
	slots.forEach((span, slot) => {
		if (span && span.segments.some((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)))) {
			let parent = parents[slot];
			while (parent >= 0 && !index.has(parent)) {
				parent = parents[parent];
			}
			span.parent = parent >= 0 ? index.get(parent)! : -1;
			index.set(slot, out.length);
			out.push(span);
		}
	});
	return out;
}
