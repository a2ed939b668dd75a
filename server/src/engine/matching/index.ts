/**
 * The cross-source index: groups quotations of many articles into statements, incrementally.
 *
 * Candidate pairs come from an inverted index of word pairs (never all pairs); a pair is linked
 * when the longest run of words the two share is long enough for their length (MemeTracker's
 * rule), so a cut version still links to the full one. Groups are the connected components of
 * the links. An update re-links only the changed article's quotations and rebuilds only the
 * groups they touch.
 */
import type { Quote } from '../types';
import { diffWords, longestCommonRun } from './align';
import { buildGroup, type Node } from './group';
import { groupSpeakerOf, sameSpeaker } from './speakers';
import type { IndexChange, IndexedDocument, QuoteGroup } from './types';
import { STOCK_PHRASES, STOPWORDS, wordsOf } from './words';

export * from './types';

export interface CorpusIndex {
	/** Adds an article or replaces its previous version; returns the documents whose groups changed. */
	update(document: IndexedDocument): IndexChange;
	/** Removes an article; returns the documents whose groups changed. Unknown ids change nothing. */
	remove(id: string): IndexChange;
	/** Every group of two or more versions, ordered by its first member's document and offset. */
	groups(): QuoteGroup[];
	/** The groups that have a member in `documentId`. */
	groupsOf(documentId: string): QuoteGroup[];
	/** The group of one quote, or undefined when it stands alone. */
	groupOf(documentId: string, quoteId: string): QuoteGroup | undefined;
	/** The ids of the indexed documents. */
	documents(): string[];
}

/** Word pairs shared by more quotations than this are too common to find candidates with. */
const MAX_POSTING = 300;
/** At most this many candidates are aligned for one quotation, the most promising first. */
const MAX_CANDIDATES = 200;

/** Creates an empty index. */
export function createCorpusIndex(): CorpusIndex {
	let nextId = 1;
	const nodes = new Map<number, Node>();
	const byDoc = new Map<string, number[]>();
	const postings = new Map<string, Set<number>>();
	const keysOf = new Map<number, string[]>();
	const links = new Map<number, Set<number>>();
	const groupOfNode = new Map<number, QuoteGroup>();
	const nodesOfGroup = new Map<QuoteGroup, number[]>();
	const groupsByDoc = new Map<string, Set<QuoteGroup>>();
	/** The parts of an interrupted quote ("…,” she said. “…”), by each part's id. */
	const partsOf = new Map<number, number[]>();

	function update(document: IndexedDocument): IndexChange {
		const before = snapshot(document.id);
		const touched = detach(document.id);
		const added: number[] = [];
		let parts: number[] = [];
		for (const quote of document.quotes) {
			if (quote.kind !== 'speech') {
				continue;
			}
			const node = makeNode(nextId++, document.id, quote, document.primary === true);
			if (node.norms.length === 0) {
				continue;
			}
			nodes.set(node.id, node);
			added.push(node.id);
			if (quote.speaker?.via !== 'interrupted') {
				parts = [];
			}
			parts.push(node.id);
			partsOf.set(node.id, parts);
		}
		byDoc.set(document.id, added);
		for (const id of added) {
			const node = nodes.get(id)!;
			const keys = keysFor(node.norms);
			for (const other of candidates(node, keys)) {
				if (linked(node, nodes.get(other)!)) {
					link(id, other);
				}
			}
			index(node, keys);
		}
		for (const id of added) {
			for (const other of [...(links.get(id) ?? [])]) {
				joinParts(id, other);
				joinParts(other, id);
			}
		}
		for (const id of added) {
			touched.add(id);
			links.get(id)?.forEach((n) => touched.add(n));
		}
		const docs = regroup(touched, before);
		docs.add(document.id);
		return { changed: changedSince(before, docs) };
	}

	function remove(id: string): IndexChange {
		if (!byDoc.has(id)) {
			return { changed: [] };
		}
		const before = snapshot(id);
		const touched = detach(id);
		byDoc.delete(id);
		const docs = regroup(touched, before);
		docs.add(id);
		return { changed: changedSince(before, docs) };
	}

	/** Takes a document's quotations out of the index; returns the quotations they were linked to. */
	function detach(doc: string): Set<number> {
		const touched = new Set<number>();
		for (const id of byDoc.get(doc) ?? []) {
			for (const key of keysOf.get(id) ?? []) {
				postings.get(key)?.delete(id);
			}
			keysOf.delete(id);
			for (const n of links.get(id) ?? []) {
				links.get(n)?.delete(id);
				touched.add(n);
			}
			links.delete(id);
			partsOf.delete(id);
			const group = groupOfNode.get(id);
			if (group) {
				nodesOfGroup.get(group)?.forEach((n) => touched.add(n));
				forget(group);
			}
			nodes.delete(id);
		}
		for (const id of touched) {
			if (!nodes.has(id)) {
				touched.delete(id);
			}
		}
		return touched;
	}

	function index(node: Node, keys: string[]): void {
		keysOf.set(node.id, keys);
		for (const key of keys) {
			let set = postings.get(key);
			if (!set) {
				set = new Set();
				postings.set(key, set);
			}
			set.add(node.id);
		}
	}

	/**
	 * Indexed quotations sharing enough word pairs with `node` to be worth aligning, those
	 * sharing most first. A link needs most of the shorter quotation's words in runs, so a
	 * quotation sharing under 30% of the shorter one's word pairs (all of them, for five words
	 * or fewer) cannot link and is never aligned: that keeps a large index fast. Pairs found in
	 * too many quotations ("million dollars", "the end of") find no candidates; a candidate that
	 * rarer pairs found but too few of them still qualifies by sharing half the shorter's pairs,
	 * common ones included ("Nairn before the end of May").
	 */
	function candidates(node: Node, keys: readonly string[]): number[] {
		const counts = new Map<number, number>();
		const common: Array<Set<number>> = [];
		for (const key of keys) {
			const set = postings.get(key);
			if (!set) {
				continue;
			}
			if (set.size > MAX_POSTING) {
				common.push(set);
				continue;
			}
			for (const id of set) {
				counts.set(id, (counts.get(id) ?? 0) + 1);
			}
		}
		counts.delete(node.id);
		const promising: Array<[number, number]> = [];
		for (const [id, rare] of counts) {
			const other = nodes.get(id)!;
			const short = other.norms.length < node.norms.length ? other : node;
			const shortKeys = short === node ? keys.length : (keysOf.get(id)?.length ?? 0);
			const need = short.norms.length <= 5 ? shortKeys : Math.ceil(0.3 * shortKeys);
			if (rare >= need) {
				promising.push([id, rare]);
				continue;
			}
			// Too few rare pairs: with the common ones it must share half the shorter's pairs.
			const needed = Math.max(need, Math.ceil(0.5 * shortKeys));
			let shared = rare;
			for (let k = 0; k < common.length && shared < needed && shared + common.length - k >= needed; k++) {
				shared += Number(common[k].has(id));
			}
			if (shared >= needed) {
				promising.push([id, shared]);
			}
		}
		return promising
			.sort((a, b) => b[1] - a[1])
			.slice(0, MAX_CANDIDATES)
			.map(([id]) => id);
	}

	/**
	 * An interrupted quote is one statement in parts, and a part can be too short to link on its
	 * own (“It is frustrating that we should,” she said, “…”). When part `x` links to `y`, each
	 * other part of it links to `y` too if its words are all in `y`, on the same side of x's.
	 */
	function joinParts(x: number, y: number): void {
		const parts = partsOf.get(x) ?? [];
		if (parts.length < 2) {
			return;
		}
		const [partX, other] = [nodes.get(x)!, nodes.get(y)!];
		const xRun = longestCommonRun(partX.norms, other.norms);
		for (const p of parts) {
			if (p !== x && p !== y && !links.get(p)?.has(y) && partWithin(nodes.get(p)!, partX, xRun, other)) {
				link(p, y);
			}
		}
	}

	function link(a: number, b: number): void {
		for (const [x, y] of [[a, b], [b, a]]) {
			let set = links.get(x);
			if (!set) {
				set = new Set();
				links.set(x, set);
			}
			set.add(y);
		}
	}

	/** Rebuilds the groups of the quotations in `touched`; returns the documents involved. */
	function regroup(touched: Set<number>, before: Map<string, string>): Set<string> {
		const docs = new Set<string>(before.keys());
		const seen = new Set<number>();
		// Forget the old groups of everything touched.
		for (const id of touched) {
			const old = groupOfNode.get(id);
			if (old) {
				forget(old);
			}
		}
		for (const start of touched) {
			if (seen.has(start) || !nodes.has(start)) {
				continue;
			}
			const component: Node[] = [];
			const stack = [start];
			seen.add(start);
			while (stack.length) {
				const id = stack.pop()!;
				const node = nodes.get(id)!;
				component.push(node);
				const old = groupOfNode.get(id);
				if (old) {
					forget(old);
				}
				for (const n of links.get(id) ?? []) {
					if (!seen.has(n) && nodes.has(n)) {
						seen.add(n);
						stack.push(n);
					}
				}
			}
			component.forEach((n) => docs.add(n.doc));
			if (component.length < 2) {
				continue;
			}
			const group = buildGroup(component);
			for (const n of component) {
				groupOfNode.set(n.id, group);
			}
			nodesOfGroup.set(group, component.map((n) => n.id));
			for (const doc of new Set(component.map((n) => n.doc))) {
				let set = groupsByDoc.get(doc);
				if (!set) {
					set = new Set();
					groupsByDoc.set(doc, set);
				}
				set.add(group);
			}
		}
		return docs;
	}

	function forget(group: QuoteGroup): void {
		for (const m of group.members) {
			groupsByDoc.get(m.document)?.delete(group);
		}
		for (const id of nodesOfGroup.get(group) ?? []) {
			if (groupOfNode.get(id) === group) {
				groupOfNode.delete(id);
			}
		}
		nodesOfGroup.delete(group);
	}

	/** A fingerprint of each document's groups, to tell which documents an update changed. */
	function snapshot(doc: string): Map<string, string> {
		const docs = new Set<string>([doc]);
		for (const g of groupsByDoc.get(doc) ?? []) {
			g.members.forEach((m) => docs.add(m.document));
		}
		return new Map([...docs].map((d) => [d, fingerprint(d)]));
	}

	/**
	 * Everything a document's results depend on: its groups, and of every member the place and
	 * words of its quote and its changes (another article's edit moves what related information
	 * points at, or changes the words a message quotes).
	 */
	function fingerprint(doc: string): string {
		const member = (m: QuoteGroup['members'][number]) =>
			`${m.document}#${m.quote.id}@${m.quote.start}-${m.quote.end}:${m.kind}:${m.speaker?.key ?? ''}:${m.quote.text}:` +
			m.changes.map((c) => `${c.op}/${c.from}/${c.to}/${c.memberStart}`).join(';');
		return [...(groupsByDoc.get(doc) ?? [])]
			.map((g) => `${g.id}|${g.kind}|${g.canonicalText}|${g.members.map(member).join(',')}`)
			.sort()
			.join('\n');
	}

	function changedSince(before: Map<string, string>, docs: Set<string>): string[] {
		return [...docs].filter((d) => before.get(d) !== fingerprint(d) || !before.has(d)).sort();
	}

	function groups(): QuoteGroup[] {
		const all = new Set<QuoteGroup>();
		for (const set of groupsByDoc.values()) {
			set.forEach((g) => all.add(g));
		}
		return [...all].sort(byFirstMember);
	}

	return Object.freeze({
		update,
		remove,
		groups,
		groupsOf: (doc: string) => [...(groupsByDoc.get(doc) ?? [])].sort(byFirstMember),
		groupOf: (doc: string, quoteId: string) => {
			const id = (byDoc.get(doc) ?? []).find((n) => nodes.get(n)?.quote.id === quoteId);
			return id === undefined ? undefined : groupOfNode.get(id);
		},
		documents: () => [...byDoc.keys()].sort(),
	});
}

function byFirstMember(a: QuoteGroup, b: QuoteGroup): number {
	const [x, y] = [a.members[0], b.members[0]];
	return x.document < y.document ? -1 : x.document > y.document ? 1 : x.quote.start - y.quote.start;
}

function makeNode(id: number, doc: string, quote: Quote, primary: boolean): Node {
	const words = wordsOf(quote.text);
	return { id, doc, quote, words, norms: words.map((w) => w.norm), speaker: groupSpeakerOf(quote.speaker), primary };
}

/** Word pairs that are not both function words; a one-word quotation is its own key. */
function keysFor(norms: readonly string[]): string[] {
	if (norms.length === 1) {
		return STOPWORDS.has(norms[0]) ? [] : [norms[0]];
	}
	const keys = new Set<string>();
	for (let i = 0; i + 1 < norms.length; i++) {
		if (!STOPWORDS.has(norms[i]) || !STOPWORDS.has(norms[i + 1])) {
			keys.add(`${norms[i]} ${norms[i + 1]}`);
		}
	}
	return [...keys];
}

/**
 * Whether two quotations are versions of one statement. With L the shorter one's length in
 * words and O the longest run of words they share (MemeTracker, Leskovec et al. 2009): up to
 * five words, all of them; six words, five; longer, O/(L+3) > 0.5 or O > 10, or, for seven words
 * or more, 80% of the shorter's words in the same order (several words swapped). The shared words
 * must hold three real words (two when all the shorter's are kept, or, under one named speaker,
 * all but one of them in at most three runs), a stock phrase never links, a two-word fragment
 * links only under one named speaker, and versions given to different speakers link only when
 * one holds all the other's words.
 */
function linked(a: Node, b: Node): boolean {
	if (a.doc === b.doc && a.quote.id === b.quote.id) {
		return false;
	}
	const [short, long] = a.norms.length <= b.norms.length ? [a, b] : [b, a];
	const L = short.norms.length;
	if (L < 2 || STOCK_PHRASES.has(short.norms.join(' '))) {
		return false;
	}
	const run = longestCommonRun(short.norms, long.norms);
	const content = short.norms.slice(run.aStart, run.aStart + run.length).filter((w) => !STOPWORDS.has(w)).length;
	const bothNamed = a.speaker !== null && b.speaker !== null;
	const agree = bothNamed && sameSpeaker(a.speaker!, b.speaker!);
	const conflict = bothNamed && !agree;
	let ok: boolean;
	if (L === 2) {
		ok = run.length === 2 && content >= 1 && agree;
	} else if (L <= 5) {
		ok = run.length === L && content >= 2 && !conflict;
	} else if (L === 6) {
		ok = run.length >= 5 && content >= 2;
	} else {
		// A shorter version found whole in a longer one needs two real words, like a short one.
		ok = (run.length / (L + 3) > 0.5 || run.length > 10) && content >= (run.length === L ? 2 : 3);
		if (!ok && L >= 7) {
			// Several words swapped break every long run ("a higher bill … this city" / "a bigger
			// bill … this town"); nearly all words still come in the same order. Under one named
			// speaker, a short statement may have only two real words left when a third changed
			// ("It’s vital that we can challenge the satellite" / "It’s worrying that …"), or be cut
			// to its two ends ("This is about our … of our seasonal treaties").
			const kept = commonRuns(short.norms, long.norms);
			const keptWords = kept.flatMap((r) => r.words);
			const keptContent = keptWords.filter((w) => !STOPWORDS.has(w)).length;
			const shortContent = short.norms.filter((w) => !STOPWORDS.has(w)).length;
			ok =
				keptWords.length / L >= 0.8 &&
				(keptContent >= 3 || (agree && keptContent >= 2 && keptContent >= shortContent - 1 && kept.length <= 3));
		}
	}
	if (ok && conflict) {
		// The same words under another name are a changed speaker; other words under another
		// name are another statement ("This team has never…" / "This town has never…").
		ok = L >= 8 && run.length === L;
	}
	return ok;
}

/**
 * Whether `part` of an interrupted quote is found whole in `other`, on the same side of where
 * its `sibling` part is found there (`siblingRun`).
 */
function partWithin(part: Node, sibling: Node, siblingRun: { length: number; bStart: number }, other: Node): boolean {
	const L = part.norms.length;
	if (L < 2 || STOCK_PHRASES.has(part.norms.join(' '))) {
		return false;
	}
	if (part.speaker && other.speaker && !sameSpeaker(part.speaker, other.speaker)) {
		return false;
	}
	const run = longestCommonRun(part.norms, other.norms);
	if (run.length !== L) {
		return false;
	}
	return part.quote.start < sibling.quote.start ? run.bStart + L <= siblingRun.bStart : siblingRun.bStart + siblingRun.length <= run.bStart;
}

/** The runs of words `a` and `b` have in common, in order (a longest common subsequence). */
function commonRuns(a: readonly string[], b: readonly string[]): Array<{ words: string[] }> {
	return diffWords(a, b).flatMap((op) => (op.op === 'equal' ? [{ words: a.slice(op.aStart, op.aEnd) }] : []));
}
