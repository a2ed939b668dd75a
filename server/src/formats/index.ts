/**
 * Article formats: plain text, saved web pages and Markdown. A reader turns a file into the
 * text the engine reads and a map back to the file; `extractQuotes` maps every quotation the
 * engine finds back to the file in this one place, so the server, the command line and every
 * feature see offsets into the file as it is on disk.
 */
import type { CancellationFlag, Engine, ExtractOptions, Quote, SourceRun, Span } from '../engine';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import type { SourceMap } from './sourceMap';
import type { ArticleFormat, ReadArticle, ReadResult } from './types';

export type { ArticleFormat, ArticleMeta, ReadArticle, ReadResult } from './types';
export type { SourceMap } from './sourceMap';

const HTML_EXTENSIONS = /\.(?:html?|xhtml)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;

/**
 * How a file is written, from its name (a path or URI), else from the editor's language id
 * (for an unsaved document); plain text when neither says.
 */
export function formatOf(name: string, languageId?: string): ArticleFormat {
	const path = name.replace(/[?#].*$/, '');
	if (HTML_EXTENSIONS.test(path)) {
		return 'html';
	}
	if (MARKDOWN_EXTENSIONS.test(path)) {
		return 'markdown';
	}
	if (/\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1))) {
		return 'text';
	}
	return languageId === 'html' ? 'html' : languageId === 'markdown' ? 'markdown' : 'text';
}

/**
 * Reads a file's text as `format`. A page with no article, or a reader that fails, gives a
 * reason (one line), never an exception.
 */
export function readFormat(format: ArticleFormat, source: string): ReadResult {
	if (format === 'text') {
		return { ok: true, format, text: source, meta: {} };
	}
	try {
		return format === 'html' ? readHtml(source) : readMarkdown(source);
	} catch (error) {
		return { ok: false, reason: `could not be read as ${format === 'html' ? 'HTML' : 'Markdown'} (${error instanceof Error ? error.message : String(error)})` };
	}
}

/**
 * The article's quotations, with every offset (segments, speaker, cue, venue) in the file the
 * article was read from. The same as `engine.extract` for plain text.
 */
export function extractQuotes(engine: Engine, article: ReadArticle, options?: ExtractOptions, token?: CancellationFlag): Quote[] {
	const { quotes } = engine.extract(article.text, options, token);
	return article.map ? mapQuotes(quotes, article.map) : quotes;
}

/** Quotes with offsets into the reader's text, moved to the file through `map`. */
export function mapQuotes(quotes: readonly Quote[], map: SourceMap): Quote[] {
	const span = <T extends Span | null>(s: T): T => (s ? { ...s, start: map.toSource(s.start), end: Math.max(map.toSource(s.start), map.toSourceEnd(s.end)) } : s);
	return quotes.map((q) => {
		const runs: SourceRun[] = [];
		let at = 0;
		let plain = true;
		const segments = q.segments.map((s) => {
			const start = map.toSource(s.start);
			const end = Math.max(start, map.toSourceEnd(s.end));
			const pieces = map.runs(s.start, s.end);
			if (pieces.length !== 1 || pieces[0].end - pieces[0].start !== pieces[0].length || pieces[0].length !== s.end - s.start) {
				plain = false;
			}
			for (const r of pieces) {
				runs.push({ ...r, at: r.at + at });
			}
			at += s.end - s.start + 1;
			return { start, end };
		});
		const mapped: Quote = {
			...q,
			start: segments[0]?.start ?? map.toSource(q.start),
			end: segments[segments.length - 1]?.end ?? map.toSourceEnd(q.end),
			segments,
			speaker: span(q.speaker),
			cue: span(q.cue),
			venue: span(q.venue),
		};
		if (!plain) {
			mapped.runs = runs;
		}
		return mapped;
	});
}

/**
 * `text` written so the file's format shows it as it is: HTML's `&`, `<` and `>` as entities,
 * Markdown's marks escaped with a backslash; plain text unchanged. For quick fixes that put
 * another source's words into the file.
 */
export function escapeText(format: ArticleFormat, text: string): string {
	if (format === 'html') {
		return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	}
	if (format === 'markdown') {
		return text.replace(/[\\`*_[\]<>]/g, '\\$&');
	}
	return text;
}
