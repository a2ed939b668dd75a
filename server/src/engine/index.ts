/**
 * Misquote's engine: finds direct quotations in a news article and who said them.
 * Pure: strings in, plain data out. No vscode, no LSP, no file system. The wink-nlp instance
 * is built once by the host (server, CLI or tests) and injected.
 */
import type { ArticleQuotes, CancellationFlag, ExtractOptions, Logger } from './types';
import type { Nlp } from './nlp';

export * from './types';
export type { Nlp } from './nlp';

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

export function createEngine(host: EngineHost): Engine {
	void host;
	throw new Error('not implemented yet');
}
