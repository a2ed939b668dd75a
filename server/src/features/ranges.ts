import type { Range } from 'vscode-languageserver';
import type { GroupMember, Quote } from '../engine';
import type { Article } from '../workspace';

/** The LSP range of a quotation's words (without its marks). */
export function quoteRange(article: Article, quote: Quote): Range {
	return { start: article.positionAt(quote.start), end: article.positionAt(quote.end) };
}

/** The LSP range of the words a member quotes of its statement (its region). */
export function memberRange(article: Article, member: GroupMember): Range {
	return { start: article.positionAt(member.start), end: article.positionAt(member.end) };
}
