/**
 * `.misquote.json`, at the root of a folder of articles, is what a team commits alongside the
 * articles: differences it has looked at and chosen to ignore, and the files it treats as
 * primary sources. The editor writes it through quick fixes; the command line reads its primary
 * sources, and leaves its ignored differences out of `--fail-on`.
 *
 * ```json
 * { "version": 1,
 *   "primarySources": ["statements/amazon-press-release.txt",
 *                      { "path": "statements/*.txt", "speaker": "TikTok" }],
 *   "ignore": [{ "path": "nikkei.txt", "text": "We're proud that hundreds …", "kind": "wording" }] }
 * ```
 */
import { memberText, type DifferenceKind, type GroupMember } from './engine';
import { compileGlobs, type GlobError } from './glob';

export const PROJECT_CONFIG_FILE = '.misquote.json';

/** One ignored difference: this article's version of a quotation, of this kind. */
export interface IgnoredDifference {
	/** The article, relative to the folder, with `/` separators. */
	path: string;
	/** The words the article quotes of the statement (the quotation, or the part of it that is this statement). */
	text: string;
	kind: DifferenceKind;
}

/**
 * A primary source named with what the file does not say itself: whose words it holds
 * (`speaker`), how messages name it (`description`, "tweets of 17 Nov"), and who a
 * transcript's labels are (`speakers`: `{"THE PRESIDENT": "Donald Trump"}`). `path` is a path
 * or a glob, relative to the folder.
 */
export interface PrimarySourceSpec {
	path: string;
	speaker?: string;
	description?: string;
	speakers?: Record<string, string>;
}

/** A primary source as listed: a path or glob, or one with its speaker. */
export type PrimarySourceEntry = string | PrimarySourceSpec;

export interface ProjectConfig {
	version: 1;
	primarySources: PrimarySourceEntry[];
	ignore: IgnoredDifference[];
}

export function emptyProjectConfig(): ProjectConfig {
	return { version: 1, primarySources: [], ignore: [] };
}

/**
 * Reads `.misquote.json` text. Returns the config, or an error message for text that is not
 * such a file; unknown fields are kept out, malformed entries are dropped.
 */
export function parseProjectConfig(text: string): { config: ProjectConfig; error?: string } {
	let raw: unknown;
	try {
		// A byte-order mark, as some editors save, is no part of the JSON.
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		return { config: emptyProjectConfig(), error: `${PROJECT_CONFIG_FILE} is not valid JSON: ${(error as Error).message}` };
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		return { config: emptyProjectConfig(), error: `${PROJECT_CONFIG_FILE} must hold a JSON object` };
	}
	const obj = raw as Record<string, unknown>;
	const primarySources = Array.isArray(obj.primarySources) ? obj.primarySources.flatMap(primaryEntry) : [];
	const ignore = Array.isArray(obj.ignore)
		? obj.ignore.filter(
				(e): e is IgnoredDifference =>
					!!e && typeof e === 'object' && typeof e.path === 'string' && typeof e.text === 'string' && typeof e.kind === 'string',
			)
		: [];
	return { config: { version: 1, primarySources, ignore } };
}

/** A `primarySources` entry as written, or nothing when it is neither a path nor an object with one. */
function primaryEntry(raw: unknown): PrimarySourceEntry[] {
	if (typeof raw === 'string') {
		return [raw];
	}
	if (!raw || typeof raw !== 'object' || typeof (raw as { path?: unknown }).path !== 'string') {
		return [];
	}
	const { path, speaker, description, speakers } = raw as Record<string, unknown>;
	const spec: PrimarySourceSpec = { path: path as string };
	if (typeof speaker === 'string' && speaker.trim()) {
		spec.speaker = speaker.trim();
	}
	if (typeof description === 'string' && description.trim()) {
		spec.description = description.trim();
	}
	if (speakers && typeof speakers === 'object' && !Array.isArray(speakers)) {
		const names = Object.entries(speakers).filter((e): e is [string, string] => typeof e[1] === 'string');
		if (names.length) {
			spec.speakers = Object.fromEntries(names);
		}
	}
	return [spec];
}

/** The path or glob of an entry. */
export function entryPath(entry: PrimarySourceEntry): string {
	return typeof entry === 'string' ? entry : entry.path;
}

/** The file's text for `config`, formatted for review in version control. */
export function formatProjectConfig(config: ProjectConfig): string {
	return JSON.stringify(config, null, '\t') + '\n';
}

/** Whether the member's difference (in the article at `relativePath`) is ignored. */
export function isIgnored(config: ProjectConfig, relativePath: string, member: GroupMember): boolean {
	if (!config.ignore.length) {
		return false;
	}
	const text = memberText(member).text;
	return config.ignore.some((e) => e.path === relativePath && e.kind === member.kind && sameWords(e.text, text));
}

/** A config that also ignores this difference. */
export function withIgnored(config: ProjectConfig, entry: IgnoredDifference): ProjectConfig {
	if (config.ignore.some((e) => e.path === entry.path && e.kind === entry.kind && sameWords(e.text, entry.text))) {
		return config;
	}
	return { ...config, ignore: [...config.ignore, entry] };
}

/** A config that also lists `relativePath` as a primary source. */
export function withPrimary(config: ProjectConfig, relativePath: string): ProjectConfig {
	return config.primarySources.some((e) => entryPath(e) === relativePath) ? config : { ...config, primarySources: [...config.primarySources, relativePath] };
}

function sameWords(a: string, b: string): boolean {
	const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return norm(a) === norm(b);
}

/**
 * Whether a folder-relative path is a primary source: listed in the config, or matched by one
 * of its globs or of `moreGlobs` (the editor's `misquote.primarySources`). A glob that cannot
 * be read is passed to `onError` and left out (a path listed as it is still counts).
 */
export function primarySourceTest(config: ProjectConfig, moreGlobs: readonly string[] = [], onError: (error: GlobError) => void = () => {}): (relativePath: string) => boolean {
	const paths = config.primarySources.map(entryPath);
	const listed = new Set(paths);
	const matches = compileGlobs([...moreGlobs, ...paths], onError);
	// Captions are a speech's words by nature: always a primary source.
	return (relativePath) => CAPTIONS.test(relativePath) || listed.has(relativePath) || matches(relativePath);
}

/** Caption files: read only as primary sources. */
export const CAPTIONS = /\.(?:vtt|srt)$/i;

/**
 * What the config says of a primary source beyond its being one: the first object entry whose
 * path is this file or a glob that matches it. Empty when only a string names it.
 */
export function primarySourceSpec(config: ProjectConfig, relativePath: string): Omit<PrimarySourceSpec, 'path'> {
	for (const entry of config.primarySources) {
		if (typeof entry === 'string') {
			continue;
		}
		if (entry.path === relativePath || compileGlobs([entry.path], () => {})(relativePath)) {
			const { path: _path, ...rest } = entry;
			return rest;
		}
	}
	return {};
}
