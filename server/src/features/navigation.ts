/**
 * References, code lenses and symbols: finding the other versions of a statement.
 */
import { CodeLens, SymbolKind, type DocumentSymbol, type Location, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Quote } from '../engine';
import { COMPARE_COMMAND } from '../protocol';
import type { Article, Workspace } from '../workspace';
import { ignored } from './diagnostics';
import { shorten } from './describe';
import { quoteRange } from './ranges';

/** The client command that opens Compare Sources for a quotation. */

/** Every version of the statement at `offset`, in every source (the one there included). */
export function referencesAt(workspace: Workspace, article: Article, offset: number): Location[] {
	const quote = workspace.quoteAt(article, offset);
	if (!quote) {
		return [];
	}
	const group = workspace.groupOf(article, quote);
	if (!group) {
		return [{ uri: article.uri, range: quoteRange(article, quote) }];
	}
	return group.members.flatMap((m) => {
		const other = workspace.articleAtPath(m.document);
		return other ? [{ uri: other.uri, range: quoteRange(other, m.quote) }] : [];
	});
}

/** A lens above each quotation found in other sources: "Quoted in 4 sources · 2 differ". */
export function codeLensesOf(workspace: Workspace, article: Article): CodeLens[] {
	const lenses: CodeLens[] = [];
	const shown = new Set<string>();
	for (const quote of article.quotes) {
		const group = workspace.groupOf(article, quote);
		if (!group || group.documents < 2) {
			continue;
		}
		const range = quoteRange(article, quote);
		// One lens per statement and line: the two parts of an interrupted quote share one.
		const key = `${group.id}@${range.start.line}`;
		if (shown.has(key)) {
			continue;
		}
		shown.add(key);
		const differ = new Set(group.members.filter((m) => m.kind !== 'identical' && !ignored(workspace, m)).map((m) => m.document)).size;
		const title = `Quoted in ${group.documents} sources · ${differ ? `${differ} differ` : 'all the same'}`;
		const lens = CodeLens.create({ start: range.start, end: range.start });
		lens.command = { title, command: COMPARE_COMMAND, arguments: [article.uri, range.start] };
		lenses.push(lens);
	}
	return lenses;
}

/** The Outline: the article's quotations by speaker. */
export function documentSymbolsOf(article: Article): DocumentSymbol[] {
	const bySpeaker = new Map<string, Quote[]>();
	for (const q of article.quotes) {
		const name = q.kind !== 'speech' ? (q.kind === 'term' ? 'Terms' : 'Titles') : (q.speaker?.name ?? 'Unknown speaker');
		bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), q]);
	}
	return [...bySpeaker].map(([name, quotes]) => {
		const children = quotes.map((q) => {
			const range = quoteRange(article, q);
			return { name: `“${shorten(q.text, 60)}”`, detail: q.cue?.text ?? '', kind: SymbolKind.String, range, selectionRange: range };
		});
		const range = { start: children[0].range.start, end: children[children.length - 1].range.end };
		return { name, kind: SymbolKind.Class, range, selectionRange: children[0].range, children };
	});
}

/** Speakers and statements whose name or words contain `query` (case-insensitive). */
export function workspaceSymbols(workspace: Workspace, query: string): WorkspaceSymbol[] {
	const needle = query.toLowerCase();
	const symbols: WorkspaceSymbol[] = [];
	const speakers = new Set<string>();
	for (const article of workspace.allArticles()) {
		for (const q of article.quotes) {
			if (q.kind !== 'speech') {
				continue;
			}
			const location = { uri: article.uri, range: quoteRange(article, q) };
			const speaker = q.speaker?.name;
			if (speaker && !speakers.has(speaker) && speaker.toLowerCase().includes(needle)) {
				speakers.add(speaker);
				symbols.push({ name: speaker, kind: q.speaker?.type === 'person' ? SymbolKind.Constructor : SymbolKind.Class, location });
			}
			if (q.text.toLowerCase().includes(needle)) {
				symbols.push({ name: `“${shorten(q.text, 80)}”`, kind: SymbolKind.String, containerName: speaker ?? undefined, location });
			}
		}
	}
	return symbols.slice(0, 500);
}
