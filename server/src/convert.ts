/** Offsets (UTF-16 code units, as JS strings index) to zero-based line/character positions. */
export interface Position {
	line: number;
	character: number;
}

/** Offsets where lines start: after `\n`, `\r\n` or a lone `\r`, the line ends LSP knows. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (const m of text.matchAll(/\r\n?|\n/g)) {
		starts.push(m.index + m[0].length);
	}
	return starts;
}

/**
 * Indexes the line starts of `text` once, then turns offsets into positions in O(log lines).
 */
export function createLineIndex(text: string): (offset: number) => Position {
	return lineIndexOf(lineStarts(text));
}

/** Turns offsets into positions from a text's line starts (as `lineStarts` gives them). */
export function lineIndexOf(starts: readonly number[]): (offset: number) => Position {
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return { line: lo, character: offset - starts[lo] };
	};
}
