/**
 * Cross-source matching: the same statement quoted in several articles, and how each version
 * differs from it. A statement is what a speaker said as far as the versions show it, sentence
 * by sentence; each version covers a region of it (a long quote may cover several statements,
 * a fragment part of one). Plain data, safe to serialise.
 */
import type { Quote, SpeakerType } from '../types';

/**
 * How a version differs from the canonical one, from harmless to serious:
 * - `identical`: the same characters.
 * - `typography`: only quote marks, apostrophes, dashes or ellipsis characters differ
 *   (’ vs ', – vs — vs --). Spacing never counts: two spaces after a full stop are the same words.
 * - `punctuation`: only punctuation or letter case differ ("in error." vs "in error,").
 * - `truncation`: a stretch of the canonical words, cut at either end or both.
 * - `elision`: words left out in the middle (`marked` says whether an ellipsis shows it).
 * - `wording`: words replaced, added or removed otherwise.
 * - `speaker`: the same words given to a different speaker.
 */
export type DifferenceKind = 'identical' | 'typography' | 'punctuation' | 'truncation' | 'elision' | 'wording' | 'speaker';

/** The order of seriousness, least serious first. */
export const DIFFERENCE_ORDER: readonly DifferenceKind[] = [
	'identical',
	'typography',
	'punctuation',
	'truncation',
	'elision',
	'wording',
	'speaker',
];

/** The most serious of `kinds`; `identical` when there are none. */
export function worstKind(kinds: Iterable<DifferenceKind>): DifferenceKind {
	let worst: DifferenceKind = 'identical';
	for (const k of kinds) {
		if (DIFFERENCE_ORDER.indexOf(k) > DIFFERENCE_ORDER.indexOf(worst)) {
			worst = k;
		}
	}
	return worst;
}

/** `none` for identical; `low` typography/punctuation; `medium` cuts; `high` wording/speaker, or any changed number or negation. */
export type Severity = 'none' | 'low' | 'medium' | 'high';

/** One word-level change from the canonical version to a member's. */
export interface WordChange {
	op: 'removed' | 'added' | 'replaced';
	/** The canonical words (empty for `added`). */
	from: string;
	/** The member's words (empty for `removed`). */
	to: string;
	/** `[start, end)` of `to` in the member quote's text, or of the gap where words were removed. */
	memberStart: number;
	memberEnd: number;
	/** `[start, end)` of `from` in the statement's text (the group's `text`). */
	canonicalStart: number;
	canonicalEnd: number;
	/** A figure changed ("tens" → "hundreds") or a negation appeared or went ("did" → "did not"). */
	number: boolean;
	negation: boolean;
}

/** A speaker as reconciled across articles: "an Amazon spokesperson", "Amazon" and "the company" are one. */
export interface GroupSpeaker {
	/** A stable key ("organisation:amazon", "person:mike pompeo"). */
	key: string;
	name: string;
	type: SpeakerType;
	/**
	 * Taken for an organisation for want of evidence either way (one word, no role, no
	 * description): it may be a person's surname ("Mensah said" with no first name given).
	 */
	unsure?: boolean;
	/** From an honorific (Mrs., Mr.): two people who share a surname stay apart. */
	gender?: 'female' | 'male';
}

/** One article's version of a statement: one quote, over the region of it that the statement covers. */
export interface GroupMember {
	/** The article's identifier as given to the index (a path or URI). */
	document: string;
	quote: Quote;
	/** `[start, end)`: the stretch of the article this version quotes of the statement (within the quote). */
	start: number;
	end: number;
	/** `[textStart, textEnd)`: the stretch of the statement's text (the group's `text`) these words stand for. */
	textStart: number;
	textEnd: number;
	/** In a headline or subheading: shown with the statement, never canonical, never its kind. */
	headline: boolean;
	/** How this version differs from the statement over its region. */
	kind: DifferenceKind;
	severity: Severity;
	changes: WordChange[];
	/** The reconciled speaker of this version, or null when the article names none. */
	speaker: GroupSpeaker | null;
	/** True when the article gave no speaker and the group's speaker is assumed. */
	speakerInferred: boolean;
	/** For `elision`: whether the version marks the cut with an ellipsis. */
	marked: boolean;
	/** How many quotations make this article's version: 2 for an interrupted quote. */
	parts: number;
}

/** One statement and all its versions, in document order. */
export interface QuoteGroup {
	/**
	 * Stable while the canonical version stays the same: `<document>#<quote id>` of it, and
	 * `@<offset>` of its region when that quote covers more than this statement.
	 */
	id: string;
	speaker: GroupSpeaker | null;
	/** The canonical member: from a primary-source article when there is one, else the most complete. */
	canonical: GroupMember;
	/**
	 * The statement as the versions show it, sentence by sentence (each sentence as its most
	 * complete version, a primary source's first, gives it). Change offsets `canonicalStart/End`
	 * index it.
	 */
	text: string;
	/** Each sentence of the statement: its `[start, end)` in `text`. */
	sentences: Array<{ start: number; end: number }>;
	members: GroupMember[];
	/** The most serious kind among the members (headline versions aside). */
	kind: DifferenceKind;
	severity: Severity;
	/** Number of distinct documents quoting it. */
	documents: number;
}

/** One article given to the index: its quotes as the engine found them. */
export interface IndexedDocument {
	/** A path or URI; the index's key for the article. */
	id: string;
	quotes: readonly Quote[];
	/** A primary source: its version of a statement is canonical. */
	primary?: boolean;
}

/** What changed after an update or removal. */
export interface IndexChange {
	/** Documents whose groups (membership, canonical version or differences) changed. */
	changed: string[];
}
