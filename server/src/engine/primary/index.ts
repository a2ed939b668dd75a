/**
 * The primary sources of a folder, and the check of every quotation against them.
 *
 * Each source's words go into an inverted index of word pairs (pairs of two function words
 * left out: they find everything). A quotation's pairs vote for stretches of the sources; the
 * best few stretches are aligned word by word with the quotation (align.ts), and the alignment
 * must hold enough of its words, enough of them real words and in long enough runs, before it
 * counts as the quotation's passage: a statement that shares half its words with a tweet is not
 * the tweet. The passage (the sentences the aligned words are in) is then compared with the
 * quotation as between outlets (matching/group.ts), so the kinds and word changes are the same.
 */
import { compareWithPassage, severityOf } from '../matching/group';
import { STOPWORDS, wordsOf } from '../matching/words';
import type { Quote } from '../types';
import type { DifferenceKind, Severity, WordChange } from '../matching/types';
import { versionsOf } from '../matching/units';
import { alignLocal, type AlignedPair } from './align';
import { cleanName, QUESTIONERS } from './read';
import type { PrimaryCheck, PrimaryMatch, PrimarySource, PrimaryTurn } from './types';

export * from './types';
export { readPrimarySource, cleanName, QUESTIONERS, type PrimaryInput } from './read';
export { readCaptions, type Cue } from './captions';

export interface PrimaryIndex {
	/** Adds a source or replaces the one with its id. */
	update(source: PrimarySource): void;
	/** Removes a source; unknown ids change nothing. */
	remove(id: string): void;
	/** A source by id. */
	get(id: string): PrimarySource | undefined;
	/** Every source, in the order added. */
	sources(): PrimarySource[];
	/** Bumped by every update and removal: results checked at an older generation are stale. */
	readonly generation: number;
	/**
	 * Looks a quotation (one quote, or the parts of an interrupted one) up in the sources.
	 * `speaker` is the quotation's resolved speaker, or null. Never throws.
	 */
	check(parts: readonly Quote[], speaker: string | null): PrimaryCheck;
}

/** A pair found in more places than this says nothing about where a quotation is. */
const MAX_POSTING = 400;
/** How many stretches are aligned with one quotation, the most promising first. */
const MAX_CANDIDATES = 4;
/** Quotations longer than this many words are looked up by their first words this many. */
const MAX_QUOTE_WORDS = 400;
/** Words of a source on either side of a stretch that its alignment may reach into. */
const MARGIN = 12;

interface Entry {
	source: PrimarySource;
	norms: string[];
	/** Speakers' words (lower case) of the source, for knowing whose sources they are. */
	speakers: string[];
}

/** Creates an empty index of primary sources. */
export function createPrimaryIndex(): PrimaryIndex {
	const entries = new Map<string, Entry>();
	/** Pair → places, each `entry number * 2^24 + word position`. */
	let postings = new Map<string, number[]>();
	let numbered: Entry[] = [];
	let dirty = false;
	let generation = 0;

	const rebuild = () => {
		postings = new Map();
		numbered = [...entries.values()];
		numbered.forEach((entry, e) => {
			const { norms } = entry;
			for (let i = 0; i + 1 < norms.length; i++) {
				if (STOPWORDS.has(norms[i]) && STOPWORDS.has(norms[i + 1])) {
					continue;
				}
				const key = `${norms[i]} ${norms[i + 1]}`;
				let list = postings.get(key);
				if (!list) {
					list = [];
					postings.set(key, list);
				}
				list.push(e * 2 ** 24 + i);
			}
		});
		dirty = false;
	};

	const index: PrimaryIndex = {
		update(source) {
			const speakers = [...new Set(source.turns.map((t) => t.speaker).filter((s): s is string => s !== null))];
			entries.set(source.id, { source, norms: source.words.map((w) => w.norm), speakers });
			dirty = true;
			generation++;
		},
		remove(id) {
			if (entries.delete(id)) {
				dirty = true;
				generation++;
			}
		},
		get: (id) => entries.get(id)?.source,
		sources: () => [...entries.values()].map((e) => e.source),
		get generation() {
			return generation;
		},
		check(parts, speaker) {
			if (dirty) {
				rebuild();
			}
			try {
				return check(numbered, postings, parts, speaker);
			} catch {
				// A bug must not take the host down: the quotation is then simply not found.
				return { found: false, ownSources: [] };
			}
		},
	};
	return index;
}

function check(entries: readonly Entry[], postings: Map<string, number[]>, parts: readonly Quote[], speaker: string | null): PrimaryCheck {
	const own = entries.filter((e) => speaker !== null && e.speakers.some((s) => sameName(s, speaker)));
	// In the order of their names, not of reading: the message must not change with a rescan.
	const ownSources = own.map((e) => e.source.id).sort();
	const words = parts.flatMap((p) => wordsOf(p.text));
	const q = words.map((w) => w.norm).slice(0, MAX_QUOTE_WORDS);
	if (q.length < 2 || !entries.length) {
		return { found: false, ownSources };
	}
	let best: { entry: Entry; pairs: AlignedPair[]; offset: number; score: number; own: boolean } | undefined;
	for (const stretch of candidates(postings, q)) {
		const entry = entries[stretch.entry];
		const from = Math.max(0, stretch.from - MARGIN);
		const to = Math.min(entry.norms.length, stretch.to + MARGIN);
		const pairs = alignLocal(q, entry.norms.slice(from, to));
		if (!accepted(q, pairs, speaker !== null && own.includes(entry))) {
			continue;
		}
		const score = pairs.filter((p) => p.equal).reduce((s, p) => s + (STOPWORDS.has(q[p.q]) ? 1 : 3), 0);
		// Of two passages, the quotation's own speaker's first, then the better alignment.
		const ownTurn = speaker !== null && pairs.some((p) => p.equal && sameName(speakerAt(entry.source, from + p.p) ?? '', speaker));
		if (!best || Number(ownTurn) > Number(best.own) || (ownTurn === best.own && score > best.score)) {
			best = { entry, pairs, offset: from, score, own: ownTurn };
		}
	}
	if (!best) {
		return { found: false, ownSources };
	}
	return { found: true, match: matchOf(best.entry.source, best.pairs.map((p) => ({ ...p, p: p.p + best!.offset })), parts, speaker) };
}

/** The speaker of a source's word, or null. */
function speakerAt(source: PrimarySource, word: number): string | null {
	const w = source.words[word];
	return w ? source.turns[w.turn].speaker : null;
}

/**
 * Stretches of the sources that hold the quotation's pairs: places within reach of each other
 * (a quotation's length and a cut's) are one stretch, scored by how many of the quotation's
 * pairs it holds.
 */
function candidates(postings: Map<string, number[]>, q: readonly string[]): Array<{ entry: number; from: number; to: number }> {
	const hits: Array<{ at: number; qi: number }> = [];
	for (let i = 0; i + 1 < q.length; i++) {
		if (STOPWORDS.has(q[i]) && STOPWORDS.has(q[i + 1])) {
			continue;
		}
		const list = postings.get(`${q[i]} ${q[i + 1]}`);
		if (!list || list.length > MAX_POSTING) {
			continue;
		}
		for (const at of list) {
			hits.push({ at, qi: i });
		}
	}
	if (!hits.length) {
		return [];
	}
	hits.sort((a, b) => a.at - b.at);
	const reach = q.length + 40;
	const stretches: Array<{ entry: number; from: number; to: number; pairs: Set<number> }> = [];
	let current: (typeof stretches)[number] | undefined;
	for (const h of hits) {
		const entry = Math.floor(h.at / 2 ** 24);
		const pos = h.at % 2 ** 24;
		// The stretch starts where the quotation's first word would be, and ends where its last would.
		if (current && current.entry === entry && pos - current.to <= reach && pos - current.from <= 3 * q.length + 80) {
			current.to = Math.max(current.to, pos + (q.length - h.qi));
			current.pairs.add(h.qi);
		} else {
			current = { entry, from: Math.max(0, pos - h.qi), to: pos + (q.length - h.qi), pairs: new Set([h.qi]) };
			stretches.push(current);
		}
	}
	return stretches
		.sort((a, b) => b.pairs.size - a.pairs.size || a.entry - b.entry || a.from - b.from)
		.slice(0, MAX_CANDIDATES)
		.map(({ entry, from, to }) => ({ entry, from, to }));
}

/**
 * Whether an alignment makes the passage the quotation's: with L its words, O the longest run
 * of equal words and C the real (not function) words among the equal ones, up to five words all
 * of them (one real word under the source's own speaker, else two); six words, five in a run;
 * longer, a run over half of L + 3 or over ten words (MemeTracker's rule, as between outlets),
 * or, for cuts and changed words that break every run, 80% of the words in order, four real
 * words and 70% of the quotation's real words.
 */
function accepted(q: readonly string[], pairs: readonly AlignedPair[], own: boolean): boolean {
	const L = q.length;
	let equal = 0;
	let content = 0;
	let run = 0;
	let longest = 0;
	let last: AlignedPair | undefined;
	for (const p of pairs) {
		if (p.equal) {
			equal++;
			content += Number(!STOPWORDS.has(q[p.q]));
			run = last && last.equal && last.q === p.q - 1 && last.p === p.p - 1 ? run + 1 : 1;
			longest = Math.max(longest, run);
		}
		last = p;
	}
	const quoteContent = q.filter((w) => !STOPWORDS.has(w)).length;
	if (L <= 5) {
		return longest === L && content >= Math.min(own ? 1 : 2, quoteContent) && content >= 1;
	}
	if (L === 6) {
		return longest >= 5 && content >= 2;
	}
	if ((longest / (L + 3) > 0.5 || longest > 10) && content >= 3) {
		return true;
	}
	return equal >= 0.8 * L && content >= 4 && content >= 0.7 * quoteContent;
}

/** The passage an alignment found, and how the quotation differs from it. */
function matchOf(source: PrimarySource, pairs: readonly AlignedPair[], parts: readonly Quote[], speaker: string | null): PrimaryMatch {
	const equal = pairs.filter((p) => p.equal);
	let first = equal[0].p;
	let last = equal[equal.length - 1].p;
	const { words, text } = source;
	// Out to the sentences the words are in: a quotation cut inside a sentence is a cut.
	while (first > 0 && !words[first - 1].endsSentence) {
		first--;
	}
	while (last < words.length - 1 && !words[last].endsSentence) {
		last++;
	}
	const at = words[first].at;
	// A release's quoted official: the words end inside the release's quotation marks.
	const to = endOfSentence(text, words[last].to, source.shape === 'statement' && words[last].turn > 0);
	const passage = text.slice(at, to);
	const compared = compareWithPassage(passage, parts);
	// Whose words they are: the turns of the words the quotation matched. A turn is someone
	// else's when it names another, or is a question from the floor; "THE PRESIDENT" with no
	// name given is nobody known, and never contradicts the quotation.
	const turns = [...new Set(equal.map((p) => source.turns[words[p.p].turn]))];
	const strangers = speaker === null ? [] : turns.filter((t) => (t.speaker !== null ? !sameName(t.speaker, speaker) : t.label !== null && QUESTIONERS.test(t.label.toUpperCase())));
	const other = strangers.length ? turnName(strangers[0]) : null;
	const kind = other !== null ? 'speaker' : compared.kind;
	// The sentence on each side, for context in hovers.
	const before = sentenceBefore(source, first);
	const after = sentenceAfter(source, last);
	const passageSpeaker = turnName(source.turns[words[equal[0].p].turn]);
	return {
		source: source.id,
		start: words[first].start,
		end: words[last].end + (to - words[last].to),
		text: passage,
		before,
		after,
		kind,
		severity: kind === 'speaker' ? 'high' : compared.severity,
		changes: compared.changes,
		marked: compared.marked,
		speaker: other ?? (speaker === null ? passageSpeaker : null),
		passageSpeaker,
		...(words[first].time !== undefined ? { time: words[first].time } : {}),
	};
}

/** How a turn's speaker is named: by name, else "the questioner" for `Q`, else its label. */
function turnName(turn: PrimaryTurn): string | null {
	if (turn.speaker !== null) {
		return turn.speaker;
	}
	if (turn.label === null) {
		return null;
	}
	return /^Q(?:UESTION)?$/i.test(turn.label) ? 'the questioner' : cleanName(turn.label);
}

/** Past a word's closing punctuation: its full stop, its closing marks. */
function endOfSentence(text: string, to: number, insideMarks = false): number {
	let end = to;
	while (end < text.length && (insideMarks ? /[.,;:!?…)\]]/u : /[.,;:!?…"'”’)\]]/u).test(text[end])) {
		end++;
	}
	return end;
}

function sentenceBefore(source: PrimarySource, first: number): string {
	if (first === 0 || source.words[first - 1].turn !== source.words[first].turn) {
		return '';
	}
	let start = first - 1;
	while (start > 0 && !source.words[start - 1].endsSentence) {
		start--;
	}
	return source.text.slice(source.words[start].at, endOfSentence(source.text, source.words[first - 1].to));
}

function sentenceAfter(source: PrimarySource, last: number): string {
	const { words } = source;
	if (last + 1 >= words.length || words[last + 1].turn !== words[last].turn) {
		return '';
	}
	let end = last + 1;
	while (end < words.length - 1 && !words[end].endsSentence) {
		end++;
	}
	return source.text.slice(words[last + 1].at, endOfSentence(source.text, words[end].to));
}

const NAME_TITLES = /^(?:the|mr|mrs|ms|miss|dr|sen|senator|rep|gov|gen|justice|chief|judge|president|vice|secretary|prime|minister|mayor)\.?$/;

/**
 * Whether two names are one speaker's: the same words, or the same last word ("Donald J. Trump"
 * and "Trump"), titles set aside. Organisations are the same when their names are ("TikTok").
 */
export function sameName(a: string, b: string): boolean {
	const words = (s: string) =>
		s
			.toLowerCase()
			.replace(/[’']s\b/g, '')
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w && !NAME_TITLES.test(w));
	const [x, y] = [words(a), words(b)];
	if (!x.length || !y.length) {
		return false;
	}
	return x.join(' ') === y.join(' ') || x[x.length - 1] === y[y.length - 1];
}

/** One quotation's check: the version it is part of (an interrupted quote's parts), and which part it is. */
export interface QuoteCheck {
	check: PrimaryCheck;
	parts: Quote[];
	part: number;
}

/**
 * Checks every speech quotation of one article against the primary sources: the parts of an
 * interrupted quote as one (`"…," she said. "…"`), nested quotes as words of the outer one.
 * Returns each checked quote's result by its id; quotes that are no one's words are left out.
 */
export function checkQuotes(index: PrimaryIndex, quotes: readonly Quote[]): Map<string, QuoteCheck> {
	const out = new Map<string, QuoteCheck>();
	if (!index.sources().length) {
		return out;
	}
	let id = 0;
	for (const version of versionsOf('', quotes, false, () => id++)) {
		const check = index.check(version.parts, version.speaker?.name ?? version.parts.find((p) => p.speaker?.name)?.speaker?.name ?? null);
		version.parts.forEach((quote, part) => out.set(quote.id, { check, parts: version.parts, part }));
	}
	return out;
}

/**
 * How one part of a quotation differs from its passage. An interrupted quote is checked whole
 * (`"A," she said. "B"`); a part with no word change of its own is the passage's words, so
 * the first part of `"A," she said. "B, changed"` is identical and only the second differs.
 */
export function partDifference(match: PrimaryMatch, result: QuoteCheck): { kind: DifferenceKind; severity: Severity; changes: Array<WordChange & { part: number }> } {
	const changes = match.changes.filter((c) => c.part === result.part);
	if (result.parts.length > 1 && changes.length === 0 && match.kind !== 'speaker') {
		return { kind: 'identical', severity: severityOf('identical'), changes };
	}
	return { kind: match.kind, severity: match.severity, changes };
}
