/**
 * Quick fixes on a quotation that differs: take another source's version, ignore the
 * difference (in `.misquote.json`, which the team can commit), or mark an article as a
 * primary source.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { memberText, type GroupMember, type QuoteGroup } from '../engine';
import { escapeText } from '../formats';
import { CodeActionKind, type CodeAction, type Range, type TextDocumentEdit, type WorkspaceEdit, type CreateFile } from 'vscode-languageserver';
import { createLineIndex, type Position } from '../convert';
import { describeIoError, readFolderFile } from '../files';
import { formatProjectConfig, PROJECT_CONFIG_FILE, withIgnored, withPrimary, type ProjectConfig } from '../projectConfig';
import { relativePath, type Article, type Folder, type Workspace } from '../workspace';
import { ignored } from './diagnostics';
import { kindLabel, shorten } from './describe';
import { primaryCodeActions } from './primary';
import { memberRange } from './ranges';

/** Most other versions offered as replacements for one quotation. */
const MAX_REPLACEMENTS = 4;

/** The quick fixes for the quotations that overlap `[start, end)`. */
export async function codeActionsAt(workspace: Workspace, article: Article, start: number, end: number): Promise<CodeAction[]> {
	const actions: CodeAction[] = [];
	for (const quote of article.quotes) {
		if (quote.end + 1 < start || quote.start - 1 > end) {
			continue;
		}
		actions.push(...primaryCodeActions(workspace, article, quote));
		const groups = workspace.groupsOfQuote(article, quote);
		for (const group of groups) {
			const member = group.members.find((m) => m.quote === quote && m.document === article.path);
			if (member && !member.headline) {
				actions.push(...(await memberActions(workspace, article, group, member, groups.length > 1)));
			}
		}
	}
	return actions;
}

/** The quick fixes of one version of one statement; `named` adds the statement's first words to the titles. */
async function memberActions(workspace: Workspace, article: Article, group: QuoteGroup, member: GroupMember, named: boolean): Promise<CodeAction[]> {
	const actions: CodeAction[] = [];
	const quote = member.quote;
	const which = named ? ` for “${shorten(group.text, 30)}”` : '';
	const own = memberText(member).text;
	// Only a whole version can be swapped for another whole version: replacing one part of an
	// interrupted quote would repeat or drop the rest of the statement.
	if (member.kind !== 'identical' && quote.segments.length === 1 && member.parts === 1) {
		const offered = new Set<string>([own]);
		const others = [group.canonical, ...group.members.filter((m) => m !== group.canonical)].filter(
			(m) => m.document !== article.path && !m.headline && m.quote.segments.length === 1 && m.parts === 1 && !(m.quote.partial && m.kind === 'truncation'),
		);
		for (const other of others) {
			const words = memberText(other).text;
			if (offered.has(words) || offered.size > MAX_REPLACEMENTS) {
				continue;
			}
			offered.add(words);
			const otherArticle = workspace.articleAtPath(other.document);
			const primary = otherArticle?.folder.isPrimarySource(relativePath(otherArticle.folder, other.document));
			const label = other === group.canonical ? (primary ? ' (primary source)' : ' (canonical)') : '';
			actions.push({
				title: `Replace with the version in ${workspace.displayPath(other.document)}${label}${which}`,
				kind: CodeActionKind.QuickFix,
				isPreferred: other === group.canonical,
				edit: { changes: { [article.uri]: [{ range: memberRange(article, member), newText: escapeText(article.format, words) }] } },
			});
		}
	}
	const folder = article.folder;
	if (!folder.path) {
		return actions;
	}
	const rel = relativePath(folder, article.path);
	const wantsIgnore = member.kind !== 'identical' && !ignored(workspace, member);
	const wantsPrimary = !folder.isPrimarySource(rel) && group.canonical !== member;
	if (!wantsIgnore && !wantsPrimary) {
		return actions;
	}
	const current = await configText(folder);
	if ('refused' in current) {
		workspace.log(`No quick fix writes ${join(folder.path, PROJECT_CONFIG_FILE)}: it is ${current.refused}.`);
		return actions;
	}
	if (wantsIgnore) {
		const entry = { path: rel, text: own, kind: member.kind };
		actions.push({
			title: `Ignore this difference (${kindLabel(member.kind).toLowerCase()})${which} in ${PROJECT_CONFIG_FILE}`,
			kind: CodeActionKind.QuickFix,
			edit: configEdit(folder, withIgnored(folder.config, entry), current.text),
		});
	}
	if (wantsPrimary) {
		actions.push({
			title: `Mark ${rel} as a primary source in ${PROJECT_CONFIG_FILE}`,
			kind: CodeActionKind.QuickFix,
			edit: configEdit(folder, withPrimary(folder.config, rel), current.text),
		});
	}
	return actions;
}

/**
 * The folder's `.misquote.json` as a quick fix may rewrite it: its text (undefined when there is
 * none yet), or why it must not be written. A symbolic link (which could point anywhere, even
 * outside the folder), a folder, a FIFO or any other file that is not a regular one is refused.
 */
async function configText(folder: Folder): Promise<{ text: string | undefined } | { refused: string }> {
	const file = join(folder.path, PROJECT_CONFIG_FILE);
	try {
		const info = await lstat(file);
		if (info.isSymbolicLink()) {
			return { refused: 'a symbolic link, and a quick fix writes only inside the workspace folder' };
		}
		if (!info.isFile()) {
			return { refused: 'not a regular file' };
		}
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return { text: undefined };
		}
		return { refused: `unreadable (${describeIoError(error)})` };
	}
	const read = await readFolderFile(folder.path, PROJECT_CONFIG_FILE);
	return 'text' in read ? { text: read.text } : 'missing' in read ? { text: undefined } : { refused: read.error };
}

/** An edit that writes `config` to the folder's `.misquote.json` (now `current`), creating it if need be. */
function configEdit(folder: Folder, config: ProjectConfig, current: string | undefined): WorkspaceEdit {
	const uri = pathToFileURL(join(folder.path, PROJECT_CONFIG_FILE)).href;
	const text = formatProjectConfig(config);
	const whole: Range = { start: { line: 0, character: 0 }, end: endOf(current ?? '') };
	const edit: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: whole, newText: text }] };
	const create: CreateFile = { kind: 'create', uri, options: { ignoreIfExists: true } };
	return { documentChanges: current === undefined ? [create, edit] : [edit] };
}

function endOf(text: string): Position {
	return createLineIndex(text)(text.length);
}

