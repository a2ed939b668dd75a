/**
 * References, code lenses and symbols: finding the other versions of a statement.
 */
import { CodeLens, SymbolKind, type DocumentSymbol, type Location, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Quote } from '../engine';
import { COMPARE_COMMAND } from '../protocol';
import type { Article, Workspace } from '../workspace';
import { ignored } from './diagnostics';
import { shorten } from './describe';
import { primaryDefinition } from './primary';
import { memberRange, quoteRange } from './ranges';

/** Every version of the statement at `offset`, in every source (the one there included). */
export function referencesAt(workspace: Workspace, article: Article, offset: number): Location[] {
	const quote = workspace.quoteAt(article, offset);
	if (!quote) {
		return [];
	}
	const groups = workspace.groupsAt(article, quote, offset);
	if (!groups.length) {
		return [{ uri: article.uri, range: quoteRange(article, quote) }];
	}
	const seen = new Set<string>();
	return groups.flatMap((g) =>
		g.members.flatMap((m) => {
			const other = workspace.articleAtPath(m.document);
			const key = `${m.document}@${m.start}`;
			if (!other || seen.has(key)) {
				return [];
			}
			seen.add(key);
			return [{ uri: other.uri, range: memberRange(other, m) }];
		}),
	);
}

/**
 * Go to Definition on a quotation: the passage of the primary source it was found in, when it
 * was; else the canonical version of its statement (a primary source's quotation, else the most
 * complete), one per statement the quote is a version of. Empty when the quote stands alone.
 */
export function definitionAt(workspace: Workspace, article: Article, offset: number): Location[] {
	const quote = workspace.quoteAt(article, offset);
	if (!quote) {
		return [];
	}
	const primary = primaryDefinition(workspace, article, quote);
	if (primary.length) {
		return primary;
	}
	return workspace.groupsAt(article, quote, offset).flatMap((g) => {
		const source = workspace.articleAtPath(g.canonical.document);
		return source ? [{ uri: source.uri, range: memberRange(source, g.canonical) }] : [];
	});
}

/**
 * A lens above each version of a statement found in other sources: "Quoted in 4 sources · 2
 * differ". A quote that is a version of two statements gets a lens for each.
 */
export function codeLensesOf(workspace: Workspace, article: Article): CodeLens[] {
	const lenses: CodeLens[] = [];
	const shown = new Set<string>();
	for (const group of workspace.groupsOf(article)) {
		if (group.documents < 2) {
			continue;
		}
		let differ: number | undefined;
		for (const member of group.members) {
			if (member.document !== article.path || member.headline) {
				continue;
			}
			const range = memberRange(article, member);
			// One lens per statement and line: the two parts of an interrupted quote share one.
			const key = `${group.id}@${range.start.line}`;
			if (shown.has(key)) {
				continue;
			}
			shown.add(key);
			// Once per group: an article can quote one statement thousands of times.
			differ ??= new Set(group.members.filter((m) => !m.headline && m.kind !== 'identical' && !ignored(workspace, m)).map((m) => m.document)).size;
			const title = `Quoted in ${group.documents} sources · ${differ ? `${differ} differ` : 'all the same'}`;
			const lens = CodeLens.create({ start: range.start, end: range.start });
			lens.command = { title, command: COMPARE_COMMAND, arguments: [article.uri, range.start] };
			lenses.push(lens);
		}
	}
	return lenses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
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
