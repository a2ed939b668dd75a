/**
 * The workspace's report, as the command line would give it for the same articles.
 */
import { numberGroups, renderMarkdown, toReportDocument, toReportGroups, toReportPrimary, type Report } from '../report';
import type { Workspace } from '../workspace';

/** The report of every article in the workspace, as JSON (version 1) or Markdown. */
export function workspaceReport(workspace: Workspace, format: 'json' | 'markdown'): string {
	const articles = workspace.allArticles().sort((a, b) => (a.path < b.path ? -1 : 1));
	const groups = workspace.allGroups();
	const pathOf = (document: string) => workspace.displayPath(document);
	if (format === 'markdown') {
		return renderMarkdown(groups, pathOf, articles.reduce((n, a) => n + a.quotes.length, 0), articles.length);
	}
	const numbered = numberGroups(groups);
	// Each quotation's primary source, as the command line gives it.
	const primaryOf = (key: string, quoteId: string) => {
		const article = workspace.articleAtPath(key);
		const result = article && workspace.primaryChecks(article).get(quoteId);
		return result && toReportPrimary(result, pathOf, (source, offset) => workspace.articleAtPath(source)?.positionAt(offset));
	};
	const report: Report = {
		version: 1,
		documents: articles.map((a) => toReportDocument({ key: a.path, path: pathOf(a.path), format: a.format, meta: a.meta }, a.text, a.quotes, numbered, primaryOf)),
		groups: toReportGroups(groups, (document) => ({ path: pathOf(document) })),
	};
	return JSON.stringify(report, null, 2);
}
