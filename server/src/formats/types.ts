/**
 * What a format reader gives the engine: the article's text as a reader view shows it, where
 * each of its characters is in the file, and what the file says about the article.
 */
import type { SourceMap } from './sourceMap';

/** How an article file is written. */
export type ArticleFormat = 'text' | 'html' | 'markdown';

/** What a file says about its article, when it says it (front matter, meta tags). */
export interface ArticleMeta {
	title?: string;
	/** The publication: `source` or `outlet` in front matter, the site name of a web page. */
	outlet?: string;
	date?: string;
	url?: string;
}

/** One article as a reader found it. */
export interface ReadArticle {
	format: ArticleFormat;
	/** What the engine reads: paragraphs separated by blank lines, markup left out. */
	text: string;
	/** Where the text's characters are in the file; absent when the text is the file's own. */
	map?: SourceMap;
	meta: ArticleMeta;
}

/** A reader's result: the article, or why the file holds none (one clear line). */
export type ReadResult = ({ ok: true } & ReadArticle) | { ok: false; reason: string };
