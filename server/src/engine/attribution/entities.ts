import { FEMALE_NAMES, FIRST_NAMES, MALE_NAMES } from './firstNames';
import {
	FEMALE_WORDS,
	MALE_WORDS,
	NAME_TITLES,
	NOT_NAMES,
	ORGANISATION_NOUNS,
	ORGANISATION_SUFFIXES,
	ORGANISATION_TYPES,
	ABBREVIATED_NAME_WORDS,
	PERSON_ROLE_NOUNS,
	TITLE_ALIASES,
	TITLE_SET,
	TITLE_WORDS,
	splitTitle,
} from './lexicon';
import type { SpeakerType } from '../types';

/** A person or organisation named in the reporter's text. */
export interface Entity {
	/** The fullest form of the name seen ("Mike Pompeo", "Amazon"). */
	name: string;
	type: SpeakerType;
	role: string | null;
	/** From a title, a role noun or the pronouns that follow the name; null when unknown. */
	gender: Gender;
}

export type Gender = 'female' | 'male' | null;

/** One place where an entity is named. */
export interface Mention {
	entity: Entity;
	start: number;
	end: number;
	/** Looks like the subject of its clause (followed by a verb): weighs more for salience. */
	subject: boolean;
	/** After "in", "from", "at" …: more likely a place than the story's protagonist. */
	place: boolean;
	paragraph: number;
	/** A "he" or "she" of the reporter's text, resolved to the entity. */
	pronoun?: boolean;
}

const TITLE_LAST_WORDS = new Set(NAME_TITLES.map((t) => t.split(' ').pop()!));
/** `Word`, `O’Brien`, `Amazon.com`, `U.S.`, `ByteDance`, `Sen.` */
/**
 * A word of a name: initials ("U.S.", "G.K.", "J."), an abbreviated title or state ("Sen.",
 * "Calif."), or a capitalised word ("O’Brien", "Amazon.com", "Disney+"). A full stop ends any
 * other word: "… said Donald Trump. Republicans …" is two runs, not one name.
 */
const NAME_WORD = String.raw`(?:[A-Z](?:\.[A-Z])*\.|(?:${ABBREVIATED_NAME_WORDS.join('|')})\.|[A-Z][\p{L}\p{N}&]*(?:['’\-][\p{L}\p{N}&]+)*(?:\.(?:com|org|net)\b)?\+?)`;
const NAME_RUN = new RegExp(
	String.raw`${NAME_WORD}(?:[ \t]+(?:(?:of|de|da|van|von|der|del|al|bin|y)[ \t]+)?${NAME_WORD})*`,
	'gu',
);
/** How many sentences back a pronoun looks for its person before falling back to the last named. */
const SALIENCE_SENTENCES = 4;
/** A verb (or contracted auxiliary) right after "he" or "she": the pronoun is its clause's subject. */
const VERBISH_AFTER_PRONOUN = /^(?:['’](?:s|d|ll|ve|re)\b|\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|said|told|has|had|is|was|will|would|can|could|did|does|may|might|must|should|wrote|went|came|got|made|gave|took|knew|saw|spoke|thinks|think|believe|added|also|then)\b)/;
/** How many paragraphs back salience looks; older mentions weigh almost nothing. */
const SALIENCE_PARAGRAPHS = 12;
const PLACE_BEFORE = /\b(?:in|from|at|near|across|outside|inside|throughout|to the)\s+(?:the\s+)?$/;
const PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;
/** "The Indiana governor", "The Republican vice presidential nominee": `The` and the five words after it. */
const DESCRIPTION_SUBJECT = /\bThe((?:\s+[\p{L}.’'-]+){1,5})/gu;
const PERSON_NAME_SHAPE = /^(?:[A-Z][\p{Ll}'’]+(?:-[A-Z]?[\p{Ll}'’]+)* ){1,2}[A-Z][\p{Ll}'’]+(?:-[A-Z]?[\p{Ll}'’]+)*$/u;
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** A cue, then an organisation's possessive, right before a name: "noted NBC’s Dante Chinni". */
const SPEAKS_FOR_BEFORE = /\b(?:said|says|noted|notes|wrote|writes|added|adds|tweeted|according to)\s+\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?['’]s?\s+$/u;
const JOINERS = new Set(['of', 'de', 'da', 'van', 'von', 'der', 'del', 'al', 'bin', 'y']);

/** ", a spokeswoman for Peltra Energy," → the role, and its head noun in group 2. */
const APPOSITION_ROLE = /^,\s+(?:(?:a|an|the|its|their)\s+)?((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:for|at|of|with)\s+[^,.;]+)?)[,.;]/u;
const VERBISH = /^(?:(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|yesterday|today|tonight)\s+)?(?:(?:still|also|now|later|then|never|often|again|once|already|just|[a-z]+ly)\s+)?(?:[a-z]+ed|[a-z]+s|said|told|has|had|is|was|will|would|can|could|did|does|may|might|must|should|took|made|gave|went|came|got|began|knew|saw|wrote|ran|left|sent|spent|sold|put|set|won|led|hit|cut|let)\b/u;
/** An apposition after a name, up to the comma that closes it: ", the attorney for the campaign, ". */
const AFTER_APPOSITION = /^,\s+[^,.;:!?"“”]{1,120},\s+/;
const ORG_MODIFIED = /^[\s’']*s?\s+(?:spokes(?:person|man|woman|people)|rep|representative|employees?|staff(?:ers?)?|workers|headquarters|ceo|founder|executives?|officials?|shares|stock|app|platform|users|spokesperson)\b/i;

/**
 * Who is named where in one article, outside its quotations. Built with cheap regular
 * expressions over the text (no tagging), so it covers the whole article.
 */
export class Discourse {
	private readonly mentions: Mention[] = [];
	private readonly people = new Map<string, Entity>();
	private readonly organisations = new Map<string, Entity>();
	/** People by the last word of their name; two people may share a surname. */
	private readonly byShortName = new Map<string, Entity[]>();

	private readonly capitalisedMidSentence = new Set<string>();
	/**
	 * The reporter's subject pronouns, and the definite descriptions that open a sentence as its
	 * subject ("The Indiana governor said …": `role` is its head noun), in document order.
	 */
	private readonly pronouns: Array<{ offset: number; gender: Gender; subject: boolean; paragraph: number; role?: string; length?: number }> = [];
	/** Where each sentence of the reporter's text starts, in order. */
	private sentenceStarts: number[] = [0];

	/** Words seen capitalised in the middle of a sentence: names, not sentence-initial words. */
	setMidSentenceWords(words: Iterable<string>): void {
		for (const w of words) {
			this.capitalisedMidSentence.add(w);
		}
	}

	/** True for a capitalised word the article uses as a name ("Amazon"), not just to start a sentence. */
	isName(word: string): boolean {
		const clean = stripPossessive(word);
		return this.capitalisedMidSentence.has(clean) || this.byShortName.has(clean) || this.organisations.has(orgKey(clean));
	}

	/** Registers every name in `[start, end)`. Call in document order. */
	scan(text: string, start: number, end: number, paragraph: number, midSentenceWords: ReadonlySet<string>, headline: boolean): void {
		const slice = text.slice(start, end);
		if (headline) {
			// Title case capitalises every word: trust only runs of words that the story also
			// capitalises mid-sentence ("Showrunner Xiomara Quispe Calls" → "Xiomara Quispe").
			let run: { start: number; end: number } | undefined;
			const flush = () => {
				if (run) {
					this.add(text, run.start, run.end, paragraph, midSentenceWords);
				}
				run = undefined;
			};
			for (const match of slice.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&.'’+-]*/gu)) {
				const word = match[0].replace(/(?:[’']s?|[.,])$/u, '');
				const at = start + match.index;
				// A given name counts too: "Hillary Clinton Goes After …", where the story says "Clinton".
				if (!midSentenceWords.has(word) && !(FIRST_NAMES.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(word))) {
					flush();
				} else if (run && /^\s+$/.test(text.slice(run.end, at))) {
					run.end = at + word.length;
				} else {
					flush();
					run = { start: at, end: at + word.length };
				}
				if (word.length < match[0].length) {
					flush();
				}
			}
			flush();
			return;
		}
		const firstNew = this.pronouns.length;
		for (const match of slice.matchAll(PRONOUN)) {
			const at = start + match.index;
			const subject = /^(?:he|she)$/i.test(match[0]) && VERBISH_AFTER_PRONOUN.test(text.slice(at + match[0].length, at + match[0].length + 16));
			this.pronouns.push({ offset: at, gender: FEMALE_WORDS.has(match[0].toLowerCase()) ? 'female' : 'male', subject, paragraph });
		}
		for (const match of slice.matchAll(DESCRIPTION_SUBJECT)) {
			// "The Republican vice presidential nominee was speaking …": the person in focus goes on.
			const at = start + match.index;
			if (!atSentenceStart(text, at)) {
				continue;
			}
			let length = 3;
			for (const word of match[1].split(/\s+/).filter(Boolean)) {
				length = text.indexOf(word, at + length) - at + word.length;
				if (!/^\p{Ll}/u.test(word) || !PERSON_ROLE_NOUNS.has(word) || ORGANISATION_NOUNS.has(word)) {
					continue;
				}
				if (VERBISH.test(text.slice(at + length, at + length + 40).trimStart())) {
					const gender = FEMALE_WORDS.has(word) ? 'female' : MALE_WORDS.has(word) ? 'male' : null;
					this.pronouns.push({ offset: at, gender, subject: true, paragraph, role: word, length });
				}
				break;
			}
		}
		// This slice's pronouns and descriptions, merged in order (earlier slices come before them).
		const added = this.pronouns.splice(firstNew).sort((a, b) => a.offset - b.offset);
		this.pronouns.push(...added);
		for (const match of slice.matchAll(NAME_RUN)) {
			// "Gull Line’s Priya Natt": the organisation, then the person it is the possessive of.
			let at = start + match.index;
			for (const piece of match[0].split(/(?<=\p{L}[’']s) (?=\p{Lu})/u)) {
				this.add(text, at, at + piece.length, paragraph, midSentenceWords);
				at += piece.length + 1;
			}
		}
	}

	private add(text: string, start: number, end: number, paragraph: number, midSentenceWords: ReadonlySet<string>): void {
		let words = text.slice(start, end).split(/\s+/);
		let offset = start;
		// Drop sentence-initial function words ("The", "But") and ordinary capitalised words.
		// "Fox, the cable network, said": an apposition shows a sentence-initial word is a name.
		const introduced = words.length === 1 && /^,\s+(?:a|an|the)\s/.test(text.slice(end, end + 8));
		while (words.length && (NOT_NAMES.has(words[0].toLowerCase()) || (!introduced && atSentenceStart(text, offset) && !midSentenceWords.has(words[0]) && !TITLE_WORDS.has(words[0]) && (words.length === 1 || JOINERS.has(words[1]))))) {
			// A sentence-initial capital is no name unless the article capitalises it elsewhere too.
			const drop = words.length > 1 && JOINERS.has(words[1]) ? 2 : 1;
			offset += words.slice(0, drop).join(' ').length + 1;
			words = words.slice(drop);
		}
		// "debuts on Netflix Friday": a day is never part of a name.
		while (words.length > 1 && WEEKDAYS.test(words[words.length - 1])) {
			end -= words[words.length - 1].length + 1;
			words = words.slice(0, -1);
		}
		if (!words.length) {
			return;
		}
		const prefix = text.slice(Math.max(0, offset - 40), offset);
		let titled = endsWithTitle(prefix);
		const split = splitTitle(words.join(' '));
		let titleRole = '';
		if (split.role && !ORGANISATION_SUFFIXES.has(split.name.split(' ').pop()!.toLowerCase())) {
			if (!split.name) {
				// "CEO of TikTok": a role, and the organisation after it.
				const of = words.findIndex((w) => /^(?:of|for|at)$/.test(w));
				offset += words.slice(0, of + 1).join(' ').length + 1;
				words = words.slice(of + 1);
			} else {
				titled = true;
				titleRole = split.role;
				offset += split.role.length + 1;
				words = split.name.split(' ');
			}
		}
		// "Seattle-based Amazon", "Chinese-owned TikTok": the adjective is no part of the name.
		while (words.length > 1 && /-(?:based|owned|born|backed|led|run|made|listed|funded)$/i.test(words[0])) {
			offset += words[0].length + 1;
			words = words.slice(1);
		}
		// "Pilot Ned Varga", "union leader Sam Okoro": a role noun right before the name.
		if (words.length >= 3 && PERSON_ROLE_NOUNS.has(words[0].toLowerCase())) {
			offset += words[0].length + 1;
			words = words.slice(1);
			titled = true;
		}
		const before = lastWordOf(prefix);
		if (before && PERSON_ROLE_NOUNS.has(before)) {
			titled = true;
		}
		// "Gov. Rick Perry of Texas", "Rep. Tom Ford of Iowa": the person, not the place.
		const placeAt = titled || FIRST_NAMES.has(words[0]?.toLowerCase() ?? '') ? words.indexOf('of') : -1;
		if (placeAt >= 2) {
			end -= words.slice(placeAt).join(' ').length + 1;
			words = words.slice(0, placeAt);
		}
		const phrase = stripPossessive(words.join(' '));
		if (!phrase || NOT_NAMES.has(phrase.toLowerCase())) {
			return;
		}
		const following = text.slice(end, end + 80);
		// "Ida Marsh, a spokeswoman for Peltra Energy," / "Tomas Ekberg, who chairs …"
		const apposition = following.startsWith(',') ? APPOSITION_ROLE.exec(following) : null;
		const roleAfter = apposition && PERSON_ROLE_NOUNS.has(apposition[2].toLowerCase()) ? apposition[1] : null;
		// "Maren Whitcombe, 34, ran …": an age is for people.
		// "noted NBC’s Dante Chinni.": a name of a person's shape speaking for an organisation is a
		// person's, whether or not its given name is a known one.
		const speaks = PERSON_NAME_SHAPE.test(phrase) && !ORGANISATION_SUFFIXES.has(lastWordOf(phrase)) && SPEAKS_FOR_BEFORE.test(prefix);
		const personal = Boolean(roleAfter) || speaks || /^,\s+(?:who\b|\d{1,3},)/.test(following);
		const entity = this.classify(phrase, titled || personal, following, offset);
		if (!entity) {
			return;
		}
		if (entity.type === 'person') {
			// The first evidence wins: a later mention's neighbourhood ("… as “Miss Piggy” … Trump")
			// says nothing of this person.
			entity.gender ??= genderOf(`${prefix.slice(-25)} ${titleRole} ${roleAfter ?? ''}`) ?? genderOfName(entity.name);
		}
		if (entity.type === 'person' && !entity.role && (roleAfter || titleRole)) {
			entity.role = (roleAfter ?? titleRole).trim();
		}
		if (apposition && /^,\s+(?:a|an|the)\s/.test(following) && entity.type === 'organisation' && ORGANISATION_NOUNS.has(apposition[2].toLowerCase())) {
			// "Kestrel Advisory, a Boston accounting firm,": later "the firm" is Kestrel Advisory.
			entity.role ??= apposition[2].toLowerCase();
		}
		// "Mark Sheridan, the attorney for the campaign, confirmed …": the subject, past its apposition.
		const pastApposition = following.startsWith(',') ? AFTER_APPOSITION.exec(text.slice(end, end + 200)) : null;
		// "According to Ham, the administration …": the source is the one the sentence is about.
		const source = /\b[Aa]ccording to\s+$/.test(prefix);
		const subject = source || VERBISH.test(following.replace(/^[,\s]+/, (s) => (s.includes(',') ? ',' : '')).trimStart()) || (pastApposition !== null && VERBISH.test(text.slice(end + pastApposition[0].length, end + pastApposition[0].length + 40)));
		const place = PLACE_BEFORE.test(prefix) && entity.type !== 'person';
		this.mentions.push({ entity, start: offset, end, subject: subject && !place, place, paragraph });
	}

	private classify(phrase: string, titled: boolean, following: string, offset: number): Entity | undefined {
		const words = phrase.split(' ');
		const last = words[words.length - 1].toLowerCase();
		const short = words[words.length - 1];
		if (!titled && (ORGANISATION_SUFFIXES.has(last) || /\.(?:com|org|net)$/i.test(phrase) || ORG_MODIFIED.test(following))) {
			return this.organisation(phrase);
		}
		const known = words.length === 1 ? (this.shortNamed(phrase, offset) ?? this.promoteSurname(phrase)) : this.people.get(phrase);
		if (known) {
			return known;
		}
		if (titled || (words.length >= 2 && words.length <= 4 && FIRST_NAMES.has(words[0].toLowerCase()))) {
			// "Gov. Ames" in the headline, "Gov. Celeste Ames" in the story: one person, named in
			// full. "Maren Whitcombe" after "Harlan Whitcombe": another person.
			// Not "Michelle Obama" after "President Obama": another gender, or a titled person named
			// later without the title, is someone else of that name.
			const gender = genderOfName(phrase);
			const shorter =
				words.length > 1
					? this.byShortName.get(short)?.find((e) => phrase.endsWith(' ' + e.name) && !(gender && e.gender && e.gender !== gender) && !(e.role && !titled))
					: undefined;
			const existing = this.people.get(phrase) ?? shorter;
			if (existing) {
				if (existing === shorter) {
					this.people.delete(existing.name);
					existing.name = phrase;
					this.people.set(phrase, existing);
				}
				return existing;
			}
			return this.newPerson(phrase);
		}
		if (words.length === 1 && this.organisations.has(orgKey(phrase))) {
			return this.organisations.get(orgKey(phrase));
		}
		return this.organisation(phrase);
	}

	private newPerson(name: string): Entity {
		const person: Entity = { name, type: 'person', role: null, gender: null };
		this.people.set(name, person);
		this.addShortName(name.split(' ').pop()!, person);
		return person;
	}

	private addShortName(word: string, entity: Entity): void {
		const list = this.byShortName.get(word);
		if (!list) {
			this.byShortName.set(word, [entity]);
		} else if (!list.includes(entity)) {
			list.push(entity);
		}
	}

	/** The person a surname refers to at `offset`: of several, the one named most recently. */
	private shortNamed(word: string, offset: number): Entity | undefined {
		const list = this.byShortName.get(word);
		if (!list || list.length < 2) {
			return list?.[0];
		}
		for (let i = this.lastBefore(offset); i >= 0; i--) {
			if (list.includes(this.mentions[i].entity)) {
				return this.mentions[i].entity;
			}
		}
		return list[list.length - 1];
	}

	private organisation(phrase: string): Entity {
		const key = orgKey(phrase);
		let entity = this.organisations.get(key);
		if (!entity) {
			entity = { name: phrase.replace(/\.(?:com|org|net)$/i, ''), type: 'organisation', role: null, gender: null };
			this.organisations.set(key, entity);
		}
		return entity;
	}

	/**
	 * The entity a name as written refers to: a known full name, a surname given in full before
	 * ("Pompeo"), or a new entity. `hint` is the type the context suggests.
	 */
	lookup(name: string, hint: SpeakerType, offset: number): { entity: Entity; surname: boolean } {
		const clean = stripPossessive(name);
		if (!clean.includes(' ') && !this.byShortName.has(clean)) {
			this.promoteSurname(clean);
		}
		const short = this.shortNamed(clean, offset);
		if (short && short.name !== clean) {
			return { entity: short, surname: true };
		}
		const person = this.people.get(clean);
		if (person) {
			return { entity: person, surname: false };
		}
		const org = this.organisations.get(orgKey(clean));
		if (org && hint !== 'person') {
			return { entity: org, surname: false };
		}
		if (hint === 'person' || (clean.includes(' ') && FIRST_NAMES.has(clean.split(' ')[0].toLowerCase()))) {
			const person = this.newPerson(clean);
			person.gender = genderOfName(clean);
			return { entity: person, surname: false };
		}
		return { entity: this.organisation(clean), surname: false };
	}

	/**
	 * "Holt said" after "Mira Holt runs the ferry": a one-word reference to the last word of a
	 * two- or three-word name makes that name a person's. Returns the person, or undefined.
	 */
	private promoteSurname(word: string): Entity | undefined {
		if (ORGANISATION_SUFFIXES.has(word.toLowerCase()) || this.organisations.has(orgKey(word))) {
			return undefined;
		}
		for (const [key, o] of this.organisations) {
			if (o.name.endsWith(' ' + word) && PERSON_NAME_SHAPE.test(o.name)) {
				o.type = 'person';
				this.organisations.delete(key);
				this.people.set(o.name, o);
				this.addShortName(word, o);
				return o;
			}
		}
		return undefined;
	}

	/**
	 * A name taken for an organisation that speaks in the first person singular ("“I have decided
	 * to endorse him,” Blackwell wrote") is a person's: makes it one (the fuller name it is the
	 * surname of, when the article gave one: "Morton Blackwell"). Returns the person, or undefined
	 * when the name is no organisation's or has an organisation's last word.
	 */
	confirmPerson(name: string): Entity | undefined {
		const clean = stripPossessive(name);
		const org = this.organisations.get(orgKey(clean));
		if (!org || org.name !== clean || ORGANISATION_SUFFIXES.has(lastWordOf(clean)) || clean.split(' ').length > 3 || !/^\p{Lu}/u.test(clean)) {
			return undefined;
		}
		this.organisations.delete(orgKey(clean));
		org.type = 'person';
		let full: Entity | undefined;
		if (!clean.includes(' ')) {
			for (const [key, o] of this.organisations) {
				if (o.name.endsWith(' ' + clean) && PERSON_NAME_SHAPE.test(o.name) && !ORGANISATION_SUFFIXES.has(lastWordOf(o.name))) {
					o.type = 'person';
					this.organisations.delete(key);
					this.people.set(o.name, o);
					full = o;
					break;
				}
			}
			const known = this.shortNamed(clean, Number.MAX_SAFE_INTEGER);
			full ??= known !== org ? known : undefined;
		}
		if (full) {
			org.name = full.name;
			org.gender ??= full.gender;
			this.addShortName(clean, full);
			return full;
		}
		this.people.set(clean, org);
		this.addShortName(clean.split(' ').pop()!, org);
		return org;
	}

	/** The most recent subject named in `[from, to)`: "Mayor Ines Brandt defended the budget." */
	lastSubject(from: number, to: number): Mention | undefined {
		for (let i = this.lastBefore(to); i >= 0 && this.mentions[i].start >= from; i--) {
			const m = this.mentions[i];
			if (m.end <= to && m.subject) {
				return m;
			}
		}
		return undefined;
	}

	/**
	 * The most recent person or organisation before `offset` described as `noun` ("spokeswoman",
	 * "firm"); only organisations when `type` says so.
	 */
	lastWithRole(noun: string, offset: number, type?: SpeakerType): Entity | undefined {
		for (let i = this.lastBefore(offset); i >= 0; i--) {
			const m = this.mentions[i];
			if (m.end <= offset && m.entity.role && (!type || m.entity.type === type) && roleMatches(m.entity.role, noun)) {
				return m.entity;
			}
		}
		return undefined;
	}

	/**
	 * For "he" or "she" when no person is known: the last name of two or three words with no
	 * organisation word in it ("Ned Varga"), which then counts as a person.
	 */
	lastUnsuffixedName(offset: number, gender: Gender = null): Entity | undefined {
		for (let i = this.lastBefore(offset); i >= 0; i--) {
			const e = this.mentions[i].entity;
			const words = e.name.split(' ');
			if (gender && e.gender && e.gender !== gender) {
				// "she said" is never a man the story has already told apart.
				continue;
			}
			if (this.mentions[i].end <= offset && words.length >= 2 && words.length <= 3 && !ORGANISATION_SUFFIXES.has(words[words.length - 1].toLowerCase())) {
				e.type = 'person';
				this.addShortName(words[words.length - 1], e);
				return e;
			}
		}
		return undefined;
	}

	/**
	 * The most recent person named before `offset`, or undefined. With `gender`, people known
	 * to be of the other gender are passed over ("she" after "Sen. Harlan Whitcombe").
	 */
	lastPerson(offset: number, gender: Gender = null): Entity | undefined {
		for (let i = this.lastBefore(offset); i >= 0; i--) {
			const m = this.mentions[i];
			if (m.end <= offset && m.entity.type === 'person' && (!gender || !m.entity.gender || m.entity.gender === gender)) {
				return m.entity;
			}
		}
		return undefined;
	}

	/** The starts of the reporter's sentences, in order (for salience by sentence). */
	setSentenceStarts(starts: readonly number[]): void {
		this.sentenceStarts = starts.length ? [...starts] : [0];
	}

	/** Index of the sentence holding `offset`. */
	private sentenceOf(offset: number): number {
		let lo = 0;
		let hi = this.sentenceStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.sentenceStarts[mid] <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	/**
	 * The person a "he" or "she" at `offset` most likely refers to: the subject of its own
	 * sentence before it ("Trump says he …"), else the subject of the nearest sentence before
	 * that has a person in it (a story keeps its subject: "Trump is raising questions … He
	 * notes … He says, “…”"), else the person named last. People of the other gender are passed
	 * over; so are places and organisations.
	 */
	salientPerson(offset: number, gender: Gender = null): Entity | undefined {
		const fits = (m: Mention) => m.end <= offset && m.entity.type === 'person' && (!gender || !m.entity.gender || m.entity.gender === gender);
		const here = this.sentenceOf(offset);
		let i = this.lastBefore(offset);
		for (let sentence = here; sentence >= 0 && here - sentence <= SALIENCE_SENTENCES; sentence--) {
			const from = this.sentenceStarts[sentence];
			let subject: Mention | undefined;
			let any: Mention | undefined;
			for (; i >= 0 && this.mentions[i].start >= from; i--) {
				const m = this.mentions[i];
				if (fits(m)) {
					any ??= m;
					if (m.subject) {
						// The first subject of the sentence: keep walking back to it.
						subject = m;
					}
				}
			}
			if (subject || any) {
				return (subject ?? any)!.entity;
			}
		}
		return this.lastPerson(offset, gender);
	}

	/**
	 * Resolves the reporter's subject pronouns ("He notes that …") to people, in order, and
	 * records each as a mention of its person: the chain a later "he said" follows. Call once,
	 * after every scan.
	 */
	resolvePronouns(): void {
		for (const p of this.pronouns) {
			if (!p.subject) {
				continue;
			}
			const entity = (p.role && this.lastWithRole(p.role, p.offset, 'person')) || this.salientPerson(p.offset, p.gender);
			if (entity) {
				// "Clinton leaned in … She started off …": the pronoun says the person's gender.
				entity.gender ??= p.gender;
				const i = this.firstFrom(p.offset);
				this.mentions.splice(i, 0, { entity, start: p.offset, end: p.offset + (p.length ?? (p.gender === 'female' ? 3 : 2)), subject: true, place: false, paragraph: p.paragraph, pronoun: true });
			}
		}
	}

	/**
	 * The organisation most in focus just before `offset`: each mention counts, subjects
	 * double, and the weight halves with every paragraph back. Ties go to the earlier entity,
	 * which is usually the story's protagonist.
	 */
	salientOrganisation(offset: number, paragraph: number, head = '', decay = 0.5): Entity | undefined {
		const scores = new Map<Entity, number>();
		const fits = ORGANISATION_TYPES[head];
		// Weights halve with every paragraph, so a few paragraphs back is all that counts.
		for (let i = this.lastBefore(offset); i >= 0; i--) {
			const m = this.mentions[i];
			if (decay < 1 && paragraph - m.paragraph > SALIENCE_PARAGRAPHS) {
				break;
			}
			if (m.entity.type !== 'organisation' || m.place) {
				continue;
			}
			const lastWord = m.entity.name.toLowerCase().split(/[\s]+/).pop()!;
			const fitsHead = fits?.some((w) => lastWord === w || lastWord.endsWith(w)) ?? false;
			const weight = (m.subject ? 2 : 1) * (fitsHead ? 4 : 1) * Math.pow(decay, Math.max(0, paragraph - m.paragraph));
			scores.set(m.entity, (scores.get(m.entity) ?? 0) + weight);
		}
		// Scores were summed newest first: on a tie the entity met last in that walk, the one
		// named earliest, wins.
		let best: Entity | undefined;
		let bestScore = 0;
		for (const [entity, score] of scores) {
			if (score >= bestScore - 1e-9) {
				best = entity;
				bestScore = score;
			}
		}
		return best;
	}

	/** Records a person or organisation named as a speaker, so later pronouns can find it. */
	note(entity: Entity, start: number, end: number, paragraph: number): void {
		const i = this.firstFrom(start);
		const overlaps = (m: Mention | undefined) => m !== undefined && m.start < end && start < m.end;
		if (!overlaps(this.mentions[i]) && !overlaps(this.mentions[i - 1])) {
			this.mentions.splice(i, 0, { entity, start, end, subject: true, place: false, paragraph });
		}
	}

	/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
	private firstFrom(offset: number): number {
		let lo = 0;
		let hi = this.mentions.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.mentions[mid].start < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Index of the last mention that starts before `offset`, or -1. */
	private lastBefore(offset: number): number {
		return this.firstFrom(offset) - 1;
	}
}

/**
 * A person's name without the place after it: "Rick Perry of Texas" → "Rick Perry" when it
 * opens with a first name or follows a title. Other names are kept ("Bank of America").
 */
export function withoutPlace(name: string, titled: boolean): string {
	const words = name.split(' ');
	const at = words.indexOf('of');
	return at >= 2 && (titled || FIRST_NAMES.has(words[0].toLowerCase())) ? words.slice(0, at).join(' ') : name;
}

/** True when `text` ends with a title: "… Secretary of State ", "Sen. ". */
function endsWithTitle(text: string): boolean {
	if (!TITLE_LAST_WORDS.has(lastWordOf(text, /[\p{L}.]/u, false))) {
		return false;
	}
	const words = text.trimEnd().split(/\s+/);
	for (let n = 1; n <= 4 && n <= words.length; n++) {
		if (TITLE_SET.has(words.slice(-n).join(' '))) {
			return true;
		}
	}
	return false;
}

/** The last word of `text`, lower case ("union leader " → "leader"), or ''. */
function lastWordOf(text: string, letters = /[\p{L}-]/u, lower = true): string {
	let end = text.length;
	while (end > 0 && /\s/.test(text[end - 1])) {
		end--;
	}
	let start = end;
	while (start > 0 && letters.test(text[start - 1])) {
		start--;
	}
	const word = text.slice(start, end);
	return lower ? word.toLowerCase() : word;
}

/** "female" or "male" from a person's given name, or null when it does not tell. */
function genderOfName(name: string): Gender {
	const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
	return FEMALE_NAMES.has(first) ? 'female' : MALE_NAMES.has(first) ? 'male' : null;
}

/** "female", "male" or null, from gendered titles and role nouns in `text`. */
function genderOf(text: string): Gender {
	const words = text.toLowerCase().split(/[^a-z.]+/);
	for (let i = words.length - 1; i >= 0; i--) {
		if (FEMALE_WORDS.has(words[i]) && !/^(?:she|her|hers|herself)$/.test(words[i])) {
			return 'female';
		}
		if (MALE_WORDS.has(words[i]) && !/^(?:he|him|his|himself)$/.test(words[i])) {
			return 'male';
		}
	}
	return null;
}

/** Whether a role as written ("Sen.", "chief executive") is described by `noun` ("senator"). */
function roleMatches(role: string, noun: string): boolean {
	const lower = role.toLowerCase();
	return containsWord(lower, noun) || lower.split(/\s+/).some((w) => TITLE_ALIASES[w] === noun);
}

/**
 * Whether `word` stands in `text` as a whole word (case as given): a "councillor" holds no
 * "council", a "vice-president" is a "president".
 */
export function containsWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) {
			return true;
		}
	}
	return false;
}

function stripPossessive(name: string): string {
	return name.replace(/(?:['’]s|(?<=s)['’])$/u, '').replace(/[.,]$/, (m) => (/\b[A-Z]\.$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.$/.test(name) ? m : ''));
}

/** An organisation's name as compared: lower case, no web suffix, legal form or leading "the". */
export function orgKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/\.(?:com|org|net)\b/g, '')
		.replace(/,?\s+(?:inc|corp|co|ltd|llc|plc)\.?$/g, '')
		.replace(/^the\s+/, '');
}

function atSentenceStart(text: string, offset: number): boolean {
	let i = offset - 1;
	while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) {
		i--;
	}
	return i < 0 || /[.!?\n“"‘(:]/.test(text[i]);
}

