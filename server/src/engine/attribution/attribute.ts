import type { Discourse } from './entities';
import { FIRST_NAMES } from './firstNames';
import { CUE_PARTICLES, DOCUMENT_NOUNS, NAMING_CUES, PERSON_ROLE_NOUNS, QUESTION_CUES } from './lexicon';
import {
	isCue,
	isCapitalised,
	isPronoun,
	phraseEndingAt,
	phraseStartingAt,
	skipBackOverAuxiliaries,
	skipForwardOverAuxiliaries,
	skipParentheticalBack,
	skipParentheticalForward,
	venueAfter,
} from './phrases';
import { resolveSpeaker, type ResolveContext } from './resolve';
import type { Tagger, Token } from './tagger';
import type { AttributionVia, Span, Speaker } from '../types';

/** What was found for one quote: its speaker, cue and venue, any of which may be missing. */
export interface Attribution {
	speaker: Speaker | null;
	cue: Span | null;
	venue: Span | null;
	/** The cue names the words ("so-called", "dubbed") rather than reporting a statement. */
	naming: boolean;
	/** The attribution closes the sentence after more of the reporter's words ("“…” for Clinton, said Kunin"). */
	tail?: boolean;
}

/** The reporter's text around one quote, within its sentence and between its neighbours. */
export interface QuoteContext {
	/** `[from, to)` before the opening mark. */
	before: [number, number];
	/** `[from, to)` after the closing mark. */
	after: [number, number];
	/** The quote's own text ends like a clause handed to an attribution: `,` `?` `!` `—`. */
	handsOff: boolean;
	paragraph: number;
}

/** Speakers and venues of the quotes before this one, most recent last. */
export interface History {
	speakers: readonly Speaker[];
	venues: readonly Span[];
}

const NONE: Attribution = { speaker: null, cue: null, venue: null, naming: false };
const MAX_BEFORE = 400;
const MAX_AFTER = 300;

/** Finds who said one quote from the words right around it (no look at other quotes). */
export class Attributor {
	constructor(
		private readonly text: string,
		private readonly tagger: Tagger,
		private readonly discourse: Discourse,
	) {}

	/** Attribution in the quote's own sentence, after it first (`"…," she said`), then before it. */
	adjacent(q: QuoteContext, history: History): Attribution {
		const ctx: ResolveContext = { discourse: this.discourse, earlier: history.speakers, venues: history.venues, paragraph: q.paragraph };
		const after = this.tagger.tokens(q.after[0], Math.min(q.after[1], q.after[0] + MAX_AFTER));
		const fromAfter = this.after(after, q, ctx);
		if (fromAfter) {
			return fromAfter;
		}
		const beforeFrom = Math.max(q.before[0], q.before[1] - MAX_BEFORE);
		const before = this.tagger.tokens(beforeFrom, q.before[1]);
		return this.before(before, ctx) ?? NONE;
	}

	/**
	 * For a fragment worked into the reporter's sentence with no cue of its own ("Trump likened
	 * the refugees to a “vicious snake”", "PolitiFact rated the claim “true”"): the subject of
	 * the sentence's first verb before it, when that subject is someone named (or a pronoun for
	 * someone named). Undefined otherwise.
	 */
	sentenceSubject(q: QuoteContext, history: History): Attribution | undefined {
		const ctx: ResolveContext = { discourse: this.discourse, earlier: history.speakers, venues: history.venues, paragraph: q.paragraph };
		const tokens = this.tagger.tokens(Math.max(q.before[0], q.before[1] - MAX_BEFORE), q.before[1]);
		const verb = tokens.findIndex((t, k) => k > 0 && t.pos === 'VERB' && !isCapitalised(t) && !/ing$/.test(t.lower));
		if (verb < 0) {
			return undefined;
		}
		const found = this.subjectOf(tokens, verb, ctx, 'adjacent');
		const s = found?.speaker;
		const first = s && tokens.find((t) => t.start === s.start);
		return s?.name && first && (isCapitalised(first) || s.resolution === 'pronoun') ? found : undefined;
	}

	/**
	 * The speaker of the nearest reporter sentence in `[from, to)` with a cue and a subject:
	 * "He said they were puzzled." before a floating quote.
	 */
	reported(from: number, to: number, paragraph: number, history: History): Attribution | undefined {
		const tokens = this.tagger.tokens(from, to);
		const ctx: ResolveContext = { discourse: this.discourse, earlier: history.speakers, venues: history.venues, paragraph };
		// Sentence by sentence from the last; in each, the first cue is the main clause's
		// ("She said his office had not answered": said, not answered).
		let end = tokens.length;
		while (end > 0) {
			let start = end - 1;
			while (start > 0 && !/^[.!?]$/.test(tokens[start - 1].value)) {
				start--;
			}
			for (let c = start; c < end; c++) {
				if (isCue(tokens[c], tokens[c + 1], tokens[c - 1]) && !NAMING_CUES.has(tokens[c].lower)) {
					const found = this.subjectOf(tokens, c, ctx, 'floating');
					if (found?.speaker?.name) {
						return found;
					}
				}
			}
			end = start - 1;
		}
		return undefined;
	}

	private after(tokens: readonly Token[], q: QuoteContext, ctx: ResolveContext): Attribution | undefined {
		let i = 0;
		const leadingComma = tokens[0]?.value === ',';
		if (leadingComma) {
			i++;
		}
		const first = tokens[i];
		if (!first) {
			return undefined;
		}
		// Dash attribution: "…" — Sen. Ann Lee
		if (/^(?:—|–|--|-|―)$/.test(first.value)) {
			const phrase = phraseStartingAt(tokens, i + 1);
			if (phrase && isCapitalised(tokens[phrase[0]])) {
				return { speaker: resolveSpeaker(this.text, tokens, phrase, 'adjacent', ctx, this.apposition(tokens, phrase[1])), cue: span(this.text, first, first), venue: null, naming: false };
			}
			return undefined;
		}
		const strong = q.handsOff || leadingComma;
		// "…," said Jin Kim, founder of …
		if (isCue(first, tokens[i + 1]) && !isCapitalised(first)) {
			const phrase = phraseStartingAt(tokens, i + 1);
			if (phrase && (strong || phrase[1] + 3 >= tokens.length)) {
				const venue = venueAfter(tokens, phrase[1] + 1, first);
				return {
					speaker: resolveSpeaker(this.text, tokens, phrase, 'adjacent', ctx, this.apposition(tokens, phrase[1])),
					cue: span(this.text, first, first),
					venue: venue ? span(this.text, tokens[venue[0]], tokens[venue[1]]) : null,
					naming: false,
				};
			}
			return undefined;
		}
		// "…," according to Jane Roe.
		if (first.lower === 'according' && tokens[i + 1]?.lower === 'to') {
			const phrase = this.sourcePhrase(tokens, i + 2);
			if (phrase) {
				return { speaker: resolveSpeaker(this.text, tokens, phrase, 'adjacent', ctx, this.apposition(tokens, phrase[1])), cue: span(this.text, first, tokens[i + 1]), venue: null, naming: false };
			}
			return undefined;
		}
		// "…," an Amazon spokesman said in a statement to Variety.
		const phrase = phraseStartingAt(tokens, i);
		if (!phrase) {
			return this.tail(tokens, ctx);
		}
		let c = skipParentheticalForward(tokens, phrase[1] + 1);
		let apposition: string | null = null;
		let speakerPhrase = phrase;
		if (tokens[c]?.value === ',') {
			// "…," Jane Roe, an economist at Acme, said.
			const close = tokens.findIndex((t, k) => k > c && t.value === ',');
			if (close > 0 && close - c < 15) {
				apposition = this.text.slice(tokens[c + 1].start, tokens[close - 1].end);
				// "…," its founder, Omar Castel, told …: the name in the apposition speaks.
				const named = namedApposition(tokens, phrase, c + 1, close - 1);
				if (named) {
					apposition = this.text.slice(tokens[phrase[0]].start, tokens[phrase[1]].end).replace(/^(?:the|a|an|its|his|her|their)\s+/i, '');
					speakerPhrase = named;
				}
				c = close + 1;
			}
		}
		// "…," Ann Lee of Ohio and Tom Ford, the party's leader, said: the first of them.
		c = skipConjoinedSpeaker(tokens, c);
		c = skipForwardOverAuxiliaries(tokens, c);
		const cue = tokens[c];
		if (!isCue(cue, tokens[c + 1], tokens[c - 1])) {
			return this.tail(tokens, ctx);
		}
		let cueEnd = c;
		if (tokens[c + 1] && CUE_PARTICLES.has(tokens[c + 1].lower) && /^(?:chimed|weighed|pointed|spoke|shot|fired|hit)$/.test(cue.lower)) {
			cueEnd = c + 1;
		}
		// After a full stop, only a short "X said." closes the quote's sentence as its attribution.
		if (!strong && tokens.length - cueEnd > 8) {
			return undefined;
		}
		const venue = venueAfter(tokens, cueEnd + 1, cue);
		return {
			speaker: resolveSpeaker(this.text, tokens, speakerPhrase, 'adjacent', ctx, apposition ?? this.apposition(tokens, phrase[1])),
			cue: span(this.text, cue, tokens[cueEnd]),
			venue: venue ? span(this.text, tokens[venue[0]], tokens[venue[1]]) : null,
			naming: false,
		};
	}

	/**
	 * An attribution that closes the sentence after the reporter finished it: "“This will be a
	 * challenge” for Clinton, said Kunin." / "“…” if she did not win, Jane Roe said." After the
	 * sentence's last comma, a cue and a speaker (either way round), and at most a venue after.
	 */
	private tail(tokens: readonly Token[], ctx: ResolveContext): Attribution | undefined {
		let end = tokens.findIndex((t) => /^[.!?;]$/.test(t.value) || /^["“”]$/.test(t.value));
		if (end < 0) {
			end = tokens.length;
		}
		// The last comma or, past an apposition ("…, said Jane Roe, an analyst at Acme."), one before.
		for (let comma = end - 1, tried = 0; comma > 0 && tried < 2; comma--) {
			if (tokens[comma].value !== ',') {
				continue;
			}
			tried++;
			const found = this.tailAt(tokens, comma, end, ctx);
			if (found) {
				return found;
			}
		}
		return undefined;
	}

	private tailAt(tokens: readonly Token[], comma: number, end: number, ctx: ResolveContext): Attribution | undefined {
		let phrase: [number, number] | null;
		let cueAt: number;
		if (isCue(tokens[comma + 1], tokens[comma + 2]) && !isCapitalised(tokens[comma + 1])) {
			cueAt = comma + 1;
			phrase = phraseStartingAt(tokens, comma + 2);
		} else {
			phrase = phraseStartingAt(tokens, comma + 1);
			cueAt = phrase ? skipForwardOverAuxiliaries(tokens, phrase[1] + 1) : -1;
			if (!phrase || !isCue(tokens[cueAt], tokens[cueAt + 1], tokens[cueAt - 1])) {
				return undefined;
			}
		}
		const last = Math.max(cueAt, phrase?.[1] ?? cueAt);
		const apposition = phrase ? this.apposition(tokens, phrase[1]) : null;
		if (!phrase || (end - last > 8 && !apposition)) {
			return undefined;
		}
		const cue = tokens[cueAt];
		const venue = venueAfter(tokens, last + 1, cue);
		return {
			speaker: resolveSpeaker(this.text, tokens, phrase, 'adjacent', ctx, apposition),
			cue: span(this.text, cue, cue),
			venue: venue ? span(this.text, tokens[venue[0]], tokens[venue[1]]) : null,
			naming: false,
			tail: true,
		};
	}

	private before(tokens: readonly Token[], ctx: ResolveContext): Attribution | undefined {
		/** A cue whose subject names nobody ("protests demands that …"), kept while an earlier one may. */
		let unnamed: Attribution | undefined;
		let deferred = 0;
		for (let c = tokens.length - 1; c >= 0; c--) {
			const t = tokens[c];
			if (t.lower === 'according' && tokens[c + 1]?.lower === 'to') {
				const phrase = this.sourcePhrase(tokens, c + 2);
				if (phrase) {
					return { speaker: resolveSpeaker(this.text, tokens, phrase, 'adjacent', ctx, null), cue: span(this.text, t, tokens[c + 1]), venue: null, naming: false };
				}
			}
			if (/^so-called$/i.test(t.value) || (t.lower === 'known' && tokens[c + 1]?.lower === 'as')) {
				return { ...NONE, naming: true };
			}
			if (!isCue(t, tokens[c + 1], tokens[c - 1])) {
				continue;
			}
			if (NAMING_CUES.has(t.lower)) {
				return { ...NONE, cue: span(this.text, t, t), naming: true };
			}
			const found = this.subjectOf(tokens, c, ctx, 'adjacent');
			const head = found?.speaker ? tokens.find((t) => t.start === found.speaker!.start) : undefined;
			if (found?.speaker && !found.speaker.name && deferred < MAX_DEFERRED && head && !isPronoun(head) && !isCapitalised(head)) {
				// "Ryan said the spate of protests demands that all engage in “more listening”":
				// the reported clause's verb is no attribution when the sentence's own cue names
				// someone. (A pronoun is the sentence's own subject, even unresolved.)
				unnamed ??= found;
				deferred++;
				continue;
			}
			if (found) {
				return found.speaker?.name || !unnamed ? found : unnamed;
			}
		}
		if (unnamed) {
			return unnamed;
		}
		// Headline shape: "Mary Doe: Sister Is 'Dead Wrong'"
		const colon = tokens.findIndex((t) => t.value === ':');
		if (colon > 0 && colon <= 5) {
			const phrase = phraseEndingAt(tokens, colon - 1);
			const named = phrase && (FIRST_NAMES.has(tokens[phrase[0]].lower) || tokens.slice(phrase[0], phrase[1] + 1).every((t) => !isCapitalised(t) || this.discourse.isName(t.value)));
			if (phrase && named && phrase[0] === 0 && isCapitalised(tokens[phrase[1]])) {
				return { speaker: resolveSpeaker(this.text, tokens, phrase, 'adjacent', ctx, null), cue: null, venue: null, naming: false };
			}
		}
		return undefined;
	}

	/** The speaker of the cue at `c`: its subject, or what follows an inverted cue. */
	private subjectOf(tokens: readonly Token[], c: number, ctx: ResolveContext, via: AttributionVia): Attribution | undefined {
		const cue = tokens[c];
		let cueEnd = c;
		if (tokens[c + 1] && CUE_PARTICLES.has(tokens[c + 1].lower) && /^(?:chimed|weighed|pointed)$/.test(cue.lower)) {
			cueEnd = c + 1;
		}
		const cueSpan = span(this.text, cue, tokens[cueEnd]);
		const venueRange = venueAfter(tokens, cueEnd + 1, cue);
		const venue = venueRange ? span(this.text, tokens[venueRange[0]], tokens[venueRange[1]]) : null;
		if (QUESTION_CUES.has(cue.lower) || (cue.lower === 'asked' && /^(?:when|was|were|being|if)$/.test(tokens[c - 1]?.lower ?? ''))) {
			// "when quizzed about …": the quoted words are the interviewer's question.
			return { speaker: this.interviewer(ctx, cue.start), cue: cueSpan, venue, naming: false };
		}
		let s = skipBackOverAuxiliaries(tokens, skipParentheticalBack(tokens, skipBackOverAuxiliaries(tokens, c - 1)));
		let apposition: string | null = null;
		let appositionStart = -1;
		let appositionEnd = -1;
		if (tokens[s]?.value === ',' && /ing$/.test(cue.lower)) {
			// "Acme sued the agency, saying …": the main clause's subject speaks.
			return this.clauseSubject(tokens, c, ctx, via, cueSpan, venue);
		}
		if (tokens[s]?.value === ',') {
			// "TikTok, which is owned by ByteDance, said …"
			let open = s - 1;
			while (open >= 0 && tokens[open].value !== ',') {
				open--;
			}
			if (open > 0 && s - open < 20) {
				apposition = this.text.slice(tokens[open + 1].start, tokens[s - 1].end);
				appositionStart = open + 1;
				appositionEnd = s - 1;
				s = open - 1;
			}
		}
		if (tokens[s] && /^(?:and|but|or|that|which|who)$/.test(tokens[s].lower)) {
			// "the memo surfaced online and requested …", "a memo surfaced online that requested …":
			// the subject is the one of the verb before.
			let v = s - 1;
			while (v >= 0 && /^(?:ADV|ADJ|PART|ADP)$/.test(tokens[v].pos) && s - v <= 3) {
				v--;
			}
			if (v >= 0 && tokens[v].pos === 'VERB') {
				s = skipBackOverAuxiliaries(tokens, v - 1);
			} else if (tokens[s].lower !== 'and' && tokens[s].lower !== 'but' && tokens[s].lower !== 'or') {
				// "The senator, who has called …": the phrase before the relative pronoun.
				s = tokens[v]?.value === ',' ? v - 1 : v;
			}
		}
		s = skipTimeBack(tokens, s);
		let phrase = phraseEndingAt(tokens, s);
		if (phrase && tokens[phrase[0] - 1]?.lower === 'and' && isCapitalised(tokens[phrase[0]])) {
			// "Ann Lee and Tom Ford said": the first of them, as when the quote comes first.
			const first = phraseEndingAt(tokens, skipParentheticalBack(tokens, phrase[0] - 2));
			if (first && isCapitalised(tokens[first[1]]) && isCapitalised(tokens[first[0]])) {
				phrase = first;
			}
		}
		if (phrase && !apposition) {
			// "Romney released a statement late Tuesday saying: …": the document's issuer speaks.
			const issuer = this.issuerOf(tokens, phrase);
			if (issuer) {
				phrase = issuer;
			}
		}
		if (phrase && !apposition && /^(?:for|at|with)$/.test(tokens[phrase[0] - 1]?.lower ?? '') && isCapitalised(tokens[phrase[1]])) {
			// "A spokeswoman for Caledon Isles Ferries said": the organisation, and the role.
			const role = phraseEndingAt(tokens, phrase[0] - 2);
			if (role && !isCapitalised(tokens[role[1]]) && PERSON_ROLE_NOUNS.has(tokens[role[1]].lower)) {
				const speaker = resolveSpeaker(this.text, tokens, phrase, via, ctx, null);
				speaker.role ??= tokens[role[1]].value;
				return { speaker: { ...speaker, text: this.text.slice(tokens[role[0]].start, speaker.end), start: tokens[role[0]].start }, cue: cueSpan, venue, naming: false };
			}
		}
		if (phrase && apposition && appositionStart >= 0) {
			// "The landlord, Halden Estates, said": the name in the apposition is the speaker.
			const named = namedApposition(tokens, phrase, appositionStart, appositionEnd);
			if (named) {
				apposition = this.text.slice(tokens[phrase[0]].start, tokens[phrase[1]].end).replace(/^(?:the|a|an)\s+/i, '');
				phrase = named;
			}
		}
		if (phrase && apposition && !isCapitalised(tokens[phrase[0]]) && tokens[phrase[0] - 1]?.value === ',') {
			// "Jean-Marc Ayrault, the foreign minister of France, a permanent member of …, said",
			// "Michael Mulgrew, president of the teachers' union, which represents …, said": the
			// name before two asides speaks, the first aside its role.
			const named = phraseEndingAt(tokens, skipParentheticalBack(tokens, phrase[0] - 2));
			if (named && isCapitalised(tokens[named[0]]) && isCapitalised(tokens[named[1]])) {
				apposition = this.text.slice(tokens[phrase[0]].start, tokens[phrase[1]].end).replace(/^(?:the|a|an)\s+/i, '');
				phrase = named;
			}
		}
		if (phrase) {
			return { speaker: resolveSpeaker(this.text, tokens, phrase, via, ctx, /^(?:which|who|whose|that)\b/.test(apposition ?? '') ? null : apposition), cue: cueSpan, venue, naming: false };
		}
		// Inverted: "said Jane Roe: …"
		const inverted = phraseStartingAt(tokens, cueEnd + 1);
		if (inverted && isCapitalised(tokens[inverted[0]]) && (s < 0 || /^[,;:—–]$/.test(tokens[s].value))) {
			return { speaker: resolveSpeaker(this.text, tokens, inverted, via, ctx, this.apposition(tokens, inverted[1])), cue: cueSpan, venue: null, naming: false };
		}
		return undefined;
	}

	/**
	 * For a document phrase that is the object of a verb ("released a statement", "put out a
	 * letter"), the subject of that verb: the one who issued it. Undefined otherwise.
	 */
	private issuerOf(tokens: readonly Token[], phrase: [number, number]): [number, number] | undefined {
		if (!DOCUMENT_NOUNS.has(tokens[phrase[1]].lower.replace(/s$/, ''))) {
			return undefined;
		}
		let v = phrase[0] - 1;
		if (tokens[v]?.lower === 'of' && SERIES.test(tokens[v - 1]?.lower ?? '')) {
			// "unleashed a series of tweets"
			v = (phraseEndingAt(tokens, v - 1)?.[0] ?? v) - 1;
		}
		if (tokens[v] && CUE_PARTICLES.has(tokens[v].lower) && tokens[v - 1]?.pos === 'VERB') {
			// "put out a statement"
			v--;
		}
		if (tokens[v]?.pos !== 'VERB' || isCapitalised(tokens[v]) || /ing$/.test(tokens[v].lower)) {
			return undefined;
		}
		const subject = phraseEndingAt(tokens, skipBackOverAuxiliaries(tokens, v - 1));
		return subject && !DOCUMENT_NOUNS.has(tokens[subject[1]].lower) ? subject : undefined;
	}

	private clauseSubject(tokens: readonly Token[], c: number, ctx: ResolveContext, via: AttributionVia, cue: Span, venue: Span | null): Attribution | undefined {
		let first = 0;
		// Skip an opening adverbial: "Last year, Acme sued …"
		const comma = tokens.findIndex((t) => t.value === ',');
		// "During a national security speech earlier in the day, Trump attacked …": an opening
		// phrase led by a preposition or a subordinator, however long, is no subject.
		const opener = tokens[0] && (tokens[0].pos === 'ADP' || tokens[0].pos === 'SCONJ' || OPENERS.has(tokens[0].lower));
		if (comma > 0 && comma < c - 1 && ((comma <= 4 && !tokens.slice(0, comma).some((t) => t.pos === 'VERB')) || (opener && comma <= 20))) {
			first = comma + 1;
		}
		const phrase = phraseStartingAt(tokens, first);
		return phrase ? { speaker: resolveSpeaker(this.text, tokens, phrase, via, ctx, null), cue, venue, naming: false } : undefined;
	}

	/** The person last named as the one told (`told Fox News’ Laura Ingram`): the interviewer. */
	private interviewer(ctx: ResolveContext, before: number): Speaker | null {
		const told = ctx.venues.filter((v) => v.end <= before).pop();
		const match = told && /(?:^|['’]s?\s+)((?:[A-Z][\p{L}'’-]+\s?){2,3})$/u.exec(told.text.trim());
		if (!told || !match) {
			return null;
		}
		const name = match[1].trim();
		const start = told.start + told.text.indexOf(name);
		const { entity } = ctx.discourse.lookup(name, 'person', start);
		return { text: name, start, end: start + name.length, name: entity.name, role: null, type: 'person', resolution: 'description', via: 'adjacent' };
	}

	/**
	 * The source after "according to": a name, or a document and who issued it ("a statement
	 * from the Department of Environmental Quality" → the department).
	 */
	private sourcePhrase(tokens: readonly Token[], i: number): [number, number] | null {
		const phrase = phraseStartingAt(tokens, i);
		if (phrase && DOCUMENT_NOUNS.has(tokens[phrase[1]].lower) && /^(?:from|by|of)$/.test(tokens[phrase[1] + 1]?.lower ?? '')) {
			return phraseStartingAt(tokens, phrase[1] + 2) ?? phrase;
		}
		return phrase;
	}

	/** ", founder and CEO of Creative Digital Agency," after a name. */
	private apposition(tokens: readonly Token[], name: number): string | null {
		// "Rep. G.K. Butterfield (D-N.C.), head of …": the party and state are no role.
		const last = skipParentheticalForward(tokens, name + 1) - 1;
		if (tokens[last + 1]?.value !== ',' || !tokens[last + 2]) {
			return null;
		}
		const t = tokens[last + 2];
		if (isCapitalised(t) && t.pos === 'PROPN') {
			return null;
		}
		let end = last + 2;
		while (end + 1 < tokens.length && !/^[,.;:—–]$/.test(tokens[end + 1].value)) {
			end++;
		}
		const role = this.text.slice(t.start, tokens[end].end).replace(/^(?:a|an|the)\s+/i, '');
		return role.split(/\s+/).length <= 10 && !/^(?:who|which|that|whose|where|when)\b/i.test(role) ? role : null;
	}
}

function span(text: string, from: Token, to: Token): Span {
	return { text: text.slice(from.start, to.end), start: from.start, end: to.end };
}

/**
 * The index after a second speaker joined to the first by "and" (with its own place, party or
 * apposition: "and Senator Tom Ford of Ohio, the party's leader,"), or `c` when there is none.
 */
function skipConjoinedSpeaker(tokens: readonly Token[], c: number): number {
	if (tokens[c]?.lower !== 'and') {
		return c;
	}
	const second = phraseStartingAt(tokens, c + 1);
	if (!second || !isCapitalised(tokens[second[0]])) {
		return c;
	}
	let k = skipParentheticalForward(tokens, second[1] + 1);
	if (tokens[k]?.value === ',') {
		const close = tokens.findIndex((t, j) => j > k && t.value === ',');
		if (close < 0 || close - k >= 15) {
			return c;
		}
		k = close + 1;
	}
	return k;
}

/** How many cues whose subject names nobody are passed over for an earlier one, at most. */
const MAX_DEFERRED = 2;

/** Nouns for several documents at once: "a series of tweets", "a pair of statements". */
const SERIES = /^(?:series|string|pair|couple|number|flurry|barrage|stream|volley|set)$/;

/** The words of a time before a cue: "late Tuesday", "on Monday night", "earlier this week". */
const TIME_BEFORE_CUE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|late|early|earlier|last|this|on)$/;
const TIME_HEAD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month)$/;

/** The index before a time phrase that ends at `i` ("a statement late Tuesday"), or `i`. */
function skipTimeBack(tokens: readonly Token[], i: number): number {
	if (!tokens[i] || !TIME_HEAD.test(tokens[i].lower)) {
		return i;
	}
	let k = i;
	while (k >= 0 && i - k < 4 && TIME_BEFORE_CUE.test(tokens[k].lower)) {
		k--;
	}
	return k;
}

/** Words that open a sentence's adverbial phrase or clause before its subject. */
const OPENERS = new Set(['during', 'after', 'before', 'while', 'when', 'since', 'following', 'as', 'although', 'though', 'if', 'because', 'despite', 'amid', 'in', 'at', 'on', 'speaking', 'asked', 'earlier', 'later']);

/**
 * "The landlord, Halden Estates, said", "its founder, Omar Castel, told": when a description is
 * followed by an apposition that is a name and nothing else, the name is the speaker (and the
 * description its role). Returns the name's token range, or undefined.
 */
function namedApposition(tokens: readonly Token[], description: [number, number], from: number, to: number): [number, number] | undefined {
	if (isCapitalised(tokens[description[1]])) {
		return undefined;
	}
	const named = phraseStartingAt(tokens, from);
	return named && named[1] === to && isCapitalised(tokens[named[1]]) ? named : undefined;
}
