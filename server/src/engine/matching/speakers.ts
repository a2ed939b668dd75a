/**
 * Speakers across articles. Within an article the engine already resolves "he", "the company"
 * and "an Amazon spokesperson"; across articles one person is still written in several forms:
 * in full and by surname ("Mike Pompeo" / "Pompeo"), with or without a middle name or initial
 * ("Anna M. Ortiz", "Anna Ruiz Ortiz", "Anna Ortiz"), with an honorific ("Mrs. Hale").
 */
import { orgKey } from '../attribution/entities';
import { FEMALE_WORDS, MALE_WORDS, TITLE_WORDS } from '../attribution/lexicon';
import type { Speaker } from '../types';
import type { GroupSpeaker } from './types';

/** The reconciled form of a quote's speaker, or null when it has no resolved name. */
export function groupSpeakerOf(speaker: Speaker | null): GroupSpeaker | null {
	if (!speaker?.name) {
		return null;
	}
	const name = speaker.name.trim();
	const base = orgKey(name.toLowerCase().replace(/[’']s$/, '')).trim();
	const unsure = speaker.type === 'organisation' && !name.includes(' ') && !speaker.role && speaker.resolution === 'name';
	const gender = speaker.type === 'person' ? honorificGender(speaker.role) : null;
	return {
		key: `${speaker.type}:${speaker.type === 'person' ? personWords(base).join(' ') || base : base}`,
		name,
		type: speaker.type,
		...(unsure ? { unsure } : {}),
		...(gender ? { gender } : {}),
	};
}

/** "female" for Mrs./Ms./Miss, "male" for Mr.: the honorifics that tell two Hales apart. */
function honorificGender(role: string | null): 'female' | 'male' | null {
	const first = role?.toLowerCase().split(/\s+/).find((w) => /^(?:mrs|ms|miss|mr)\.?$/.test(w));
	return !first ? null : FEMALE_WORDS.has(first) ? 'female' : MALE_WORDS.has(first) ? 'male' : null;
}

/**
 * A person's name as words, a leading honorific or title and middle initials left out:
 * "Anna M. Ortiz" → anna ortiz, "mrs. hale" → hale.
 */
function personWords(name: string): string[] {
	const words = name.split(/\s+/).filter(Boolean);
	while (words.length > 1 && isTitle(words[0])) {
		words.shift();
	}
	return words.filter((w, i) => !/^\p{L}\.?$/u.test(w) && !(i === words.length - 1 && i > 0 && /^(?:jr|sr|ii|iii|iv)\.?$/.test(w))).map((w) => w.replace(/[.,]+$/, ''));
}

function isTitle(word: string): boolean {
	const cased = word[0].toUpperCase() + word.slice(1);
	return TITLE_WORDS.has(cased) || TITLE_WORDS.has(`${cased}.`);
}

/**
 * The people named in a folder, by surname: a surname alone is one of them only when the
 * folder has a single person of that name.
 */
export class PeopleRegistry {
	private readonly bySurname = new Map<string, Map<string, number>>();

	add(speaker: GroupSpeaker): void {
		this.count(speaker, 1);
	}

	remove(speaker: GroupSpeaker): void {
		this.count(speaker, -1);
	}

	/** How many people with this surname and a first name the folder names. */
	peopleNamed(surname: string): number {
		return this.bySurname.get(surname)?.size ?? 0;
	}

	private count(speaker: GroupSpeaker, delta: number): void {
		if (speaker.type !== 'person') {
			return;
		}
		const words = nameOf(speaker);
		if (words.length < 2) {
			return;
		}
		const surname = words[words.length - 1];
		let people = this.bySurname.get(surname);
		if (!people) {
			people = new Map();
			this.bySurname.set(surname, people);
		}
		const full = `${words[0]} ${surname}`;
		const n = (people.get(full) ?? 0) + delta;
		if (n > 0) {
			people.set(full, n);
		} else {
			people.delete(full);
			if (people.size === 0) {
				this.bySurname.delete(surname);
			}
		}
	}
}

/**
 * Whether two versions can be the same speaker's: the same key; a person written with and
 * without a middle name or initial; a person by surname alone where the folder has one person of
 * that name (`people`) and no honorific says otherwise (Mrs. Hale is not Mr. Hale). A person and
 * an organisation are never the same, even with the same name (a Mr Fox and Fox News), unless
 * the organisation was only assumed for a bare surname ("Mensah" and "Robert Mensah") or both
 * write the same name of several words ("Ines Ward", typed a person in one article only).
 */
export function sameSpeaker(a: GroupSpeaker, b: GroupSpeaker, people?: PeopleRegistry): boolean {
	if (a.gender && b.gender && a.gender !== b.gender) {
		return false;
	}
	if (a.key === b.key) {
		return true;
	}
	if (a.type !== b.type && a.type !== 'unknown' && b.type !== 'unknown') {
		if (a.name.includes(' ') && a.name.toLowerCase() === b.name.toLowerCase()) {
			// "Ines Ward" as written in both: one article just had less to tell a person by.
			return true;
		}
		const [org, person] = a.type === 'person' ? [b, a] : [a, b];
		return person.type === 'person' && org.unsure === true && nameOf(person).length > 1 && nameOf(person).at(-1) === nameOf(org).join(' ');
	}
	const [an, bn] = [nameOf(a), nameOf(b)];
	if (an.join(' ') === bn.join(' ')) {
		return true;
	}
	if (a.type !== 'person' && b.type !== 'person') {
		return false;
	}
	if (!an.length || !bn.length || an[an.length - 1] !== bn[bn.length - 1]) {
		return false;
	}
	if (an.length > 1 && bn.length > 1) {
		// "Anna Ortiz" and "Anna Ruiz Ortiz": the first and last names agree; "Dick Durbin" and
		// "Richard J. Durbin": a given name and its usual short form.
		return an[0] === bn[0] || formalName(an[0]) === formalName(bn[0]);
	}
	const surname = an[an.length - 1];
	return !people || people.peopleNamed(surname) <= 1;
}

function nameOf(s: GroupSpeaker): string[] {
	const base = s.key.slice(s.key.indexOf(':') + 1);
	return s.type === 'person' || s.type === 'unknown' ? personWords(base) : [base];
}

/** The fullest of the names that are one speaker's ("Mike Pompeo" over "Pompeo"). */
export function fullest(speakers: readonly GroupSpeaker[]): GroupSpeaker | null {
	let best: GroupSpeaker | null = null;
	for (const s of speakers) {
		if (!best || s.name.length > best.name.length) {
			best = s;
		}
	}
	return best;
}

/** Short forms of English given names, as news writes them ("Dick Durbin", "Bill Clinton"). */
const SHORT_FORMS: Readonly<Record<string, string>> = {
	dick: 'richard', rick: 'richard', rich: 'richard', bill: 'william', will: 'william', billy: 'william',
	bob: 'robert', rob: 'robert', bobby: 'robert', jim: 'james', jimmy: 'james', jamie: 'james',
	mike: 'michael', mick: 'michael', tom: 'thomas', tommy: 'thomas', joe: 'joseph', joey: 'joseph',
	chuck: 'charles', charlie: 'charles', ted: 'edward', ed: 'edward', eddie: 'edward', tony: 'anthony',
	dan: 'daniel', danny: 'daniel', dave: 'david', steve: 'steven', chris: 'christopher', matt: 'matthew',
	pat: 'patrick', pete: 'peter', nick: 'nicholas', greg: 'gregory', jeff: 'jeffrey', jerry: 'gerald',
	andy: 'andrew', drew: 'andrew', ben: 'benjamin', sam: 'samuel', al: 'albert', fred: 'frederick',
	larry: 'lawrence', ron: 'ronald', don: 'donald', ken: 'kenneth', tim: 'timothy', newt: 'newton',
	liz: 'elizabeth', beth: 'elizabeth', betsy: 'elizabeth', kate: 'katherine', kathy: 'kathleen',
	sue: 'susan', peggy: 'margaret', maggie: 'margaret', meg: 'margaret', jenny: 'jennifer',
	debbie: 'deborah', patty: 'patricia', trish: 'patricia', nancy: 'ann', mitch: 'mitchell',
};

function formalName(given: string): string {
	return SHORT_FORMS[given] ?? given;
}
