import { AMBIGUOUS_CUES, CUE_AUXILIARIES, CUE_VERBS, GROUP_PRONOUNS, NOT_NAMES, PERSON_PRONOUNS, PERSON_ROLE_NOUNS } from './lexicon';
import type { Token } from './tagger';

/** Words that end a venue or a speaker phrase: times and dates are not part of either. */
const TIME_WORDS = new Set([
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
	'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month',
	'year', 'late', 'early', 'earlier', 'later', 'last', 'this', 'next', 'previously', 'recently',
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
	'october', 'november', 'december', 'when', 'while', 'after', 'before', 'that', 'which', 'who',
	'as', 'because', 'since', 'about', 'during', 'speaking', 'adding', 'saying', 'according',
]);

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'one', 'another']);
const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);

/** True for a cue verb (said, told, …); ambiguous forms count only when tagged as verbs. */
export function isCue(t: Token | undefined, next?: Token, prev?: Token): boolean {
	if (!t || !CUE_VERBS.has(t.lower)) {
		return false;
	}
	if (prev && /^(?:a|an|the|its|his|her|their|our|my|your)$/.test(prev.lower)) {
		// "a call", "the statement": a noun after a determiner.
		return false;
	}
	if (prev && AMBIGUOUS_CUES.has(t.lower) && !/(?:s|ed|ing)$/.test(t.lower) && prev.pos === 'NOUN') {
		// "a conference call", "a press release note": the second noun of a compound.
		return false;
	}
	if (/^[A-Z]/.test(t.value)) {
		// Capitalised, a cue is a headline verb ("Amazon Says …") or nothing.
		return HEADLINE_CUES.has(t.lower);
	}
	if (AMBIGUOUS_CUES.has(t.lower)) {
		return t.pos === 'VERB' || t.pos === 'AUX' || next?.lower === 'that';
	}
	return true;
}

const HEADLINE_CUES = new Set([
	'says', 'said', 'tells', 'told', 'claims', 'warns', 'admits', 'denies', 'insists', 'confirms',
	'reveals', 'vows', 'urges', 'responds', 'explains', 'declares', 'announces', 'argues', 'calls',
]);

export function isCapitalised(t: Token): boolean {
	return /^[A-Z]/.test(t.value) && /[A-Za-z]/.test(t.value);
}

/** "he", "she", "they", "it", "we": a pronoun that can be a speaker phrase. */
export function isPronoun(t: Token): boolean {
	return PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower);
}

function isNominal(t: Token): boolean {
	if (isCue(t) && !isCapitalised(t)) {
		return false;
	}
	if (isCapitalised(t)) {
		return !NOT_NAMES.has(t.lower) || DETERMINERS.has(t.lower);
	}
	return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || /^\w+-\w+/.test(t.value);
}

/** Whether `b` follows `a` with no space between them. */
export function attached(a: Token, b: Token): boolean {
	return a.end === b.start;
}

/**
 * The noun phrase that ends at token `last` (inclusive), read backwards: "an Amazon spokesman",
 * "Secretary of State Mike Pompeo", "Fox News’ Laura Ingram". Returns `[first, last]` or null.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number): [number, number] | null {
	if (last < 0) {
		return null;
	}
	if (isPronoun(tokens[last])) {
		return [last, last];
	}
	let i = last;
	let first = -1;
	for (; i >= 0 && last - i < 10; i--) {
		const t = tokens[i];
		const next = tokens[i + 1];
		const prev = tokens[i - 1];
		if (DETERMINERS.has(t.lower) && t.pos !== 'NUM' && (t.pos === 'DET' || t.pos === 'PRON' || t.lower === 'the' || t.lower === 'a' || t.lower === 'an')) {
			first = i;
			if (prev?.lower === 'of' && i >= 2 && PERSON_ROLE_NOUNS.has(tokens[i - 2].lower)) {
				// "the head of the agency": the phrase goes on back to its role.
				continue;
			}
			break;
		}
		if (isNominal(t) || (prev?.lower === 'of' && i >= 2 && PERSON_ROLE_NOUNS.has(tokens[i - 2].lower) && /^\p{Ll}+$/u.test(t.value))) {
			// The second: "secretary of state", whatever the tagger made of "state".
			first = i;
			continue;
		}
		if (t.lower === 'of' && prev && next && i < last && isCapitalised(prev) && isCapitalised(next)) {
			continue;
		}
		if (t.lower === 'of' && prev && next && i < last && PERSON_ROLE_NOUNS.has(prev.lower)) {
			// "the former secretary of state", "the head of the agency": a role and what it is of.
			continue;
		}
		if (POSSESSIVES.has(t.value) && prev && attached(prev, t) && i < last && isCapitalised(prev)) {
			continue;
		}
		if ((t.value === '.' || t.value === '-' || t.value === '&') && prev && next && attached(prev, t) && attached(t, next)) {
			continue;
		}
		if (titleStop(t, prev, next)) {
			continue;
		}
		if (t.value === '+' && prev && attached(prev, t)) {
			continue;
		}
		break;
	}
	return first >= 0 ? [first, last] : null;
}

/** Titles the tagger splits from their full stop: "the Rev. Peter Wherry". */
const SPLIT_TITLES = /^(?:Rev|Hon|Cmdr|Adm|Msgr|Fr)$/;

/** The full stop of an abbreviated title before a name ("Rev. Peter"): inside the phrase. */
function titleStop(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
	return t.value === '.' && prev !== undefined && next !== undefined && attached(prev, t) && SPLIT_TITLES.test(prev.value) && isCapitalised(next);
}

/** The noun phrase that starts at token `first`, read forwards. Returns `[first, last]` or null. */
export function phraseStartingAt(tokens: readonly Token[], first: number): [number, number] | null {
	const start = tokens[first];
	if (!start) {
		return null;
	}
	if (isPronoun(start)) {
		return [first, first];
	}
	let i = first;
	let last = -1;
	if (DETERMINERS.has(start.lower) && (start.pos === 'DET' || start.pos === 'PRON')) {
		i++;
	}
	for (; i < tokens.length && i - first < 10; i++) {
		const t = tokens[i];
		const next = tokens[i + 1];
		const prev = tokens[i - 1];
		if (TIME_WORDS.has(t.lower) && last >= 0 && !isCapitalisedName(t)) {
			break;
		}
		if (isNominal(t) && !TIME_DAY.test(t.lower)) {
			last = i;
			continue;
		}
		if (t.lower === 'of' && prev && next && last >= 0 && isCapitalised(prev) && isCapitalised(next)) {
			continue;
		}
		if (t.lower === 'of' && prev && next?.lower === 'the' && tokens[i + 2] && last >= 0 && isCapitalised(prev) && isCapitalised(tokens[i + 2])) {
			// "Mr. Morgan of the Sierra Club said"
			i++;
			continue;
		}
		if (POSSESSIVES.has(t.value) && prev && attached(prev, t) && last >= 0 && next && isNominal(next)) {
			continue;
		}
		if ((t.value === '.' || t.value === '-' || t.value === '&') && prev && next && attached(prev, t) && attached(t, next)) {
			continue;
		}
		if (titleStop(t, prev, next) && last === i - 1) {
			continue;
		}
		if (t.value === '+' && prev && attached(prev, t) && last === i - 1) {
			last = i;
			continue;
		}
		break;
	}
	return last >= 0 ? [first, last] : null;
}

const TIME_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

function isCapitalisedName(t: Token): boolean {
	return isCapitalised(t) && !TIME_WORDS.has(t.lower);
}

/** Most tokens a parenthetical after a name holds: "(D-N.C.)", "(R-Utah)", "(I-Vt.)". */
const MAX_PARENTHETICAL = 9;

/** The index before a parenthetical that ends at `i` ("Rep. Gwen Moore (D-Wis.) said"), or `i`. */
export function skipParentheticalBack(tokens: readonly Token[], i: number): number {
	if (tokens[i]?.value !== ')') {
		return i;
	}
	for (let k = i - 1; k >= 0 && i - k <= MAX_PARENTHETICAL; k--) {
		if (tokens[k].value === '(') {
			return k - 1;
		}
	}
	return i;
}

/** The index after a parenthetical that starts at `i` ("said Rep. G.K. Butterfield (D-N.C.),"), or `i`. */
export function skipParentheticalForward(tokens: readonly Token[], i: number): number {
	if (tokens[i]?.value !== '(') {
		return i;
	}
	for (let k = i + 1; k < tokens.length && k - i <= MAX_PARENTHETICAL; k++) {
		if (tokens[k].value === ')') {
			return k + 1;
		}
	}
	return i;
}

/** Skips auxiliaries and adverbs before a cue: "the company had earlier said" → "company". */
export function skipBackOverAuxiliaries(tokens: readonly Token[], i: number): number {
	while (i >= 0 && (CUE_AUXILIARIES.has(tokens[i].lower) || (tokens[i].pos === 'ADV' && /ly$/.test(tokens[i].lower)))) {
		i--;
	}
	return i;
}

/** Skips auxiliaries and adverbs after a speaker: "Amazon later said". */
export function skipForwardOverAuxiliaries(tokens: readonly Token[], i: number): number {
	while (i < tokens.length && !isCue(tokens[i]) && (CUE_AUXILIARIES.has(tokens[i].lower) || (tokens[i].pos === 'ADV' && /ly$/.test(tokens[i].lower)))) {
		i++;
	}
	return i;
}

/**
 * The venue or addressee after a cue: the person or outlet told ("told FOX Business"), or the
 * medium ("in a statement to Variety", "in an email"). Times and dates are left out.
 */
export function venueAfter(tokens: readonly Token[], i: number, cue: Token): [number, number] | null {
	const t = tokens[i];
	if (!t) {
		return null;
	}
	if (t.lower === 'in' || t.lower === 'on' || t.lower === 'to' || t.lower === 'via') {
		const inner = phraseStartingAt(tokens, i + 1);
		if (!inner || TIME_DAY.test(tokens[inner[0]].lower) || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[inner[1]].lower)) {
			return null;
		}
		let last = inner[1];
		const to = tokens[last + 1];
		if (to && (to.lower === 'to' || to.lower === 'with' || to.lower === 'on') && tokens[last + 2]) {
			const tail = phraseStartingAt(tokens, last + 2);
			if (tail) {
				last = tail[1];
			}
		}
		return [i, last];
	}
	if (/^(?:told|tells|tell|telling|emailed|emails|texted|wrote|asked)$/.test(cue.lower)) {
		return phraseStartingAt(tokens, i);
	}
	return null;
}
