/**
 * Misquote's own requests and notifications, on top of LSP. Method names live under
 * `misquote/`. The client bundles this file too, so both sides share one typed contract.
 * It imports nothing: client and server libraries each bring their own JSON-RPC types.
 */

/** A request: its method, and (as types only) its parameters and result. */
export interface Request<P, R> {
	readonly method: string;
	/** Never set: carries the types. */
	readonly _types?: [P, R];
}

/** A notification: its method, and (as a type only) its parameters. */
export interface Notification<P> {
	readonly method: string;
	readonly _types?: P;
}

/** An LSP position and range, as on the wire. */
export interface Position {
	line: number;
	character: number;
}
export interface Range {
	start: Position;
	end: Position;
}

/** Kinds of difference, least serious first (as in the engine). */
export type DifferenceKindName = 'identical' | 'typography' | 'punctuation' | 'truncation' | 'elision' | 'wording' | 'speaker';

/** One article's version of a statement. */
export interface ClaimSource {
	uri: string;
	/** The article's path relative to its workspace folder. */
	path: string;
	/** The publication, when the article says (Markdown front matter, a web page's site name). */
	outlet?: string;
	range: Range;
	quoteId: string;
	/** How this version differs from the canonical one. */
	kind: DifferenceKindName;
	canonical: boolean;
	/** The difference was marked as reviewed in `.misquote.json`. */
	ignored: boolean;
	/** This version is a primary source's passage (the statement's own words, not a quotation). */
	primary?: boolean;
}

/** A statement: one quotation, or every version of one across the articles. */
export interface Claim {
	/** The group id when other versions exist, else null. */
	groupId: string | null;
	/** The canonical words. */
	text: string;
	/** The most serious difference among the versions that is not ignored. */
	kind: DifferenceKindName;
	documents: number;
	sources: ClaimSource[];
	/**
	 * Checked against a primary source: `found` when its quotations were found there (the
	 * statement's words are the source's), `not-found` when its speaker's sources do not hold them.
	 */
	primary?: 'found' | 'not-found';
}

export interface ClaimSpeaker {
	/** The reconciled name, or "Unknown speaker". */
	name: string;
	type: 'person' | 'organisation' | 'unknown';
	claims: Claim[];
}

export interface ClaimsParams {
	/** Only statements whose versions differ. */
	onlyDiffering?: boolean;
}

export interface ClaimsResult {
	speakers: ClaimSpeaker[];
}

/** A stretch of a version's text: the same as the canonical version's, or changed. */
export interface ComparedSegment {
	text: string;
	change?: 'added' | 'removed';
}

export interface ComparedVersion extends ClaimSource {
	speaker: string | null;
	speakerText: string | null;
	speakerInferred: boolean;
	cue: string | null;
	venue: string | null;
	severity: 'none' | 'low' | 'medium' | 'high';
	/** In a headline: shown with the statement, never counted for its kind. */
	headline: boolean;
	/** The version's words with what it adds, changes or leaves out of the statement. */
	segments: ComparedSegment[];
}

export interface Comparison {
	groupId: string;
	speaker: string | null;
	kind: DifferenceKindName;
	/** The statement as the versions show it, sentence by sentence; a primary source's words when there is one. */
	canonicalText: string;
	versions: ComparedVersion[];
	/** The path of the primary source whose passage is the canonical version (first in `versions`). */
	primarySource?: string;
}

/** Where to compare: a position in an article, or a group id from the claims tree. */
export type CompareParams = { uri: string; position: Position } | { groupId: string };

/** What the status bar shows. */
export interface StatusParams {
	scanning: boolean;
	documents: number;
	quotations: number;
	statements: number;
	differing: number;
}

// #region Client → server

/** The claims tree: speakers → statements → sources. */
export const ClaimsRequest: Request<ClaimsParams, ClaimsResult> = { method: 'misquote/claims' };

/** Every version of one statement, aligned word by word; null when there is nothing to compare. */
export const CompareRequest: Request<CompareParams, Comparison | null> = { method: 'misquote/compare' };

export interface ReportParams {
	format: 'json' | 'markdown';
}

/** The whole workspace's report: the command line's JSON contract (version 1), or Markdown. */
export const ReportRequest: Request<ReportParams, string> = { method: 'misquote/report' };

/** Reads every article of the workspace again. */
export const RescanRequest: Request<void, void> = { method: 'misquote/rescan' };

/** The client command the server's code lenses run: Compare Sources, at `(uri, position)`. */
export const COMPARE_COMMAND = 'misquote.compareSources';

// #endregion

// #region Server → client

/** Sent after every change to the articles' results. */
export const StatusNotification: Notification<StatusParams> = { method: 'misquote/status' };

// #endregion
