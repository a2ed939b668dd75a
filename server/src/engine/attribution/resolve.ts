import { containsWord, withoutPlace, type Discourse, type Entity } from './entities';
import { FIRST_NAMES } from './firstNames';
import { DOCUMENT_NOUNS, FEMALE_WORDS, GROUP_PRONOUNS, MALE_WORDS, ORGANISATION_NOUNS, ORGANISATION_SUFFIXES, PERSON_PRONOUNS, PERSON_ROLE_NOUNS, splitTitle, TITLE_SET, TITLE_WORDS } from './lexicon';
import { attached, isCapitalised } from './phrases';
import type { Token } from './tagger';
import type { AttributionVia, Resolution, Span, Speaker, SpeakerType } from '../types';

/** Role nouns that name someone who speaks for an organisation: "an Amazon spokesperson". */
const SPOKES_ROLES = new Set([
	'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'rep', 'representative',
	'official', 'officials', 'executive', 'exec', 'staffer', 'employee', 'source', 'sources',
]);

/** Honorifics before a surname: the word after them is a name even when it is also a title. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/;

/** What the resolver knows beyond the phrase: earlier speakers, for "the spokesperson". */
export interface ResolveContext {
	discourse: Discourse;
	/** Speakers of earlier quotes, most recent last. */
	earlier: readonly Speaker[];
	/** Venues of earlier quotes ("told Fox News’ Laura Ingram"), most recent last. */
	venues: readonly Span[];
	paragraph: number;
}

/**
 * Turns a speaker phrase as written into a Speaker: a name with its title or role kept apart,
 * a pronoun or description resolved to the person or organisation named before it, or an
 * organisation's unnamed spokesperson resolved to the organisation.
 */
export function resolveSpeaker(
	text: string,
	tokens: readonly Token[],
	[first, last]: [number, number],
	via: AttributionVia,
	ctx: ResolveContext,
	apposition: string | null,
): Speaker {
	const start = tokens[first].start;
	const end = tokens[last].end;
	const phraseText = text.slice(start, end);
	const base = { text: phraseText, start, end, via };
	/** A description resolved to an entity counts as a mention of it, for later salience. */
	const noted = (entity: Entity | undefined, resolution: Resolution, type?: SpeakerType): Speaker => {
		if (entity) {
			ctx.discourse.note(entity, start, end, ctx.paragraph);
		}
		return make(entity, null, resolution, type);
	};
	const make = (entity: Entity | undefined, role: string | null, resolution: Resolution, type?: SpeakerType): Speaker => ({
		...base,
		name: entity?.name ?? null,
		role: role ?? entity?.role ?? null,
		type: type ?? entity?.type ?? 'unknown',
		resolution: entity ? resolution : 'unresolved',
	});

	const words = tokens.slice(first, last + 1);
	// "Mr. Morgan of the Sierra Club", "Gov. Earl Ray Tomblin of West Virginia": the person, with
	// the organisation or place as their role; "Secretary of State …" and "Bank of America" are no such.
	const of = words.findIndex((t, k) => k >= 2 && k < words.length - 1 && t.lower === 'of');
	if (of > 0 && words.slice(0, of).every(isCapitalised) && (TITLE_WORDS.has(words[0].value) || FIRST_NAMES.has(words[0].lower))) {
		const org = text.slice(tokens[first + of + 1].start, end).replace(/^the\s+/i, '');
		return resolveSpeaker(text, tokens, [first, first + of - 1], via, ctx, apposition ?? org);
	}
	if (words.length === 1 && PERSON_PRONOUNS.has(words[0].lower)) {
		const gender = words[0].lower === 'she' ? 'female' : words[0].lower === 'he' ? 'male' : null;
		return make(ctx.discourse.salientPerson(start, gender) ?? ctx.discourse.lastUnsuffixedName(start, gender), null, 'pronoun', 'person');
	}
	if (words.length === 1 && GROUP_PRONOUNS.has(words[0].lower)) {
		return make(ctx.discourse.salientOrganisation(start, ctx.paragraph), null, 'pronoun');
	}

	// A name at the end of the phrase, maybe after a title or role: "Company spokeswoman Jaci Anderson".
	let nameFrom = last + 1;
	while (nameFrom - 1 >= first && (isNamePart(tokens, nameFrom - 1) || isJoiner(tokens, nameFrom - 1, first))) {
		nameFrom--;
	}
	// "Fox News’ Laura Ingram": the name is what follows the possessive.
	for (let k = last; k > nameFrom; k--) {
		if (/^['’]s?$/.test(tokens[k].value)) {
			nameFrom = k + 1;
			break;
		}
	}
	// "the secretary of state", "the head of the agency": the role is the head, not what it is of.
	const roleOf = words.findIndex((t, k) => k > 0 && t.lower === 'of' && PERSON_ROLE_NOUNS.has(words[k - 1].lower) && !isCapitalised(words[k - 1]));
	const head = roleOf > 0 ? words[roleOf - 1].lower : tokens[last].lower;
	const determiner = /^(?:the|a|an|its|his|her|their)$/.test(tokens[first].lower) ? tokens[first].lower : '';
	if (nameFrom <= last && isNamePart(tokens, last) && !(determiner === 'the' && nameFrom === first + 1 && !isNameLike(tokens, nameFrom, last))) {
		let nameText = text.slice(tokens[nameFrom].start, end);
		let role = nameFrom > first ? text.slice(start, tokens[nameFrom - 1].end).replace(/^(?:the|a|an)(?:\s+|$)/i, '') : '';
		const titled = splitTitle(nameText);
		if (titled.role) {
			role = (role ? role + ' ' : '') + titled.role;
			nameText = titled.name;
		}
		nameText = withoutPlace(nameText.replace(/^(?:the|a|an)\s+/i, ''), Boolean(role));
		if (TITLE_SET.has(nameText) && !HONORIFIC.test(titled.role ?? '')) {
			// "the President", "Senator": a title alone. "Mr. King", "Dr. Judge": a surname.
			role = (role ? role + ' ' : '') + nameText;
			nameText = '';
		}
		if (!nameText) {
			// A title alone ("CEO calls move …"): a description of whoever holds it.
			const holder = ctx.discourse.lastWithRole(role.toLowerCase(), start);
			return make(holder, role, 'description', 'person');
		}
		const lastName = nameText.split(' ').pop()!.toLowerCase();
		const personHint = !ORGANISATION_SUFFIXES.has(lastName) && (Boolean(role) || FIRST_NAMES.has(nameText.split(' ')[0].toLowerCase()));
		const { entity, surname } = ctx.discourse.lookup(nameText, personHint ? 'person' : 'unknown', start);
		ctx.discourse.note(entity, tokens[nameFrom].start, end, ctx.paragraph);
		// A role only means something for a person ("China’s 2017" is no role of a law).
		const finalRole = entity.type === 'person' ? role || apposition || null : titledRole(role);
		return make(entity, finalRole, surname ? 'surname' : 'name');
	}

	// A description: "an Amazon spokesman", "the company", "the Amazon notification".
	const modifiers = words.slice(determiner ? 1 : 0, -1).filter((t) => isCapitalised(t) && ctx.discourse.isName(t.value + (text[t.end] === '+' ? '+' : '')));
	const lastModifier = modifiers[modifiers.length - 1];
	const modifierEnd = lastModifier ? lastModifier.end + (text[lastModifier.end] === '+' ? 1 : 0) : 0;
	const modifierName = modifiers.length ? text.slice(modifiers[0].start, modifierEnd).replace(/['’]s?$/, '') : '';
	const roleText = text.slice((modifiers.length ? modifiers[modifiers.length - 1].end : tokens[determiner ? first + 1 : first].start), end).trim() || head;

	if (modifierName && (SPOKES_ROLES.has(head) || DOCUMENT_NOUNS.has(head))) {
		const { entity } = ctx.discourse.lookup(modifierName, 'organisation', start);
		return make(entity, DOCUMENT_NOUNS.has(head) ? null : roleText, 'affiliation');
	}
	if ((determiner === 'a' || determiner === 'an') && !modifierName && !DOCUMENT_NOUNS.has(head)) {
		// "a professor": someone new, not named.
		return make(undefined, roleText, 'unresolved', PERSON_ROLE_NOUNS.has(head) ? 'person' : 'unknown');
	}
	// "the council" is an organisation, never a person whose role mentions one ("a spokesperson
	// for Cedarwood City Council").
	const withRole = PERSON_ROLE_NOUNS.has(head)
		? ctx.discourse.lastWithRole(head, start)
		: ORGANISATION_NOUNS.has(head)
			? ctx.discourse.lastWithRole(head, start, 'organisation')
			: undefined;
	if (withRole) {
		return noted(withRole, 'description');
	}
	const gender = FEMALE_WORDS.has(head) ? 'female' : MALE_WORDS.has(head) ? 'male' : null;
	if (gender && PERSON_ROLE_NOUNS.has(head) && !SPOKES_ROLES.has(head)) {
		// "his daughter said": the last woman named.
		return noted(ctx.discourse.lastPerson(start, gender), 'description', 'person');
	}
	if (SPOKES_ROLES.has(head)) {
		const previous = findLast(ctx.earlier, (s) => Boolean(s.role && SPOKES_ROLES.has(lastWord(s.role)) && s.name));
		if (previous) {
			return { ...base, name: previous.name, role: previous.role, type: previous.type, resolution: 'description' };
		}
	}
	if (PERSON_ROLE_NOUNS.has(head) && !ORGANISATION_NOUNS.has(head)) {
		// "the Vermont senator", "Obama's former campaign strategist": a person the story is
		// about, so the one in focus (the last sentences' subject) rather than the last named.
		return noted(ctx.discourse.salientPerson(start) ?? ctx.discourse.lastPerson(start), 'description', 'person');
	}
	if (ORGANISATION_NOUNS.has(head)) {
		return noted(ctx.discourse.salientOrganisation(start, ctx.paragraph, head), 'description', 'organisation');
	}
	if (DOCUMENT_NOUNS.has(head) && determiner === 'the') {
		// "Trump said in a statement …" then "“…,” the statement continued": whoever issued it.
		const venue = findLast(ctx.venues, (v) => v.end <= start && containsWord(v.text.toLowerCase(), head));
		const issuer = venue && findLast(ctx.earlier, (s) => Boolean(s.name) && s.end <= venue.start && venue.start - s.end < 40);
		if (issuer) {
			return { ...base, name: issuer.name, role: issuer.role, type: issuer.type, resolution: 'description' };
		}
	}
	if (DOCUMENT_NOUNS.has(head)) {
		// "a regulatory filing": the organisation the article is about, over its whole length.
		const decay = determiner === 'a' || determiner === 'an' ? 1 : 0.5;
		return make(ctx.discourse.salientOrganisation(start, ctx.paragraph, '', decay), null, 'description', 'organisation');
	}
	return make(undefined, null, 'unresolved');
}

function titledRole(role: string): string | null {
	return role && splitTitle(role + ' X').role ? role : null;
}

/** The last item that passes `test`, looking back at most 50 items. */
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
	for (let i = items.length - 1; i >= 0 && i >= items.length - 50; i--) {
		if (test(items[i])) {
			return items[i];
		}
	}
	return undefined;
}

function lastWord(s: string): string {
	return s.toLowerCase().split(/\s+/).pop() ?? '';
}

/** A capitalised word, or the lower-case half of a hyphenated name ("Geun-hye", "Jong-un"). */
function isNamePart(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	const hyphen = tokens[i - 1];
	return isCapitalised(t) || (i >= 2 && /^\p{Ll}+$/u.test(t.value) && hyphen.value === '-' && attached(hyphen, t) && attached(tokens[i - 2], hyphen) && isCapitalised(tokens[i - 2]));
}

function isJoiner(tokens: readonly Token[], i: number, first: number): boolean {
	const t = tokens[i];
	return i > first && (t.lower === 'of' || /^['’]s?$/.test(t.value) || t.value === '.' || t.value === '-' || t.value === '&') && isCapitalised(tokens[i - 1]);
}

function isNameLike(tokens: readonly Token[], from: number, to: number): boolean {
	return to > from || tokens[from].pos === 'PROPN';
}
