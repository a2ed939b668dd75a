/**
 * Reading article files from disk: which files count as articles, walking folders, and
 * decoding text safely. Shared by the command line and the language server.
 */
import { constants, type Dirent, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { compileGlobs, type GlobError } from './glob';

/** File names that are articles unless the user says otherwise. */
export const DEFAULT_INCLUDE = '**/*.{txt,md,markdown,html,htm,article,vtt,srt}';
/** Folders never searched: dependencies, version control, build output. */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**'];

/** The text of an article, or why it is none (`unreadable`: the file could not be read at all). */
export type ArticleText = { ok: true; text: string } | { ok: false; reason: string; unreadable?: true };

/** Files larger than this are not read: no news article is, and the checks would stall. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Byte-order marks of the encodings that are not UTF-8, longest first. */
const OTHER_ENCODINGS: Array<[bytes: number[], name: string]> = [
	[[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
	[[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
	[[0xff, 0xfe], 'UTF-16 (little-endian)'],
	[[0xfe, 0xff], 'UTF-16 (big-endian)'],
];

/**
 * Decodes a file's bytes as UTF-8 text, without its byte-order mark. Refuses text in another
 * encoding (named from its byte-order mark), binary data (a NUL byte anywhere) and bytes that
 * are not valid UTF-8, saying which.
 */
export function decodeArticle(bytes: Uint8Array): ArticleText {
	for (const [mark, name] of OTHER_ENCODINGS) {
		if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) {
			return { ok: false, reason: `${name} text, not UTF-8 (save it as UTF-8 to check it)` };
		}
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		return { ok: false, reason: `binary file (a NUL byte at byte ${nul})` };
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return { ok: false, reason: 'not valid UTF-8 text' };
	}
	return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A size in MB as people say it: `51 MB`, `0.4 MB`. */
function megabytes(bytes: number): string {
	const mb = bytes / 1024 / 1024;
	return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/**
 * Reads a regular file's bytes, at most `maxBytes`: a FIFO, socket, device or folder is never
 * opened for reading (it could block forever or never end), a symbolic link is followed to the
 * file it names (a loop or a missing target is a reason), and a file that grows past the limit
 * while it is read is cut off there. Returns the bytes, or why there are none.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string; unreadable?: true }> {
	let handle: FileHandle | undefined;
	try {
		const link = await lstat(path);
		const info = link.isSymbolicLink() ? await stat(path) : link;
		if (!info.isFile()) {
			return { ok: false, reason: `not a regular file (${kindOf(info)})` };
		}
		if (info.size > maxBytes) {
			return { ok: false, reason: tooLarge(info.size, maxBytes) };
		}
		// O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it does not wait.
		handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const opened = await handle.stat();
		if (!opened.isFile()) {
			return { ok: false, reason: `not a regular file (${kindOf(opened)})` };
		}
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
			const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) {
				break;
			}
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) {
				return { ok: false, reason: tooLarge(total, maxBytes, true) };
			}
		}
		return { ok: true, bytes: Buffer.concat(chunks, total) };
	} catch (error) {
		return { ok: false, reason: describeIoError(error), unreadable: true };
	} finally {
		await handle?.close().catch(() => undefined);
	}
}

function tooLarge(size: number, maxBytes: number, atLeast = false): string {
	return `${atLeast ? 'more than ' : ''}${megabytes(size)}, larger than the ${megabytes(maxBytes)} limit`;
}

/** What a file that is not a regular file is, for a message. */
function kindOf(info: Stats): string {
	return info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a file';
}

/**
 * Reads and decodes one article file; anything but a regular file of at most 50 MB of UTF-8
 * text becomes a reason, never an exception or a wait.
 */
export async function readArticle(path: string): Promise<ArticleText> {
	const read = await readRegularFile(path, MAX_ARTICLE_BYTES);
	if (!read.ok) {
		return read;
	}
	const article = decodeArticle(read.bytes);
	return article;
}

/** A `.misquote.json` is a few lines; one this large is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads the text of a folder's settings file (`.misquote.json`): `missing` when there is none,
 * else its text, or why it cannot be read. Only a regular file of at most 1 MB inside the
 * folder is read: a FIFO never blocks, and a symbolic link to a file outside the folder is
 * refused.
 */
export async function readFolderFile(root: string, name: string): Promise<{ text: string } | { missing: true } | { error: string }> {
	const path = join(root, name);
	try {
		if ((await lstat(path)).isSymbolicLink() && !isInside(await realpath(root), await realpath(path))) {
			return { error: 'a symbolic link to a file outside the folder, not read' };
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === 'ENOENT' ? { missing: true } : { error: describeLinkError(error) };
	}
	const read = await readRegularFile(path, MAX_CONFIG_BYTES);
	if (!read.ok) {
		return { error: read.reason };
	}
	const decoded = decodeArticle(read.bytes);
	return decoded.ok ? { text: decoded.text } : { error: decoded.reason };
}

/** Whether `path` is `root` or inside it (both real paths). */
export function isInside(root: string, path: string): boolean {
	const rel = relative(root, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
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
 * sorted, in one walk. Symbolic links are followed, to files and to folders; a folder reached
 * twice (through a link, or a link back up) is walked once. What cannot be read is reported
 * through `onError` and skipped, never left out without a word: unreadable folders, and, among
 * the names the filter includes, FIFOs, sockets and devices, links to nothing, link loops and
 * names that are not UTF-8.
 */
export async function findArticleFiles(root: string, { included, excluded }: ArticleFilter, onError: (path: string, reason: string) => void): Promise<string[]> {
	const found: string[] = [];
	const walked = new Set<string>();
	const walk = async (dir: string): Promise<void> => {
		let entries: Dirent<Buffer>[];
		try {
			const real = await realpath(dir);
			if (walked.has(real)) {
				return;
			}
			walked.add(real);
			entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
		} catch (error) {
			onError(dir, describeIoError(error));
			return;
		}
		entries.sort((a, b) => Buffer.compare(a.name, b.name));
		for (const entry of entries) {
			let name: string;
			try {
				name = utf8.decode(entry.name);
			} catch {
				const shown = join(dir, new TextDecoder().decode(entry.name));
				if (included(relative(root, shown).split(sep).join('/'))) {
					onError(shown, 'the file name is not valid UTF-8 (rename the file to check it)');
				}
				continue;
			}
			const full = join(dir, name);
			const rel = relative(root, full).split(sep).join('/');
			if (excluded(rel) || excluded(rel + '/')) {
				continue;
			}
			let kind: string;
			if (entry.isSymbolicLink()) {
				try {
					const target = await stat(full);
					kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : kindOf(target);
				} catch (error) {
					// A link with no extension may have named a folder of articles.
					if (included(rel) || !/\.[^/]*$/.test(name)) {
						onError(full, describeLinkError(error));
					}
					continue;
				}
			} else {
				kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : entry.isFIFO() ? 'a FIFO' : entry.isSocket() ? 'a socket' : 'a device';
			}
			if (kind === 'folder') {
				await walk(full);
			} else if (included(rel)) {
				if (kind === 'file') {
					found.push(full);
				} else {
					onError(full, `not a regular file (${kind})`);
				}
			}
		}
	};
	await walk(root);
	return found.sort();
}

function describeLinkError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	return code === 'ELOOP' ? 'a symbolic link loop' : code === 'ENOENT' ? 'a symbolic link to nothing (its target is missing)' : describeIoError(error);
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
		case 'ELOOP':
			return 'a symbolic link loop';
		case 'ENAMETOOLONG':
			return 'the name is too long';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
