import type { Range } from 'vscode-languageserver';
import type { Quote } from '../engine';
import type { Article } from '../workspace';

/** The LSP range of a quotation's words (without its marks). */
export function quoteRange(article: Article, quote: Quote): Range {
	return { start: article.positionAt(quote.start), end: article.positionAt(quote.end) };
}
