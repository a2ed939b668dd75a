/**
 * An article's versions of statements, and the sentences they are made of. A version is one
 * quotation, or the parts of an interrupted one (`"…," she said. "…"`); its words are split into
 * sentences, the units that are matched across articles. A fragment worked into the reporter's
 * sentence is one unit: part of a sentence.
 */
import type { Quote, SourceRun } from '../types';
import { endsSentence } from '../text/sentences';
import { groupSpeakerOf } from './speakers';
import type { GroupSpeaker } from './types';
import { wordsOf, type Word } from './words';

/** A word of a version: which part (quote) it is in, and its offsets in that quote's text. */
export interface PartWord extends Word {
	part: number;
}

/** One article's version of a statement: one quote, or the parts of an interrupted one. */
export interface Version {
	id: number;
	doc: string;
	parts: Quote[];
	primary: boolean;
	/** In a headline or subheading: shown with a statement, never making one. */
	headline: boolean;
	speaker: GroupSpeaker | null;
	units: Unit[];
	/** Its words' offsets, three numbers a word: start and end in its part's text, and the part. */
	wordAt: Int32Array;
}

/**
 * One sentence of a version (or the part of one that the version quotes): a stretch of its
 * version's words. Only their offsets are kept (a corpus holds millions of words); `words`
 * makes them on demand.
 */
export class Unit {
	constructor(
		readonly id: number,
		readonly version: Version,
		/** Its words are the version's words `from` to `to` (exclusive). */
		readonly from: number,
		readonly to: number,
		/** Its words, normalised: shared by every unit of the same wording once indexed. */
		public norms: string[],
		/** The words as written: per part, from the first word to the last and its punctuation. */
		readonly text: string,
	) {}

	/** The part its first word is in, and where that word starts in the part's text. */
	get firstPart(): number {
		return this.version.wordAt[3 * this.from + 2];
	}

	get firstStart(): number {
		return this.version.wordAt[3 * this.from];
	}

	/** Its words with their offsets, made on each call. */
	get words(): PartWord[] {
		const at = this.version.wordAt;
		const out: PartWord[] = [];
		for (let i = this.from; i < this.to; i++) {
			out.push({ norm: this.norms[i - this.from], start: at[3 * i], end: at[3 * i + 1], part: at[3 * i + 2] });
		}
		return out;
	}
}

/**
 * The versions of one article: its speech quotations, outermost only (a quote nested inside
 * another is words of the outer one), interrupted parts joined, each split into sentences.
 * `nextId` numbers versions and units.
 */
export function versionsOf(doc: string, quotes: readonly Quote[], primary: boolean, nextId: () => number): Version[] {
	const versions: Version[] = [];
	let current: Quote[] = [];
	const flush = () => {
		if (current.length) {
			const version = makeVersion(doc, current, primary, nextId);
			if (version.units.length) {
				versions.push(version);
			}
		}
		current = [];
	};
	for (const quote of quotes) {
		if (quote.kind !== 'speech' || quote.parent !== null) {
			continue;
		}
		if (quote.speaker?.via !== 'interrupted' || current.length === 0 || current[0].headline !== quote.headline) {
			flush();
		}
		current.push(quote);
	}
	flush();
	return versions;
}

function makeVersion(doc: string, parts: Quote[], primary: boolean, nextId: () => number): Version {
	const speakers = parts.map((p) => groupSpeakerOf(p.speaker)).filter((s): s is GroupSpeaker => s !== null);
	const words: PartWord[] = parts.flatMap((p, part) => wordsOf(p.text).map((w) => ({ norm: w.norm, start: w.start, end: w.end, part })));
	const wordAt = new Int32Array(3 * words.length);
	words.forEach((w, i) => wordAt.set([w.start, w.end, w.part], 3 * i));
	const version: Version = { id: nextId(), doc, parts, primary, headline: parts[0].headline, speaker: speakers[0] ?? null, units: [], wordAt };
	let from = 0;
	for (let i = 0; i < words.length; i++) {
		if (i + 1 === words.length || boundaryAfter(parts, words[i], words[i + 1])) {
			version.units.push(makeUnit(version, from, words.slice(from, i + 1), nextId));
			from = i + 1;
		}
	}
	return version;
}

/** The unit of a version's words from `from` on (`words` are those words). */
function makeUnit(version: Version, from: number, words: readonly PartWord[], nextId: () => number): Unit {
	return new Unit(
		nextId(),
		version,
		from,
		from + words.length,
		words.map((w) => w.norm),
		unitText(version.parts, words),
	);
}

/**
 * Splits a unit before each of the word indexes `at` (sorted, inside the unit), in its version
 * too: one outlet's "…war on religion and I'll fight…" where others quote two sentences.
 */
export function splitUnit(unit: Unit, at: readonly number[], nextId: () => number): Unit[] {
	const words = unit.words;
	const bounds = [0, ...at, words.length];
	const pieces = bounds.slice(0, -1).map((from, i) => makeUnit(unit.version, unit.from + from, words.slice(from, bounds[i + 1]), nextId));
	const units = unit.version.units;
	units.splice(units.indexOf(unit), 1, ...pieces);
	return pieces;
}

/** Whether a sentence ends between two consecutive words of a version. */
function boundaryAfter(parts: readonly Quote[], word: PartWord, next: PartWord): boolean {
	const text = parts[word.part].text;
	if (next.part !== word.part) {
		// "…in error," the spokesperson said. "There is no change…": a new sentence when the first
		// part ended one or the next opens with a capital; "…we should," she said, "have to…" goes on.
		const tail = text.slice(word.end).replace(/[\s"'“”‘’)\]]+$/u, '');
		return /[.!?…]$/.test(tail) || /^\p{Lu}/u.test(parts[next.part].text.slice(next.start));
	}
	const gap = text.slice(word.end, next.start);
	if (gap.includes('\n')) {
		// The paragraphs of a multi-paragraph quote.
		return true;
	}
	for (let k = 0; k < gap.length; k++) {
		if (endsSentence(text, word.end + k, text.length)) {
			return true;
		}
	}
	return false;
}

/** The unit's words as written, with the punctuation after its last word in each part. */
function unitText(parts: readonly Quote[], words: readonly PartWord[]): string {
	const pieces: string[] = [];
	let k = 0;
	while (k < words.length) {
		const part = words[k].part;
		let last = k;
		while (last + 1 < words.length && words[last + 1].part === part) {
			last++;
		}
		const text = parts[part].text;
		let end = words[last].end;
		while (end < text.length && !/[\s\p{L}\p{N}]/u.test(text[end])) {
			end++;
		}
		pieces.push(text.slice(words[k].start, end));
		k = last + 1;
	}
	return pieces.join(' ');
}

/**
 * The offset in the article of a position in a quote's text: a multi-paragraph quote's text
 * joins its paragraphs with `\n`, its segments say where each is in the article (its runs, when
 * it was read out of markup). `side` says whether the position starts or ends a stretch: at a
 * gap (the `\n` between paragraphs, a tag between runs) a start is where the next characters
 * are, an end where the previous ones stop.
 */
export function articleOffset(quote: Quote, textOffset: number, side: 'start' | 'end' = 'start'): number {
	if (quote.runs) {
		return runArticleOffset(quote, quote.runs, textOffset, side);
	}
	let at = 0;
	for (const s of quote.segments) {
		const length = s.end - s.start;
		if (textOffset <= at + length) {
			return s.start + Math.max(0, textOffset - at);
		}
		at += length + 1;
	}
	return quote.end;
}

/** The offset in a quote's text of a position in the article (the inverse of `articleOffset`). */
export function textOffset(quote: Quote, offset: number): number {
	if (quote.runs) {
		for (const run of quote.runs) {
			if (offset < run.start) {
				return run.at;
			}
			if (offset <= run.end) {
				if (run.end - run.start === run.length) {
					return run.at + (offset - run.start);
				}
				return offset === run.start ? run.at : run.at + run.length;
			}
		}
		return quote.text.length;
	}
	let at = 0;
	for (const s of quote.segments) {
		if (offset <= s.end) {
			return at + Math.max(0, offset - s.start);
		}
		at += s.end - s.start + 1;
	}
	return quote.text.length;
}

function runArticleOffset(quote: Quote, runs: readonly SourceRun[], offset: number, side: 'start' | 'end'): number {
	let r = -1;
	for (let k = 0; k < runs.length && (side === 'end' ? runs[k].at < offset : runs[k].at <= offset); k++) {
		r = k;
	}
	if (r < 0) {
		return runs.length ? runs[0].start : quote.start;
	}
	const run = runs[r];
	const within = offset - run.at;
	if (within >= run.length) {
		return side === 'start' && r + 1 < runs.length ? runs[r + 1].start : run.end;
	}
	if (run.end - run.start === run.length) {
		return run.start + within;
	}
	// A character that stands for more of the file (an entity): all of it, or none.
	return side === 'start' ? run.start : run.end;
}
