/**
 * Whether two sentences (or a sentence and a fragment of it) are versions of one statement.
 */
import { diffWords, longestCommonRun } from './align';
import { sameSpeaker, type PeopleRegistry } from './speakers';
import type { GroupSpeaker } from './types';
import { STOCK_PHRASES, STOPWORDS } from './words';

/** What linking looks at: the words, who said them, and whether they are a whole quotation. */
export interface Linkable {
	norms: readonly string[];
	speaker: GroupSpeaker | null;
	/** The sentence is all its quotation says (not one sentence of a longer quote). */
	whole: boolean;
}

/**
 * With L the shorter one's length in words and O the longest run of words they share
 * (MemeTracker, Leskovec et al. 2009): up to five words, all of them; six words, five; longer,
 * O/(L+3) > 0.5 or O > 10, or, for seven words or more, 80% of the shorter's words in the same
 * order (several words swapped). The shared words must hold three real words (two when all the
 * shorter's are kept, or, under one named speaker, all but one of them in at most three runs).
 * A stock phrase never links; a two-word fragment links only under one named speaker; a short
 * sentence out of a longer quotation ("We lost.") only under one named speaker, or when both are
 * whole quotations; versions given to different speakers link only when one holds all the
 * other's words.
 */
export function linked(a: Linkable, b: Linkable, people?: PeopleRegistry): boolean {
	const [short, long] = a.norms.length <= b.norms.length ? [a, b] : [b, a];
	const L = short.norms.length;
	if (L < 2 || STOCK_PHRASES.has(short.norms.join(' '))) {
		return false;
	}
	const run = longestCommonRun(short.norms, long.norms);
	const content = short.norms.slice(run.aStart, run.aStart + run.length).filter((w) => !STOPWORDS.has(w)).length;
	const bothNamed = a.speaker !== null && b.speaker !== null;
	const agree = bothNamed && sameSpeaker(a.speaker!, b.speaker!, people);
	const conflict = bothNamed && !agree;
	const shortOk = agree || (!conflict && a.whole && b.whole);
	let ok: boolean;
	if (L === 2) {
		ok = run.length === 2 && content >= 1 && agree;
	} else if (L <= 5) {
		ok = run.length === L && content >= 2 && shortOk;
	} else if (L === 6) {
		ok = run.length >= 5 && content >= 2 && shortOk;
	} else {
		// A shorter version found whole in a longer one needs two real words, like a short one.
		ok = (run.length / (L + 3) > 0.5 || run.length > 10) && content >= (run.length === L ? 2 : 3);
		if (!ok && sharedWords(short.norms, long.norms) >= 0.8 * L) {
			// Several words swapped break every long run ("a higher bill … this city" / "a bigger
			// bill … this town"); nearly all words still come in the same order. Under one named
			// speaker, a short statement may have only two real words left when a third changed
			// ("It’s vital that we can challenge the satellite" / "It’s worrying that …"), or be cut
			// to its two ends ("This is about our … of our seasonal treaties").
			const kept = diffWords(short.norms, long.norms).flatMap((op) => (op.op === 'equal' ? [short.norms.slice(op.aStart, op.aEnd)] : []));
			const keptWords = kept.flat();
			const keptContent = keptWords.filter((w) => !STOPWORDS.has(w)).length;
			const shortContent = short.norms.filter((w) => !STOPWORDS.has(w)).length;
			ok = keptWords.length / L >= 0.8 && (keptContent >= 3 || (agree && keptContent >= 2 && keptContent >= shortContent - 1 && kept.length <= 3));
		}
	}
	if (ok && conflict) {
		// The same words under another name are a changed speaker; other words under another
		// name are another statement ("This team has never…" / "This town has never…").
		ok = L >= 8 && run.length === L;
	}
	return ok;
}

/** How many of `a`'s words `b` also has, counting repeats: a bound on any alignment of the two. */
function sharedWords(a: readonly string[], b: readonly string[]): number {
	const counts = new Map<string, number>();
	for (const w of b) {
		counts.set(w, (counts.get(w) ?? 0) + 1);
	}
	let n = 0;
	for (const w of a) {
		const c = counts.get(w) ?? 0;
		if (c > 0) {
			counts.set(w, c - 1);
			n++;
		}
	}
	return n;
}
