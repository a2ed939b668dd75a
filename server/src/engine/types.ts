/**
 * The engine's data model: plain data, no methods, safe to serialise.
 * All offsets are UTF-16 code units into the article text as given (JS string indices).
 */

/** A flag polled between paragraphs; LSP's CancellationToken satisfies it. */
export interface CancellationFlag {
	readonly isCancellationRequested: boolean;
}

/** Where the engine may report problems that are not findings (never throws on text). */
export interface Logger {
	warn(message: string): void;
}

/** A `[start, end)` stretch of the article text with the text it covers. */
export interface Span {
	text: string;
	start: number;
	end: number;
}

/**
 * `speech`: someone's words. `term`: scare quotes, coined or mentioned words ("so-called 'woke'").
 * `title`: the name of a work, show or document ("Morning Joe").
 */
export type QuoteKind = 'speech' | 'term' | 'title';

export type SpeakerType = 'person' | 'organisation' | 'unknown';

/**
 * How the speaker was found.
 * - `adjacent`: an attribution in the quote's own sentence (`"…," she said` / `He said: "…"`).
 * - `interrupted`: the second part of `"…," he said. "…"` or `"…," he said, "…"`, continuing
 *   the previous quote (and its speaker).
 * - `floating`: a quote with no attribution of its own, given to the speaker named just before.
 * - `repeat`: a quote with no attribution of its own (often in a headline) whose words the
 *   article quotes again elsewhere with a speaker.
 */
export type AttributionVia = 'adjacent' | 'interrupted' | 'floating' | 'repeat';

/**
 * How the speaker's name was resolved from the phrase as written.
 * `name`: the phrase names the speaker. `surname`: a short form of a name given earlier
 * ("Pompeo" → "Mike Pompeo"). `pronoun` / `description`: "he", "the spokeswoman",
 * "the company" resolved to an earlier person or organisation. `affiliation`: "an Amazon
 * spokesperson" → Amazon, role spokesperson. `unresolved`: nothing earlier fits.
 */
export type Resolution = 'name' | 'surname' | 'pronoun' | 'description' | 'affiliation' | 'unresolved';

export interface Speaker extends Span {
	/** The resolved name ("Mike Pompeo", "Amazon"), or null when it could not be resolved. */
	name: string | null;
	/** A title or role kept apart from the name ("Secretary of State", "spokesperson"), or null. */
	role: string | null;
	type: SpeakerType;
	resolution: Resolution;
	via: AttributionVia;
}

export interface Quote {
	/** `q1`, `q2`, … in document order. */
	id: string;
	/** The quoted words. For a multi-paragraph quote, paragraphs are joined with `\n` and the
	 *  continuation marks that open each paragraph are left out. */
	text: string;
	/** Offset of the first quoted character (just after the opening mark). */
	start: number;
	/** Offset just past the last quoted character (the closing mark's offset, when closed). */
	end: number;
	/** The exact stretches of quoted text, one per paragraph. */
	segments: Array<{ start: number; end: number }>;
	/** The opening and closing marks as written, e.g. `“` and `"`; close is '' when unclosed. */
	marks: { open: string; close: string };
	multiParagraph: boolean;
	/** True when no closing mark was found; the quote then ends at the end of its paragraph. */
	unclosed: boolean;
	/** The id of the quote this one sits inside, or null. */
	parent: string | null;
	/** True when the quote is in the article's headline or a subheading. */
	headline: boolean;
	kind: QuoteKind;
	/** A fragment worked into the reporter's own sentence (`cited "security risks"`). */
	partial: boolean;
	speaker: Speaker | null;
	/** The attribution verb or phrase as written: said, told, added, according to, … */
	cue: Span | null;
	/** The addressee or medium: "FOX Business" in `told FOX Business`, "a statement to Variety". */
	venue: Span | null;
	/**
	 * Where the characters of `text` are in the file, when the article was read out of markup
	 * (HTML, Markdown) and tags, entities or link targets sit between them. Absent when each
	 * segment is the file's characters one for one, as in plain text.
	 */
	runs?: SourceRun[];
}

/**
 * A stretch of a quote's text and where it is in the file: `[at, at + length)` of the text
 * stands for `[start, end)` of the file; one for one when `end - start === length`, else as a
 * whole (an entity such as `&rsquo;`).
 */
export interface SourceRun {
	at: number;
	length: number;
	start: number;
	end: number;
}

export interface ExtractOptions {
	/** Quotes with fewer words than this are still found but are never `speech` without a cue. */
	readonly termMaxWords?: number;
}

/** What the engine found in one article. */
export interface ArticleQuotes {
	quotes: Quote[];
}
