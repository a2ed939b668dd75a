import type { Nlp } from '../nlp';

/** A word of the article with its part of speech and its offsets in the article text. */
export interface Token {
	value: string;
	lower: string;
	pos: string;
	start: number;
	end: number;
}

const LONG_RUN = /\S{200,}/g;

/** A stretch of text: `[start, end)`. */
interface Range {
	start: number;
	end: number;
}

/**
 * Tags the reporter's text of one article with wink-nlp, lazily, a paragraph at a time.
 * The words inside quotations are blanked out before tagging (offsets stay put, since wink
 * reports the spaces before each token): attribution never needs them, and the tagger is the
 * slowest step of the pipeline. Paragraphs without quotations are tagged only if asked for.
 */
export class Tagger {
	private readonly byParagraph = new Map<number, Token[]>();
	private readonly direct = new Map<string, Token[]>();

	/**
	 * @param paragraphs the article's paragraphs, in order
	 * @param blanks the quoted stretches to leave out, sorted and not overlapping
	 */
	constructor(
		private readonly nlp: Nlp,
		private readonly text: string,
		private readonly paragraphs: readonly Range[],
		private readonly blanks: readonly Range[],
	) {}

	/** The tokens of `[from, to)` in document order. */
	tokens(from: number, to: number): Token[] {
		if (to <= from) {
			return [];
		}
		const blank = this.blankAt(from);
		if (blank && to <= blank.end) {
			// Inside a quotation (attributing a nested quote): tag just this stretch.
			const key = `${from}:${to}`;
			let tokens = this.direct.get(key);
			if (!tokens) {
				tokens = this.tag(from, to, from, to);
				this.direct.set(key, tokens);
			}
			return tokens;
		}
		const out: Token[] = [];
		for (let p = this.paragraphAt(from); p < this.paragraphs.length && this.paragraphs[p].start < to; p++) {
			const tokens = this.paragraphTokens(p);
			for (let i = firstAtOrAfter(tokens, from); i < tokens.length && tokens[i].end <= to; i++) {
				out.push(tokens[i]);
			}
		}
		return out;
	}

	private paragraphTokens(p: number): Token[] {
		let tokens = this.byParagraph.get(p);
		if (!tokens) {
			const { start, end } = this.paragraphs[p];
			tokens = this.tag(start, end, start, end, true);
			this.byParagraph.set(p, tokens);
		}
		return tokens;
	}

	private tag(from: number, to: number, lo: number, hi: number, blankQuotes = false): Token[] {
		let slice = this.text.slice(from, to);
		if (blankQuotes) {
			slice = this.blanked(slice, from);
		}
		// No word is this long, and wink's tokenizer takes time growing with the square of a
		// token's length: a run of letters with no space is blanked like a quotation.
		slice = slice.replace(LONG_RUN, (run) => ' '.repeat(run.length));
		const doc = this.nlp.readDoc(slice);
		const its = this.nlp.its;
		const values = doc.tokens().out(its.value) as string[];
		const spaces = doc.tokens().out(its.precedingSpaces) as string[];
		const tags = doc.tokens().out(its.pos) as string[];
		const tokens: Token[] = [];
		let cursor = 0;
		for (let i = 0; i < values.length; i++) {
			const value = values[i];
			cursor += spaces[i].length;
			if (!slice.startsWith(value, cursor)) {
				// wink normalises a few characters; fall back to searching for the token.
				const found = slice.indexOf(value, cursor);
				if (found < 0) {
					continue;
				}
				cursor = found;
			}
			const start = from + cursor;
			if (start >= lo && start < hi) {
				tokens.push({ value, lower: value.toLowerCase(), pos: tags[i], start, end: start + value.length });
			}
			cursor += value.length;
		}
		return tokens;
	}

	/** `slice` (starting at `offset`) with every quoted stretch in it replaced by spaces. */
	private blanked(slice: string, offset: number): string {
		let out = '';
		let at = 0;
		for (let b = this.blankIndexFrom(offset); b < this.blanks.length && this.blanks[b].start < offset + slice.length; b++) {
			const start = Math.max(this.blanks[b].start - offset, at);
			const end = Math.min(this.blanks[b].end - offset, slice.length);
			if (end > start) {
				out += slice.slice(at, start) + ' '.repeat(end - start);
				at = end;
			}
		}
		return out + slice.slice(at);
	}

	private blankAt(offset: number): Range | undefined {
		const b = this.blanks[this.blankIndexFrom(offset)];
		return b && b.start <= offset && offset < b.end ? b : undefined;
	}

	/** Index of the first blank that ends after `offset`. */
	private blankIndexFrom(offset: number): number {
		let lo = 0;
		let hi = this.blanks.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.blanks[mid].end <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private paragraphAt(offset: number): number {
		let lo = 0;
		let hi = this.paragraphs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.paragraphs[mid].start <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}
}

function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < offset) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}
