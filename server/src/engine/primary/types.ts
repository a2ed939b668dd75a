/**
 * Primary sources: the words themselves (a statement, a tweet, a press release, a transcript, a
 * speech's captions), read as what their speakers said, whole, rather than for quotation marks.
 * Plain data, safe to serialise. Offsets are UTF-16 code units; `start`/`end` index the file the
 * source was read from, `at`/`to` index the source's `text` (its speech, labels and timings left out).
 */
import type { DifferenceKind, Severity, WordChange } from '../matching/types';

/**
 * `statement`: one speaker's words (a statement, a letter, tweets, a press release).
 * `transcript`: turns under speaker labels. `captions`: the cues of a `.vtt` or `.srt` file.
 */
export type PrimaryShape = 'statement' | 'transcript' | 'captions';

/** One speaker's stretch of a primary source: a transcript's turn, or a quoted official in a release. */
export interface PrimaryTurn {
	/** Who speaks, as a name ("Ginsburg", "TikTok"), or null when the label names a role only ("Q", "THE PRESIDENT" with no name given). */
	speaker: string | null;
	/** The label as written (`JUSTICE GINSBURG`, `Q`), or null for the source's own voice. */
	label: string | null;
}

/** One word a primary source's speaker said. */
export interface PrimaryWord {
	/** Lower case, apostrophes folded (as quotations' words are compared). */
	norm: string;
	/** Its offsets in the file. */
	start: number;
	end: number;
	/** Its offsets in the source's `text`. */
	at: number;
	to: number;
	/** The turn it belongs to (an index into `turns`). */
	turn: number;
	/** For captions: the start of its cue, in seconds. */
	time?: number;
	/** A sentence (or turn, or cue paragraph) ends after this word. */
	endsSentence: boolean;
}

/** A primary source as read. */
export interface PrimarySource {
	/** The host's name for it (a path). */
	id: string;
	shape: PrimaryShape;
	/** The source's own speaker (from settings, a header or front matter), or null. */
	speaker: string | null;
	/** How messages name it: "statement", "tweets of 17 Nov", "transcript", "captions". */
	description: string;
	/** The speech, turn by turn: what `at`/`to` index; labels, headers and cue timings left out. */
	text: string;
	words: PrimaryWord[];
	turns: PrimaryTurn[];
}

/** A quotation found in a primary source: the passage, and how the quotation differs from it. */
export interface PrimaryMatch {
	/** The source's id. */
	source: string;
	/** The passage (its sentences, from the first matched word's to the last's) in the file. */
	start: number;
	end: number;
	/** The passage's words, as `text` of the source has them. */
	text: string;
	/** The sentence before and after the passage in its source ('' at an edge). */
	before: string;
	after: string;
	/** The same kinds as between outlets; `speaker` when the passage is someone else's words. */
	kind: DifferenceKind;
	severity: Severity;
	/**
	 * Word changes from the passage to this quotation: `canonicalStart/End` index `text`,
	 * `memberStart/End` the text of the quotation's part `part` (0 but for an interrupted quote).
	 */
	changes: Array<WordChange & { part: number }>;
	/** For `elision`: whether an ellipsis marks the cut. */
	marked: boolean;
	/** Whose words the passage is, when that is not the quotation's speaker (or the quotation names none): else null. */
	speaker: string | null;
	/** The passage's speaker as the source names them, or null when it does not. */
	passageSpeaker: string | null;
	/** For captions: when the passage starts, in seconds. */
	time?: number;
}

/** What checking one quotation against the primary sources found. */
export type PrimaryCheck =
	| { found: true; match: PrimaryMatch }
	/** Not in any primary source; `ownSources` are the sources of the quotation's own speaker that were searched. */
	| { found: false; ownSources: string[] };
