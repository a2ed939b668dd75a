/**
 * Reading article files from disk: which files count as articles, walking folders, and
 * decoding text safely. Shared by the command line and the language server.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compileGlobs, type GlobError } from './glob';

/** File names that are articles unless the user says otherwise. */
export const DEFAULT_INCLUDE = '**/*.{txt,md,markdown,html,htm,article}';
/** Folders never searched: dependencies, version control, build output. */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**'];

/** The text of an article, or why it is none (`unreadable`: the file could not be read at all). */
export type ArticleText = { ok: true; text: string } | { ok: false; reason: string; unreadable?: true };

/** Files larger than this are not read: no news article is, and the checks would stall. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as UTF-8 text, without its byte-order mark. Refuses binary data
 * (a NUL byte) and bytes that are not valid UTF-8, saying which.
 */
export function decodeArticle(bytes: Uint8Array): ArticleText {
	if (bytes.subarray(0, 8192).includes(0)) {
		return { ok: false, reason: 'binary file (contains NUL bytes)' };
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return { ok: false, reason: 'not valid UTF-8 text' };
	}
	return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * Reads and decodes one article file; a file too large to be an article and I/O errors become
 * a reason, never an exception.
 */
export async function readArticle(path: string): Promise<ArticleText> {
	try {
		const { size } = await stat(path);
		if (size > MAX_ARTICLE_BYTES) {
			return { ok: false, reason: `${(size / 1024 / 1024).toFixed(0)} MB is more than an article (${MAX_ARTICLE_BYTES / 1024 / 1024} MB at most)` };
		}
		return decodeArticle(await readFile(path));
	} catch (error) {
		return { ok: false, reason: describeIoError(error), unreadable: true };
	}
}

/** Which relative paths (with `/`) are articles, and which files and folders are never read. */
export interface ArticleFilter {
	included: (relativePath: string) => boolean;
	excluded: (relativePath: string) => boolean;
}

/**
 * The filter for `include` and `exclude` globs. A glob that cannot be read is passed to
 * `onError` and left out; without `onError` it throws a GlobError.
 */
export function articleFilter(include: readonly string[], exclude: readonly string[], onError?: (error: GlobError) => void): ArticleFilter {
	return { included: compileGlobs(include, onError), excluded: compileGlobs(exclude, onError) };
}

/**
 * Every file under `root` whose path relative to it the filter includes and does not exclude,
 * sorted, in one walk. Unreadable sub-folders are reported through `onError` and skipped.
 */
export async function findArticleFiles(root: string, { included, excluded }: ArticleFilter, onError: (path: string, reason: string) => void): Promise<string[]> {
	const found: string[] = [];
	const walk = async (dir: string): Promise<void> => {
		let entries;
		try {
			entries = await readdir(dir, { withFileTypes: true });
		} catch (error) {
			onError(dir, describeIoError(error));
			return;
		}
		for (const entry of entries) {
			const full = join(dir, entry.name);
			const rel = relative(root, full).split(sep).join('/');
			if (excluded(rel) || excluded(rel + '/')) {
				continue;
			}
			if (entry.isDirectory()) {
				await walk(full);
			} else if ((entry.isFile() || (entry.isSymbolicLink() && (await isFile(full)))) && included(rel)) {
				found.push(full);
			}
		}
	};
	await walk(root);
	return found.sort();
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** A short, user-facing reason for a failed file operation. */
export function describeIoError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a folder';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
