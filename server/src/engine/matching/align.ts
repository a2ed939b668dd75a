/**
 * Word alignment: the longest run two quotes share, and a word-level diff. Both work on the
 * normalised words, so case, punctuation and typography never count as differences here.
 */

/** Length and positions of the longest run of equal words in `a` and `b`. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): { length: number; aStart: number; bStart: number } {
	let best = { length: 0, aStart: 0, bStart: 0 };
	let prev = new Uint16Array(b.length + 1);
	let curr = new Uint16Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			curr[j] = a[i - 1] === b[j - 1] ? Math.min(prev[j - 1] + 1, 65535) : 0;
			if (curr[j] > best.length) {
				best = { length: curr[j], aStart: i - curr[j], bStart: j - curr[j] };
			}
		}
		[prev, curr] = [curr, prev];
		curr.fill(0);
	}
	return best;
}

/** One step of a diff: equal words, words only in `a`, or words only in `b` (index ranges). */
export interface DiffOp {
	op: 'equal' | 'removed' | 'added';
	aStart: number;
	aEnd: number;
	bStart: number;
	bEnd: number;
}

const MAX_DIFF_WORDS = 1500;

/**
 * A shortest diff from `a` to `b` by longest common subsequence, as runs. Very long inputs
 * (over 1,500 words) are compared as one replaced block rather than tabled in full.
 */
export function diffWords(a: readonly string[], b: readonly string[]): DiffOp[] {
	if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) {
		return [{ op: 'removed', aStart: 0, aEnd: a.length, bStart: 0, bEnd: 0 }, { op: 'added', aStart: a.length, aEnd: a.length, bStart: 0, bEnd: b.length }];
	}
	const n = a.length;
	const m = b.length;
	// lcs[i][j]: LCS length of a[i..] and b[j..], in one flat table.
	const lcs = new Uint16Array((n + 1) * (m + 1));
	const at = (i: number, j: number) => i * (m + 1) + j;
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lcs[at(i, j)] = a[i] === b[j] ? lcs[at(i + 1, j + 1)] + 1 : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
		}
	}
	const ops: DiffOp[] = [];
	const push = (op: DiffOp['op'], i: number, j: number) => {
		const last = ops[ops.length - 1];
		if (last && last.op === op) {
			last.aEnd = op === 'added' ? last.aEnd : i + 1;
			last.bEnd = op === 'removed' ? last.bEnd : j + 1;
		} else {
			ops.push({ op, aStart: i, aEnd: op === 'added' ? i : i + 1, bStart: j, bEnd: op === 'removed' ? j : j + 1 });
		}
	};
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && a[i] === b[j]) {
			push('equal', i++, j++);
		} else if (j < m && (i === n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
			push('added', i, j++);
		} else {
			push('removed', i++, j);
		}
	}
	return ops;
}
