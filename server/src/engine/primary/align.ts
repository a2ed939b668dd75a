/**
 * Local alignment of a quotation's words with a stretch of a primary source (Smith–Waterman
 * with affine gaps, Gotoh's three tables). Reporters cut words out of what was said far more
 * often than they add any, so a gap in the quotation (words of the source left out) costs little
 * per word, and a gap in the source (words the quotation adds) costs more. Content words count
 * more than function words, so a run of "of the" and "in a" never makes an alignment.
 */
import { STOPWORDS } from '../matching/words';

/** A quotation's word paired with a source word (equal or replaced). */
export interface AlignedPair {
	q: number;
	p: number;
	equal: boolean;
}

const MATCH_CONTENT = 3;
const MATCH_STOP = 1;
const MISMATCH = -2;
const OPEN = -3;
/** Per source word the quotation leaves out. */
const EXTEND_CUT = -0.3;
/** Per word the quotation has and the source has not. */
const EXTEND_ADDED = -1;

/** The best local alignment of `q` with `p`, as its matched and replaced pairs in order; empty when nothing scores. */
export function alignLocal(q: readonly string[], p: readonly string[]): AlignedPair[] {
	const n = q.length;
	const m = p.length;
	if (!n || !m) {
		return [];
	}
	const width = m + 1;
	const H = new Float64Array((n + 1) * width);
	// E: a gap in the quotation (source words skipped); F: a gap in the source (quotation words added).
	const E = new Float64Array((n + 1) * width).fill(-Infinity);
	const F = new Float64Array((n + 1) * width).fill(-Infinity);
	// Where each cell's best came from: 0 stop, 1 diagonal, 2 from E, 3 from F.
	const from = new Uint8Array((n + 1) * width);
	const eOpen = new Uint8Array((n + 1) * width);
	const fOpen = new Uint8Array((n + 1) * width);
	let best = 0;
	let bestAt = -1;
	for (let i = 1; i <= n; i++) {
		const qi = q[i - 1];
		const weight = STOPWORDS.has(qi) ? MATCH_STOP : MATCH_CONTENT;
		for (let j = 1; j <= m; j++) {
			const k = i * width + j;
			const eo = H[k - 1] + OPEN + EXTEND_CUT;
			const ee = E[k - 1] + EXTEND_CUT;
			E[k] = eo >= ee ? eo : ee;
			eOpen[k] = eo >= ee ? 1 : 0;
			const fo = H[k - width] + OPEN + EXTEND_ADDED;
			const fe = F[k - width] + EXTEND_ADDED;
			F[k] = fo >= fe ? fo : fe;
			fOpen[k] = fo >= fe ? 1 : 0;
			const diag = H[k - width - 1] + (qi === p[j - 1] ? weight : MISMATCH);
			let h = 0;
			let dir = 0;
			if (diag > h) {
				h = diag;
				dir = 1;
			}
			if (E[k] > h) {
				h = E[k];
				dir = 2;
			}
			if (F[k] > h) {
				h = F[k];
				dir = 3;
			}
			H[k] = h;
			from[k] = dir;
			if (h > best) {
				best = h;
				bestAt = k;
			}
		}
	}
	if (bestAt < 0) {
		return [];
	}
	const pairs: AlignedPair[] = [];
	let i = Math.floor(bestAt / width);
	let j = bestAt % width;
	let table: 'H' | 'E' | 'F' = 'H';
	while (i > 0 && j > 0) {
		const k = i * width + j;
		if (table === 'H') {
			const dir = from[k];
			if (dir === 0) {
				break;
			}
			if (dir === 1) {
				pairs.push({ q: i - 1, p: j - 1, equal: q[i - 1] === p[j - 1] });
				i--;
				j--;
			} else {
				table = dir === 2 ? 'E' : 'F';
			}
		} else if (table === 'E') {
			table = eOpen[k] ? 'H' : 'E';
			j--;
		} else {
			table = fOpen[k] ? 'H' : 'F';
			i--;
		}
	}
	pairs.reverse();
	// An alignment never starts or ends on a replaced word.
	while (pairs.length && !pairs[0].equal) {
		pairs.shift();
	}
	while (pairs.length && !pairs[pairs.length - 1].equal) {
		pairs.pop();
	}
	return pairs;
}
