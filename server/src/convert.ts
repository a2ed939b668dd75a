/** Offsets (UTF-16 code units, as JS strings index) to zero-based line/character positions. */
export interface Position {
	line: number;
	character: number;
}

/**
 * Indexes the line starts of `text` once, then turns offsets into positions in O(log lines).
 * Lines end at `\n`; a `\r` before it belongs to the line, as in LSP.
 */
export function createLineIndex(text: string): (offset: number) => Position {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
		starts.push(i + 1);
	}
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
