/**
 * Misquote's engine: finds direct quotations in a news article and who said them.
 * Pure: strings in, plain data out. No vscode, no LSP, no file system. The wink-nlp instance
 * is built once by the host (server, CLI or tests) and injected.
 */
import { Attributor, type Attribution, type QuoteContext } from './attribution/attribute';
import { Discourse } from './attribution/entities';
import { Tagger } from './attribution/tagger';
import type { Nlp } from './nlp';
import { findMarkedSpans, type MarkedSpan } from './quotes/marks';
import { classifyQuote, namedAsTerm } from './quotes/kinds';
import { splitParagraphs, type Paragraph } from './text/paragraphs';
import { endsSentence, sentenceEnd, sentenceStart } from './text/sentences';
import type { ArticleQuotes, CancellationFlag, ExtractOptions, Logger, Quote, Span, Speaker } from './types';

export * from './types';
export type { Nlp } from './nlp';
export * from './matching';
export * from './primary';

export interface EngineHost {
	/** A wink-nlp instance built with wink-eng-lite-web-model. */
	nlp: Nlp;
	logger?: Logger;
}

export interface Engine {
	/**
	 * Every quotation of one article, in document order, with its speaker and cue.
	 * Returns `{ quotes: [] }` for empty text or when `token` is cancelled before the end.
	 * Never throws on text, however malformed.
	 */
	extract(text: string, options?: ExtractOptions, token?: CancellationFlag): ArticleQuotes;
}

/** Creates an engine around one shared wink-nlp instance. */
export function createEngine(host: EngineHost): Engine {
	const extract = (text: string, options: ExtractOptions = {}, token?: CancellationFlag): ArticleQuotes => {
		try {
			// A lone CR ends a line, as in LSP, and a byte-order mark is no character of the text:
			// read as a newline and a space (same lengths, so offsets hold), with the quoted words
			// taken from the text as given.
			const bom = text.charCodeAt(0) === 0xfeff;
			if (!bom && !LONE_CR.test(text)) {
				return extractQuotes(host.nlp, text, options, token);
			}
			const read = (bom ? ' ' + text.slice(1) : text).replace(LONE_CR_ALL, '\n');
			return withTextOf(text, extractQuotes(host.nlp, read, options, token));
		} catch (error) {
			// A bug must not take the host down with it: report, and return nothing for this text.
			host.logger?.warn(`quote extraction failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return { quotes: [] };
		}
	};
	return Object.freeze({ extract });
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** The result for a copy of `text` with other line ends, its words taken from `text` itself. */
function withTextOf(text: string, result: ArticleQuotes): ArticleQuotes {
	const slice = <T extends Span | null>(span: T): T => (span ? { ...span, text: text.slice(span.start, span.end) } : span);
	for (const q of result.quotes) {
		q.text = q.segments.map((s) => text.slice(s.start, s.end)).join('\n');
		q.speaker = slice(q.speaker);
		q.cue = slice(q.cue);
		q.venue = slice(q.venue);
	}
	return result;
}

/** The first person singular: its speaker is a person, not an organisation. */
const FIRST_PERSON = /\bI\b|\b(?:[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)\b/;
const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll}\p{N},;)] +)([A-Z][\p{L}\p{N}&.'’-]*)/gu;
const FLOATING_PARAGRAPHS_BACK = 2;
/**
 * How far back (in characters) a quote looks for the attribution it continues or the speaker
 * named before it: further than any two paragraphs of news, and a bound on the work per quote.
 */
const INTERRUPTION_REACH = 2000;
const FLOATING_REACH = 6000;
/** How many times its quoted text an article's search for repeated words may read. */
const REPEAT_SEARCH_FACTOR = 20;

function extractQuotes(nlp: Nlp, text: string, options: ExtractOptions, token?: CancellationFlag): ArticleQuotes {
	if (!/\S/.test(text)) {
		return { quotes: [] };
	}
	const paragraphs = splitParagraphs(text);
	const spans = findMarkedSpans(text, paragraphs);
	if (token?.isCancellationRequested) {
		return { quotes: [] };
	}
	const ends = spans.map((s) => (s.close >= 0 ? s.close : s.segments[s.segments.length - 1].end));
	const openAt = new Map<number, number>();
	const closeAt = new Map<number, number>();
	spans.forEach((s, i) => {
		if (s.parent < 0) {
			openAt.set(s.open, ends[i]);
			closeAt.set(ends[i], s.open);
		}
	});
	/** Step over a whole top-level quote, back from its closing mark or on from its opening one (for sentence edges). */
	const back = (k: number) => closeAt.get(k) ?? k;
	const fwd = (k: number) => openAt.get(k) ?? k;

	const discourse = buildDiscourse(text, paragraphs, spans, ends);
	const blanks = spans.filter((s) => s.parent < 0).flatMap((s) => s.segments);
	const attributor = new Attributor(text, new Tagger(nlp, text, paragraphs, blanks), discourse);
	const paragraphOf = paragraphIndex(paragraphs);
	const quotes: Quote[] = [];
	const attributions: Attribution[] = [];
	const speakers: Speaker[] = [];
	const venues: Span[] = [];
	const nextSibling = nextSiblings(spans);
	/** For each parent (-1: none), the last quote inside it read as speech so far. */
	const lastSpeech = new Map<number, number>();
	/** For each quote, the speech quote before it with the same parent, or -1. */
	const previousSpeech: number[] = [];

	for (let i = 0; i < spans.length; i++) {
		if (token?.isCancellationRequested) {
			return { quotes: [] };
		}
		const span = spans[i];
		previousSpeech[i] = lastSpeech.get(span.parent) ?? -1;
		const end = ends[i];
		const startPara = paragraphs[span.paragraph];
		const endPara = paragraphs[paragraphOf(end)];
		const parent = span.parent >= 0 ? spans[span.parent] : undefined;
		const lo = parent ? parent.open + 1 : startPara.start;
		const hi = parent ? ends[span.parent] : endPara.end;
		// The sentence before the quote, earlier quotes in it included: their words are blanked
		// for tagging, and "“A,” she said, “B”" needs the cue between them.
		const before0 = Math.max(lo, sentenceStart(text, span.open, lo, back));
		const afterFrom = span.close >= 0 ? span.close + 1 : end;
		const after1 = Math.min(hi, sentenceEnd(text, afterFrom, hi, fwd), nextSibling[i] >= 0 ? spans[nextSibling[i]].open : hi);
		const quoteText = span.segments.map((s) => text.slice(s.start, s.end)).join('\n');
		const trimmedEnd = quoteText.trimEnd();
		const context: QuoteContext = {
			before: [before0, span.open],
			after: [afterFrom, after1],
			// "… for using the ‘f bomb,’” he said": a nested quote's closing mark may follow the comma.
			handsOff: /[,?!—–-][’'"”]?$/.test(trimmedEnd),
			paragraph: span.paragraph,
		};
		let attribution = attributor.adjacent(context, { speakers, venues });
		const partial = isPartial(text, span, quoteText, context);
		if (!attribution.speaker && !attribution.naming && partial && !namedAsTerm(text, context.before[0], span.open, quoteText)) {
			attribution = attributor.sentenceSubject(context, { speakers, venues }) ?? attribution;
		}
		if (!attribution.speaker && !attribution.naming) {
			attribution = inherit(i, partial) ?? attribution;
		} else if (attribution.speaker && sharesAttributionWithPrevious(i, attribution.speaker)) {
			attribution = { ...attribution, speaker: { ...attribution.speaker, via: 'interrupted' } };
		}
		const kind = classifyQuote(text, quoteText, span, context, attribution, partial, startPara, options);
		const speech = kind === 'speech';
		let speaker = speech ? attribution.speaker : null;
		if (speaker?.name && speaker.type !== 'person' && (speaker.resolution === 'name' || speaker.resolution === 'surname') && FIRST_PERSON.test(quoteText)) {
			// "“I have decided …,” Blackwell wrote": whoever says "I" is a person.
			const person = discourse.confirmPerson(speaker.name);
			if (person) {
				speaker = { ...speaker, name: person.name, type: 'person' };
				attribution = { ...attribution, speaker };
			}
		}
		if (speaker) {
			speakers.push(speaker);
		}
		if (speech && attribution.venue) {
			venues.push(attribution.venue);
		}
		attributions.push(attribution);
		if (speech) {
			lastSpeech.set(span.parent, i);
		}
		quotes.push({
			id: `q${i + 1}`,
			text: quoteText,
			start: span.segments[0].start,
			end: span.segments[span.segments.length - 1].end,
			segments: span.segments.map((s) => ({ start: s.start, end: s.end })),
			marks: { open: span.openMark, close: span.closeMark },
			multiParagraph: span.segments.length > 1,
			unclosed: span.close < 0,
			parent: span.parent >= 0 ? `q${span.parent + 1}` : null,
			headline: startPara.headline,
			kind,
			partial,
			speaker,
			cue: speech ? attribution.cue : null,
			venue: speech ? attribution.venue : null,
		});
	}
	reconcileRepeats(quotes);
	return { quotes };

	/**
	 * A quote with no attribution of its own takes the speaker of the quote before it when that
	 * quote's attribution sits between them (`"…," he said. "…"`), or, for a quote that stands
	 * as its own sentence, the speaker most recently named before it (a floating quote).
	 */
	function inherit(i: number, partial: boolean): Attribution | undefined {
		const span = spans[i];
		const p = previousSibling(i);
		const prevAttribution = p >= 0 ? attributions[p] : undefined;
		const prevSpeaker = p >= 0 ? quotes[p].speaker : null;
		if (p >= 0 && prevAttribution && prevSpeaker && spans[p].paragraph === span.paragraph && span.open - ends[p] < INTERRUPTION_REACH) {
			const between = text.slice(ends[p] + 1, span.open);
			const attributionBetween = prevSpeaker.start > ends[p] && prevSpeaker.start < span.open;
			if (attributionBetween || !/[.!?]["'”’]?\s/.test(between)) {
				return { ...prevAttribution, speaker: { ...prevSpeaker, via: 'interrupted' } };
			}
		}
		if (partial || paragraphs[span.paragraph].headline) {
			// Fragments and headlines do not continue what came before them.
			return undefined;
		}
		const paraFrom = floatingWindowStart(span.paragraph);
		const from = Math.max(p >= 0 ? ends[p] + 1 : 0, paraFrom, span.open - FLOATING_REACH);
		const intro = introduction(span, from);
		if (intro) {
			// "The committee issued a brief statement shortly after the speech:" / "And it ended
			// with:", then the quote as a paragraph of its own: the sentence's subject speaks.
			const found = attributor.sentenceSubject({ before: intro, after: [span.open, span.open], handsOff: false, paragraph: span.paragraph }, { speakers, venues });
			if (found?.speaker) {
				return { ...found, speaker: { ...found.speaker, via: 'floating' } };
			}
		}
		if (from < span.open) {
			const reported = attributor.reported(from, span.open, span.paragraph, { speakers, venues });
			if (reported?.speaker) {
				return { ...reported, speaker: { ...reported.speaker, via: 'floating' } };
			}
		}
		if (p >= 0 && prevSpeaker && prevAttribution && spans[p].paragraph >= paragraphOf(paraFrom)) {
			return { ...prevAttribution, speaker: { ...prevSpeaker, via: 'floating' } };
		}
		// No one reported as speaking: the subject of the story's last sentence before the quote.
		const subject = discourse.lastSubject(from, span.open);
		if (subject) {
			const speaker: Speaker = {
				text: text.slice(subject.start, subject.end),
				start: subject.start,
				end: subject.end,
				name: subject.entity.name,
				role: subject.entity.role,
				type: subject.entity.type,
				resolution: 'name',
				via: 'floating',
			};
			return { speaker, cue: null, venue: null, naming: false };
		}
		return undefined;
	}

	/**
	 * For a quote that opens its paragraph after a paragraph ending in a colon, that paragraph's
	 * last sentence up to the colon (`[from, to)`), when it lies after `from`; else undefined.
	 */
	function introduction(span: MarkedSpan, from: number): [number, number] | undefined {
		if (span.open !== paragraphs[span.paragraph].start || span.paragraph === 0) {
			return undefined;
		}
		const previous = paragraphs[span.paragraph - 1];
		const colon = text.slice(previous.start, previous.end).trimEnd().length - 1 + previous.start;
		if (text[colon] !== ':' || previous.headline) {
			return undefined;
		}
		const start = sentenceStart(text, colon, previous.start, back);
		return start >= from ? [start, colon] : undefined;
	}

	/** `"…," she said, "…"`: the speaker phrase between this quote and the one before is both's. */
	function sharesAttributionWithPrevious(i: number, speaker: Speaker): boolean {
		const p = previousSibling(i);
		const previous = p >= 0 ? quotes[p].speaker : null;
		return previous !== null && spans[p].paragraph === spans[i].paragraph && previous.start === speaker.start && previous.start >= ends[p] && speaker.end <= spans[i].open;
	}

	function previousSibling(i: number): number {
		return previousSpeech[i];
	}

	/** Where to look back for a floating quote's speaker: this and up to two story paragraphs. */
	function floatingWindowStart(paragraph: number): number {
		let found = paragraph;
		let story = 0;
		for (let k = paragraph - 1; k >= 0 && story < FLOATING_PARAGRAPHS_BACK; k--) {
			if (paragraphs[k].boilerplate || paragraphs[k].headline) {
				continue;
			}
			found = k;
			story++;
		}
		return paragraphs[found].start;
	}
}

/**
 * Makes an article agree with itself: words quoted as a term or title somewhere are a term or
 * title everywhere, and a quote with no named speaker (a headline fragment, a subheading)
 * takes the speaker of another quote in the article that contains the same words.
 */
function reconcileRepeats(quotes: Quote[]): void {
	const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	const keys = quotes.map((q) => key(q.text));
	const padded = keys.map((k) => ` ${k} `);
	const kinds = new Map<string, Quote['kind']>();
	quotes.forEach((q, i) => {
		if (q.kind !== 'speech' && !q.headline) {
			kinds.set(keys[i], q.kind);
		}
	});
	quotes.forEach((q, i) => {
		const kind = kinds.get(keys[i]);
		// A quote with a cue and speaker of its own beside it ("he called her “disgusting”") stays
		// someone's words, wherever else the reporter mentions the same words.
		const ownAttribution = q.cue !== null && q.speaker?.via === 'adjacent';
		if (kind && q.kind === 'speech' && !ownAttribution) {
			q.kind = kind;
			q.speaker = null;
			q.cue = null;
			q.venue = null;
		}
	});
	// The same words quoted again and again share one search, and the searches together read at
	// most a few times the article's quoted text: an article of one quotation repeated thousands
	// of times would otherwise compare every quote with every other.
	const found = new Map<string, Quote | undefined>();
	// The quotes that can lend their speaker, in order (a quote given one by a repeat holds the
	// same words as its source, so the source is found first anyway).
	const named = quotes.flatMap((q, j) => (q.kind === 'speech' && q.speaker?.name && !q.headline ? [j] : []));
	let budget = REPEAT_SEARCH_FACTOR * keys.reduce((n, k) => n + k.length + 2, 0) + 100_000;
	quotes.forEach((q, i) => {
		if (q.kind !== 'speech' || q.speaker?.name || keys[i].length < 3) {
			return;
		}
		const cached = found.get(keys[i]);
		let source = cached && cached !== q ? cached : undefined;
		if (!source && budget > 0) {
			const needle = ` ${keys[i]} `;
			for (let k = 0; k < named.length && budget > 0 && !source; k++) {
				const j = named[k];
				budget -= keys[j].length + 3;
				if (j !== i && padded[j].includes(needle)) {
					source = quotes[j];
				}
			}
			found.set(keys[i], source);
		}
		if (source?.speaker) {
			q.speaker = { ...source.speaker, via: 'repeat' };
			q.cue ??= source.cue;
		}
	});
}

/** For each span, the next span with the same parent, or -1. */
function nextSiblings(spans: readonly MarkedSpan[]): number[] {
	const next = new Array<number>(spans.length).fill(-1);
	const following = new Map<number, number>();
	for (let k = spans.length - 1; k >= 0; k--) {
		next[k] = following.get(spans[k].parent) ?? -1;
		following.set(spans[k].parent, k);
	}
	return next;
}

/** A fragment worked into the reporter's sentence rather than a statement standing on its own. */
function isPartial(text: string, span: MarkedSpan, quoteText: string, context: QuoteContext): boolean {
	const lead = text.slice(context.before[0], span.open).trimEnd();
	if (/[\p{L}\p{N}]$/u.test(lead) || /[’']s$/.test(lead)) {
		return true;
	}
	if (/^[\p{Ll}]/u.test(quoteText.trimStart())) {
		return true;
	}
	const after = text.slice(context.after[0], context.after[1]);
	return /[\p{L}\p{N}]$/u.test(quoteText.trimEnd()) && /^\s*\p{Ll}/u.test(after) && !endsSentence(text, span.close - 1, span.close + 2);
}

/** "Amazon Says Email Banning TikTok": most words capitalised, so capitals say nothing. */
function isTitleCaseLine(line: string): boolean {
	const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	const long = words.filter((w) => w.length > 3);
	return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.7;
}

function paragraphIndex(paragraphs: readonly Paragraph[]): (offset: number) => number {
	return (offset) => {
		let lo = 0;
		let hi = paragraphs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (paragraphs[mid].start <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	};
}

/** Names in the reporter's text (quotations left out), for pronouns and descriptions. */
function buildDiscourse(text: string, paragraphs: readonly Paragraph[], spans: readonly MarkedSpan[], ends: readonly number[]): Discourse {
	const discourse = new Discourse();
	const midSentence = new Set<string>();
	for (const p of paragraphs) {
		if (p.boilerplate || (p.headline && isTitleCaseLine(text.slice(p.start, p.end)))) {
			continue;
		}
		// Runs of spaces made one: the look-behind would otherwise rescan a long run at every space.
		for (const m of text.slice(p.start, p.end).replace(/ {2,}/g, ' ').matchAll(MID_SENTENCE_CAPITAL)) {
			midSentence.add(m[1].replace(/(?:[’']s?|[.,])$/u, ''));
		}
	}
	discourse.setMidSentenceWords(midSentence);
	const outer = spans.map((s, i) => ({ s, end: ends[i] })).filter((x) => x.s.parent < 0);
	let q = 0;
	paragraphs.forEach((p, index) => {
		if (p.boilerplate) {
			return;
		}
		let from = p.start;
		while (q < outer.length && outer[q].s.open < p.end) {
			const { s, end } = outer[q];
			if (end >= from) {
				if (s.open >= from) {
					discourse.scan(text, from, s.open, index, midSentence, p.headline);
				}
				from = Math.min(p.end, end + 1);
			}
			if (end + 1 > p.end) {
				break;
			}
			q++;
		}
		if (from < p.end) {
			discourse.scan(text, from, p.end, index, midSentence, p.headline);
		}
	});
	discourse.setSentenceStarts(sentenceStarts(text, paragraphs));
	discourse.resolvePronouns();
	return discourse;
}

/** Where every sentence of the article starts: each paragraph's start, and after each full stop. */
function sentenceStarts(text: string, paragraphs: readonly Paragraph[]): number[] {
	const starts: number[] = [];
	for (const p of paragraphs) {
		starts.push(p.start);
		for (const m of text.slice(p.start, p.end).matchAll(/[.!?…]/g)) {
			const at = p.start + m.index;
			if (endsSentence(text, at, p.end)) {
				let next = at + 1;
				while (next < p.end && /[\s"'”’»)\]]/.test(text[next])) {
					next++;
				}
				if (next < p.end && next > starts[starts.length - 1]) {
					starts.push(next);
				}
			}
		}
	}
	return starts;
}
