import type { Nlp } from '../nlp';

/** A word of the article with its part of speech and its offsets in the article text. */
export interface Token {
	value: string;
	lower: string;
	pos: string;
	start: number;
	end: number;
}

/**
 * Tags stretches of one article with wink-nlp, one stretch at a time and each at most once.
 * Only the reporter's text around quotations is tagged: the slowest step of the pipeline is
 * the tagger, and attribution never needs the words inside the quotes.
 */
export class Tagger {
	private readonly cache = new Map<string, Token[]>();

	constructor(
		private readonly nlp: Nlp,
		private readonly text: string,
	) {}

	/** The tokens of `[from, to)`, with offsets rebuilt from wink's preceding spaces. */
	tokens(from: number, to: number): Token[] {
		if (to <= from) {
			return [];
		}
		const key = `${from}:${to}`;
		let tokens = this.cache.get(key);
		if (!tokens) {
			tokens = this.tag(from, to);
			this.cache.set(key, tokens);
		}
		return tokens;
	}

	private tag(from: number, to: number): Token[] {
		const slice = this.text.slice(from, to);
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
			if (slice.startsWith(value, cursor) === false) {
				// wink normalises a few characters; fall back to searching for the token.
				const found = slice.indexOf(value, cursor);
				if (found < 0) {
					continue;
				}
				cursor = found;
			}
			tokens.push({ value, lower: value.toLowerCase(), pos: tags[i], start: from + cursor, end: from + cursor + value.length });
			cursor += value.length;
		}
		return tokens;
	}
}
