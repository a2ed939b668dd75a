/**
 * Glob patterns for article paths (`**`, `*`, `?`, `{a,b}`, `[abc]`, `[!a-z]`), matched without
 * regular expressions: a pattern compiles to tokens that are matched by dynamic programming, in
 * time proportional to the pattern's length times the path's, whatever the pattern. (A glob
 * turned into a regular expression can backtrack for minutes on a 300-byte pattern.)
 *
 * Paths use `/`. A pattern without `/` matches the file name in any folder. Matching ignores
 * letter case.
 */

/** A pattern that cannot be read, with a message that says why. */
export class GlobError extends Error {
	constructor(
		readonly pattern: string,
		reason: string,
	) {
		super(`invalid glob "${pattern}": ${reason}`);
	}
}

type Token =
	| { t: 'char'; c: string }
	| { t: 'one' }
	| { t: 'star' }
	| { t: 'globstar' }
	/** `**` followed by `/`: nothing, or any path ending with `/`. */
	| { t: 'folders' }
	| { t: 'class'; negated: boolean; chars: string; ranges: Array<[string, string]> };

/** Brace expansion stops here: `{a,b}{c,d}…` can multiply without bound. */
const MAX_ALTERNATIVES = 256;
const MAX_PATTERN = 1000;

/**
 * Compiles one glob into a matcher of relative paths. Throws a GlobError for a pattern that
 * cannot be read (an unclosed `{` or `[`, a range such as `[z-a]`, too many alternatives).
 */
export function compileGlob(glob: string): (path: string) => boolean {
	if (glob.length > MAX_PATTERN) {
		throw new GlobError(glob.slice(0, 40) + '…', `longer than ${MAX_PATTERN} characters`);
	}
	const pattern = glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`;
	const alternatives = expandBraces(glob, pattern).map((alt) => tokenize(glob, alt));
	return (path) => {
		const lower = path.toLowerCase();
		return alternatives.some((tokens) => matches(tokens, lower));
	};
}

/**
 * Several globs compiled once: whether a path matches any of them. A pattern that cannot be read
 * is passed to `onError` and left out; without `onError` it throws a GlobError.
 */
export function compileGlobs(globs: readonly string[], onError?: (error: GlobError) => void): (path: string) => boolean {
	const matchers: Array<(path: string) => boolean> = [];
	for (const glob of globs) {
		try {
			matchers.push(compileGlob(glob));
		} catch (error) {
			if (!onError || !(error instanceof GlobError)) {
				throw error;
			}
			onError(error);
		}
	}
	return (path) => matchers.some((m) => m(path));
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`. */
function expandBraces(glob: string, pattern: string): string[] {
	const open = findBrace(pattern);
	if (open < 0) {
		if (/(?<!\\)\}/.test(pattern.replace(/\[[^\]]*\]/g, ''))) {
			throw new GlobError(glob, 'a "}" with no "{" before it');
		}
		return [pattern];
	}
	let depth = 0;
	const commas: number[] = [];
	let close = -1;
	for (let i = open; i < pattern.length; i++) {
		const ch = pattern[i];
		if (ch === '\\') {
			i++;
		} else if (ch === '[') {
			const end = pattern.indexOf(']', i + 2);
			i = end < 0 ? i : end;
		} else if (ch === '{') {
			depth++;
		} else if (ch === '}') {
			depth--;
			if (depth === 0) {
				close = i;
				break;
			}
		} else if (ch === ',' && depth === 1) {
			commas.push(i);
		}
	}
	if (close < 0) {
		throw new GlobError(glob, 'a "{" that is never closed');
	}
	const head = pattern.slice(0, open);
	const tail = pattern.slice(close + 1);
	const bounds = [open, ...commas, close];
	const out: string[] = [];
	for (let k = 0; k + 1 < bounds.length; k++) {
		const choice = pattern.slice(bounds[k] + 1, bounds[k + 1]);
		for (const expanded of expandBraces(glob, head + choice + tail)) {
			out.push(expanded);
			if (out.length > MAX_ALTERNATIVES) {
				throw new GlobError(glob, `more than ${MAX_ALTERNATIVES} alternatives in braces`);
			}
		}
	}
	return out;
}

function findBrace(pattern: string): number {
	for (let i = 0; i < pattern.length; i++) {
		if (pattern[i] === '\\') {
			i++;
		} else if (pattern[i] === '[') {
			const end = pattern.indexOf(']', i + 2);
			i = end < 0 ? i : end;
		} else if (pattern[i] === '{') {
			return i;
		}
	}
	return -1;
}

function tokenize(glob: string, pattern: string): Token[] {
	const tokens: Token[] = [];
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i];
		if (ch === '*') {
			let j = i;
			while (pattern[j + 1] === '*') {
				j++;
			}
			const double = j > i;
			const atSegmentStart = i === 0 || pattern[i - 1] === '/';
			if (double && atSegmentStart && pattern[j + 1] === '/') {
				// Runs of `**/` are one: `**/**/x` is `**/x`.
				if (tokens[tokens.length - 1]?.t !== 'folders') {
					tokens.push({ t: 'folders' });
				}
				i = j + 1;
			} else if (double && atSegmentStart && j + 1 === pattern.length) {
				tokens.push({ t: 'globstar' });
				i = j;
			} else {
				// `a**b` is `a*b`; consecutive stars are one.
				if (tokens[tokens.length - 1]?.t !== 'star') {
					tokens.push({ t: 'star' });
				}
				i = j;
			}
		} else if (ch === '?') {
			tokens.push({ t: 'one' });
		} else if (ch === '[') {
			const close = pattern.indexOf(']', i + 2);
			if (close < 0) {
				throw new GlobError(glob, 'a "[" that is never closed');
			}
			tokens.push(characterClass(glob, pattern.slice(i + 1, close)));
			i = close;
		} else if (ch === '\\' && i + 1 < pattern.length) {
			tokens.push({ t: 'char', c: pattern[++i].toLowerCase() });
		} else {
			tokens.push({ t: 'char', c: ch.toLowerCase() });
		}
	}
	return tokens;
}

function characterClass(glob: string, body: string): Token {
	const negated = body.startsWith('!') || body.startsWith('^');
	const inner = negated ? body.slice(1) : body;
	let chars = '';
	const ranges: Array<[string, string]> = [];
	for (let i = 0; i < inner.length; i++) {
		if (inner[i + 1] === '-' && i + 2 < inner.length) {
			const [from, to] = [inner[i].toLowerCase(), inner[i + 2].toLowerCase()];
			if (from > to) {
				throw new GlobError(glob, `the range "${inner[i]}-${inner[i + 2]}" runs backwards`);
			}
			ranges.push([from, to]);
			i += 2;
		} else {
			chars += inner[i].toLowerCase();
		}
	}
	return { t: 'class', negated, chars, ranges };
}

function inClass(token: Extract<Token, { t: 'class' }>, ch: string): boolean {
	const hit = token.chars.includes(ch) || token.ranges.some(([from, to]) => ch >= from && ch <= to);
	return hit !== token.negated;
}

/**
 * Whether `tokens` match all of `path`. `ok[i][j]`: tokens from i match the path from j, filled
 * from the end; `inside[j]`: a `folders` token at i, already past some characters, can still
 * reach a `/` at or after j from which tokens i+1… match.
 */
function matches(tokens: readonly Token[], path: string): boolean {
	const n = path.length;
	let next = new Uint8Array(n + 1);
	next[n] = 1;
	let current = new Uint8Array(n + 1);
	for (let i = tokens.length - 1; i >= 0; i--) {
		const token = tokens[i];
		current.fill(0);
		if (token.t === 'folders') {
			let inside = 0;
			for (let j = n; j >= 0; j--) {
				if (j < n) {
					inside = path[j] === '/' && next[j + 1] ? 1 : inside;
				}
				current[j] = next[j] || (j < n ? inside : 0);
			}
		} else {
			for (let j = n; j >= 0; j--) {
				const ch = path[j];
				switch (token.t) {
					case 'char':
						current[j] = j < n && ch === token.c ? next[j + 1] : 0;
						break;
					case 'one':
						current[j] = j < n && ch !== '/' ? next[j + 1] : 0;
						break;
					case 'class':
						current[j] = j < n && ch !== '/' && inClass(token, ch) ? next[j + 1] : 0;
						break;
					case 'star':
						current[j] = next[j] || (j < n && ch !== '/' ? current[j + 1] : 0);
						break;
					case 'globstar':
						current[j] = next[j] || (j < n ? current[j + 1] : 0);
						break;
				}
			}
		}
		[next, current] = [current, next];
	}
	return next[0] === 1;
}
