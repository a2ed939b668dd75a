/**
 * The cross-source index: finds the statements that several articles quote, incrementally.
 *
 * Quotations are split into sentences (units). Units with the same words and speaker share one
 * variant; variants that are versions of one sentence (the longest run of words they share is
 * long enough for their length: MemeTracker's rule) make a cluster. Candidate clusters come from
 * an inverted index of word pairs; in each, a new variant is aligned with the variants that share
 * enough pairs with it, most first, until one links. Identical wordings are one variant, so cost
 * grows with the number of different wordings, not with the number of outlets.
 *
 * Clusters that a version quotes together are read in order as a passage; a passage's sentences
 * quoted by exactly the same versions make one statement. So a long quote that covers sentences
 * quoted separately elsewhere is a version of each of their statements, over its region, and
 * nothing links through a third quote's span alone. Each statement becomes a group (group.ts).
 */
import { longestCommonRun } from './align';
import { buildGroup, ComparisonCache, type Coverage } from './group';
import { linked } from './link';
import { PeopleRegistry } from './speakers';
import type { GroupMember, IndexChange, IndexedDocument, QuoteGroup } from './types';
import { splitUnit, textOffset, versionsOf, type Unit, type Version } from './units';
import { intern, STOCK_PHRASES, STOPWORDS } from './words';

export * from './types';

/**
 * The words a member quotes of its statement: the stretch of its quote's text over its region,
 * and where that stretch starts in the quote's text (change offsets index the quote's text).
 */
export function memberText(member: GroupMember): { text: string; offset: number } {
	const from = textOffset(member.quote, member.start);
	return { text: member.quote.text.slice(from, textOffset(member.quote, member.end)), offset: from };
}

export interface CorpusIndex {
	/** Adds an article or replaces its previous version; returns the documents whose groups changed. */
	update(document: IndexedDocument): IndexChange;
	/** Adds or replaces several articles at once: one rebuild of the statements they touch. */
	updateAll(documents: readonly IndexedDocument[]): IndexChange;
	/** Removes an article; returns the documents whose groups changed. Unknown ids change nothing. */
	remove(id: string): IndexChange;
	/** Every statement quoted by two versions or more, ordered by its first member's document and offset. */
	groups(): QuoteGroup[];
	/** The groups that have a member in `documentId`. */
	groupsOf(documentId: string): QuoteGroup[];
	/** The first group of one quote (by its region), or undefined when it stands alone. */
	groupOf(documentId: string, quoteId: string): QuoteGroup | undefined;
	/** Every group of one quote: a long quote can be a version of several statements. */
	groupsOfQuote(documentId: string, quoteId: string): QuoteGroup[];
	/** The ids of the indexed documents. */
	documents(): string[];
}

/** Word pairs shared by more clusters than this are too common to find candidates with. */
const MAX_POSTING = 100;
/** At most this many candidate clusters are tried for one new wording, the most promising first. */
const MAX_CANDIDATES = 50;
/** At most this many variants of one cluster are aligned with a new wording, besides its representatives. */
const MAX_ALIGNED = 32;
/** A word pair in more variants of one cluster than this tells none of them apart. */
const MAX_PAIR = 256;

/** Units with the same words, speaker and standing: compared once, whatever the number of outlets. */
interface Variant {
	id: number;
	key: string;
	norms: string[];
	keys: string[];
	speaker: Version['speaker'];
	whole: boolean;
	headline: boolean;
	/** Its words open a sentence: a capital first, in a quotation of its own (not a fragment). */
	opensSentence: boolean;
	units: Set<Unit>;
	cluster: Cluster;
}

/** The variants that are versions of one sentence. */
interface Cluster {
	id: number;
	variants: Set<Variant>;
	/** For each word pair, the variants that have it. */
	byPair: Map<string, Set<Variant>>;
	/** Its fewest word pairs and fullest and most quoted variants, until a variant or unit comes or goes. */
	summary?: ClusterSummary;
}

interface ClusterSummary {
	minKeys: number;
	fullest: Variant;
	quoted: Variant;
	representatives: Variant[];
}

/** Clusters quoted together, in order, and the groups of their statements. */
interface Passage {
	clusters: Cluster[];
	groups: QuoteGroup[];
}

/** Creates an empty index. */
export function createCorpusIndex(): CorpusIndex {
	let nextId = 1;
	const newId = () => nextId++;
	const docs = new Set<string>();
	const versionsByDoc = new Map<string, Version[]>();
	const people = new PeopleRegistry();
	const variants = new Map<string, Variant>();
	const variantOf = new Map<Unit, Variant>();
	const postings = new Map<string, Set<Cluster>>();
	const passageOf = new Map<Cluster, Passage>();
	const groupsByDoc = new Map<string, Set<QuoteGroup>>();
	const groupsByQuote = new Map<string, QuoteGroup[]>();
	const hashOf = new WeakMap<QuoteGroup, number>();
	/** Passages of clusters merged into others or placed again since the last rebuild. */
	const retired = new Set<Passage>();
	const comparisons = new ComparisonCache();
	/** Clusters that gained a variant since the last rebuild. */
	const placedInto = new Set<Cluster>();
	/** Every group, in order, until the next rebuild. */
	let allGroups: QuoteGroup[] | undefined;

	function updateAll(documents: readonly IndexedDocument[]): IndexChange {
		const touched = new Set<Cluster>();
		const oldPassages = new Set<Passage>();
		const shrunk = new Set<Cluster>();
		const ids = new Set(documents.map((d) => d.id));
		const wasIndexed = new Set([...ids].filter((id) => docs.has(id)));
		for (const id of ids) {
			detach(id, touched, oldPassages, shrunk);
		}
		for (const document of documents) {
			docs.add(document.id);
			const versions = versionsOf(document.id, document.quotes, document.primary === true, newId);
			versionsByDoc.set(document.id, versions);
			for (const version of versions) {
				if (version.speaker) {
					people.add(version.speaker);
				}
				// A unit may be split as it is placed: go by index.
				for (let i = 0; i < version.units.length; ) {
					const count = version.units.length;
					assign(version.units[i]).forEach((c) => touched.add(c));
					i += 1 + version.units.length - count;
				}
			}
		}
		for (const cluster of shrunk) {
			if (cluster.variants.size > 1) {
				recluster(cluster).forEach((c) => touched.add(c));
			}
		}
		return rebuild(touched, oldPassages, ids, wasIndexed);
	}

	function remove(id: string): IndexChange {
		if (!docs.has(id)) {
			return { changed: [] };
		}
		const touched = new Set<Cluster>();
		const oldPassages = new Set<Passage>();
		const shrunk = new Set<Cluster>();
		detach(id, touched, oldPassages, shrunk);
		for (const cluster of shrunk) {
			if (cluster.variants.size > 1) {
				recluster(cluster).forEach((c) => touched.add(c));
			}
		}
		const change = rebuild(touched, oldPassages, new Set([id]), docs);
		docs.delete(id);
		return change;
	}

	/** Takes a document's versions out of the clusters, noting what that touches. */
	function detach(doc: string, touched: Set<Cluster>, oldPassages: Set<Passage>, shrunk: Set<Cluster>): void {
		for (const version of versionsByDoc.get(doc) ?? []) {
			if (version.speaker) {
				people.remove(version.speaker);
			}
			for (const unit of version.units) {
				const variant = variantOf.get(unit)!;
				variantOf.delete(unit);
				const cluster = variant.cluster;
				const passage = passageOf.get(cluster);
				if (passage) {
					oldPassages.add(passage);
				}
				touched.add(cluster);
				variant.units.delete(unit);
				cluster.summary = undefined;
				if (variant.units.size === 0) {
					dropVariant(variant);
					shrunk.add(cluster);
				}
			}
		}
		versionsByDoc.delete(doc);
	}

	/**
	 * Puts a unit in its variant, and a new variant in the cluster it is a version of. A unit that
	 * holds two sentences others quote apart ("…war on religion and I'll fight…") is split
	 * between them first. Returns the clusters the unit (or its pieces) landed in.
	 */
	function assign(unit: Unit): Cluster[] {
		const whole = unit.version.units.length === 1;
		// Words that never link ("No comment", one word) share no variant either.
		const linkable = unit.norms.length >= 2 && !STOCK_PHRASES.has(unit.norms.join(' '));
		const opensSentence = /^\p{Lu}/u.test(unit.text) && !unit.version.parts[unit.firstPart].partial;
		const key = `${unit.norms.join(' ')}\u0000${unit.version.speaker?.key ?? ''}\u0000${whole ? 1 : 0}${unit.version.headline ? 1 : 0}${opensSentence ? 1 : 0}${linkable ? '' : `\u0000${unit.id}`}`;
		let variant = variants.get(key);
		if (!variant) {
			const candidate: Variant = {
				id: newId(),
				key,
				norms: unit.norms,
				keys: keysFor(unit.norms),
				speaker: unit.version.speaker,
				whole,
				headline: unit.version.headline,
				opensSentence,
				units: new Set(),
				cluster: undefined as unknown as Cluster,
			};
			const candidates = linkable ? candidateClusters(candidate) : [];
			const found = linkedClusters(candidate, candidates);
			const at = found.length ? splitPoints(candidate, found) : linkable ? elisionPoint(candidate, candidates) : [];
			if (at.length) {
				return splitUnit(unit, at, newId).flatMap(assign);
			}
			variant = candidate;
			variants.set(key, variant);
			place(variant, found);
		}
		variant.units.add(unit);
		variantOf.set(unit, variant);
		// The same words: one array for every outlet that quotes them.
		unit.norms = variant.norms;
		const summary = variant.cluster.summary;
		if (summary && variant.units.size > summary.quoted.units.size) {
			summary.quoted = variant;
			summary.representatives = [...new Set([summary.fullest, variant])];
		}
		return [variant.cluster];
	}

	/**
	 * Finds the clusters a new variant is a version of (unless given) and joins it to them: one,
	 * a new one, or several merged into one (it bridges two wordings of a sentence). A headline's
	 * words never bridge: they join the best cluster only.
	 */
	function place(variant: Variant, found = variant.norms.length < 2 ? [] : linkedClusters(variant, candidateClusters(variant))): void {
		let cluster: Cluster;
		if (found.length === 0) {
			cluster = { id: newId(), variants: new Set(), byPair: new Map() };
		} else if (found.length === 1 || variant.headline) {
			cluster = found[0].cluster;
		} else {
			// Wordings of one sentence, and stretches of this one ("We will rebuild the library"
			// and "will be bigger than the building we lost" found in the whole sentence) become one
			// cluster with it; a fragment found in two sentences ("putting people back to work")
			// is a version of the one it fits best.
			const joins = found.filter((f) => !f.through.headline && (sameSentence(variant, f.through) || stretchOf(f.through, variant))).map((f) => f.cluster);
			cluster = joins.length ? joins.reduce((a, b) => (b.variants.size > a.variants.size ? b : a)) : bestFit(variant, found);
			for (const other of joins) {
				if (other !== cluster) {
					merge(other, cluster);
				}
			}
		}
		addToCluster(variant, cluster);
	}

	/** Of the candidate clusters, those the variant links to, with the variant it linked through. */
	function linkedClusters(variant: Variant, candidates: readonly Cluster[]): Array<{ cluster: Cluster; through: Variant }> {
		const found: Array<{ cluster: Cluster; through: Variant }> = [];
		for (const cluster of candidates) {
			const through = linkCandidates(cluster, variant).find((v) => linked(variant, v, people));
			if (through) {
				found.push({ cluster, through });
			}
		}
		return found;
	}

	/** The clusters sharing enough word pairs with a wording to be worth aligning, most shared first. */
	function candidateClusters(variant: Variant): Cluster[] {
		const counts = new Map<Cluster, number>();
		const common: Array<Set<Cluster>> = [];
		for (const key of variant.keys) {
			const set = postings.get(key);
			if (!set) {
				continue;
			}
			if (set.size > MAX_POSTING) {
				common.push(set);
				continue;
			}
			for (const c of set) {
				counts.set(c, (counts.get(c) ?? 0) + 1);
			}
		}
		// A link needs most of the shorter one's words in runs: a cluster sharing under 30% of the
		// new wording's pairs (all of them, for five words or fewer) is never aligned. Pairs found
		// in too many clusters ("the end of") find none; a cluster that rarer pairs found but too
		// few of them still qualifies by sharing half the pairs, common ones included.
		const promising: Array<[Cluster, number]> = [];
		for (const [cluster, rare] of counts) {
			const shortKeys = Math.min(variant.keys.length, smallestKeys(cluster));
			const need = variant.norms.length <= 5 ? shortKeys : Math.ceil(0.3 * shortKeys);
			if (rare >= need) {
				promising.push([cluster, rare]);
				continue;
			}
			const needed = Math.max(need, Math.ceil(0.5 * shortKeys));
			let shared = rare;
			for (let k = 0; k < common.length && shared < needed && shared + common.length - k >= needed; k++) {
				shared += Number(common[k].has(cluster));
			}
			if (shared >= needed) {
				promising.push([cluster, shared]);
			}
		}
		promising.sort((a, b) => b[1] - a[1] || a[0].id - b[0].id);
		return promising.slice(0, MAX_CANDIDATES).map(([cluster]) => cluster);
	}

	/**
	 * Where to split a wording that links to nothing whole but is the start of one sentence and
	 * the end of the next, the words between left out ("We have saved 16 … grants along their
	 * forge" for "We have saved 16 servers. There are 63 untested grants along their forge"):
	 * between the stretch it shares with one cluster and the stretch it shares with another.
	 */
	function elisionPoint(variant: Variant, candidates: readonly Cluster[]): number[] {
		if (variant.norms.length < 6 || variant.headline) {
			return [];
		}
		const stretches: Array<{ start: number; end: number; cluster: Cluster }> = [];
		for (const cluster of candidates.slice(0, 8)) {
			for (const v of linkCandidates(cluster, variant).slice(0, 4)) {
				const run = longestCommonRun(variant.norms, v.norms);
				if (run.length >= 4) {
					stretches.push({ start: run.aStart, end: run.aStart + run.length, cluster });
				}
			}
		}
		const first = stretches.filter((r) => r.start === 0).sort((a, b) => b.end - a.end)[0];
		const last = stretches.filter((r) => r.end === variant.norms.length && r.cluster !== first?.cluster).sort((a, b) => a.start - b.start)[0];
		return first && last && first.end <= last.start ? [last.start] : [];
	}

	/** The fewest word pairs of a variant of the cluster: what a short wording can share with it. */
	function smallestKeys(cluster: Cluster): number {
		return summaryOf(cluster).minKeys;
	}

	/**
	 * The variants of a cluster a new wording could link to: those sharing enough of its word
	 * pairs (the shorter one's: all of them up to five words, 30% beyond), most shared first, at
	 * most `MAX_ALIGNED`; the first that links is enough. Pairs found in more than `MAX_PAIR`
	 * variants of the cluster tell none of them apart and are not counted; the cluster's fullest
	 * and most quoted variants are always tried.
	 */
	function linkCandidates(cluster: Cluster, variant: Variant): Variant[] {
		const shared = new Map<Variant, number>();
		for (const key of variant.keys) {
			const set = cluster.byPair.get(key);
			if (set && set.size <= MAX_PAIR) {
				for (const v of set) {
					shared.set(v, (shared.get(v) ?? 0) + 1);
				}
			}
		}
		const out: Array<[Variant, number]> = [];
		for (const [v, n] of shared) {
			const short = v.norms.length < variant.norms.length ? v : variant;
			if (n >= (short.norms.length <= 5 ? short.keys.length : Math.ceil(0.3 * short.keys.length)) || n >= 0.5 * short.keys.length) {
				out.push([v, n]);
			}
		}
		const chosen = out.sort((a, b) => b[1] - a[1] || a[0].id - b[0].id).slice(0, MAX_ALIGNED).map(([v]) => v);
		for (const v of representatives(cluster)) {
			if (!chosen.includes(v)) {
				chosen.push(v);
			}
		}
		return chosen;
	}

	/** A cluster's fullest and most quoted variants. */
	function representatives(cluster: Cluster): Variant[] {
		return summaryOf(cluster).representatives;
	}

	/** What candidate search reads of a cluster on every new wording: computed once per change of it. */
	function summaryOf(cluster: Cluster): Pick<ClusterSummary, 'minKeys' | 'representatives'> {
		if (cluster.summary) {
			return cluster.summary;
		}
		let minKeys = Infinity;
		let fullest: Variant | undefined;
		let quoted: Variant | undefined;
		for (const v of cluster.variants) {
			minKeys = Math.min(minKeys, v.keys.length);
			if (!fullest || v.norms.length > fullest.norms.length) {
				fullest = v;
			}
			if (!quoted || v.units.size > quoted.units.size) {
				quoted = v;
			}
		}
		if (!fullest || !quoted) {
			return { minKeys, representatives: [] };
		}
		cluster.summary = { minKeys, fullest, quoted, representatives: [...new Set([fullest, quoted])] };
		return cluster.summary;
	}

	function addToCluster(variant: Variant, cluster: Cluster): void {
		placedInto.add(cluster);
		variant.cluster = cluster;
		cluster.variants.add(variant);
		const summary = cluster.summary;
		if (summary) {
			// A new variant has no units yet: it can only be the fullest, or have the fewest pairs.
			summary.minKeys = Math.min(summary.minKeys, variant.keys.length);
			if (variant.norms.length > summary.fullest.norms.length) {
				summary.fullest = variant;
				summary.representatives = [...new Set([variant, summary.quoted])];
			}
		}
		for (const key of variant.keys) {
			let set = cluster.byPair.get(key);
			if (!set) {
				set = new Set();
				cluster.byPair.set(key, set);
				let clusters = postings.get(key);
				if (!clusters) {
					clusters = new Set();
					postings.set(key, clusters);
				}
				clusters.add(cluster);
			}
			set.add(variant);
		}
	}

	function dropVariant(variant: Variant): void {
		variants.delete(variant.key);
		const cluster = variant.cluster;
		cluster.variants.delete(variant);
		cluster.summary = undefined;
		for (const key of variant.keys) {
			const set = cluster.byPair.get(key);
			set?.delete(variant);
			if (set && set.size === 0) {
				cluster.byPair.delete(key);
				postings.get(key)?.delete(cluster);
				if (postings.get(key)?.size === 0) {
					postings.delete(key);
				}
			}
		}
	}

	function merge(from: Cluster, into: Cluster): void {
		// The merged-away cluster's statements are rebuilt with the passage it joins.
		retire(from);
		for (const v of [...from.variants]) {
			dropVariant(v);
			variants.set(v.key, v);
			addToCluster(v, into);
		}
	}

	/**
	 * A cluster lost a variant, which may have been the only link between the others: its
	 * variants are placed again, as if added now. Returns the clusters they land in.
	 */
	function recluster(cluster: Cluster): Cluster[] {
		const members = [...cluster.variants];
		members.forEach(dropVariant);
		replace(members);
		// A later variant may have merged an earlier one's cluster away: where they are now.
		return [...new Set(members.map((v) => v.cluster))];
	}

	/** Places variants (none of them in a cluster) one by one, in the order they first came. */
	function replace(members: Variant[]): void {
		for (const v of [...members].sort((a, b) => a.id - b.id)) {
			variants.set(v.key, v);
			place(v);
		}
	}

	function retire(cluster: Cluster): void {
		const passage = passageOf.get(cluster);
		if (passage) {
			retired.add(passage);
		}
	}

	/**
	 * Rebuilds the statements of every passage that holds a touched cluster, and says which
	 * documents' groups changed.
	 */
	function rebuild(touched: Set<Cluster>, oldPassages: Set<Passage>, updated: Set<string>, wasIndexed: ReadonlySet<string>): IndexChange {
		allGroups = undefined;
		retired.forEach((p) => oldPassages.add(p));
		retired.clear();
		placedInto.forEach((c) => touched.add(c));
		placedInto.clear();
		for (const c of touched) {
			const p = passageOf.get(c);
			if (p) {
				oldPassages.add(p);
			}
		}
		const before = new Map<string, string>();
		const involved = new Set<string>(updated);
		for (const p of oldPassages) {
			for (const g of p.groups) {
				g.members.forEach((m) => involved.add(m.document));
			}
		}
		for (const doc of involved) {
			before.set(doc, signatureOf(doc));
		}
		for (const p of oldPassages) {
			forgetPassage(p);
		}
		// Every cluster of the old passages may now be in another passage: start from all of them.
		const starts = new Set<Cluster>();
		for (const c of touched) {
			if (c.variants.size) {
				starts.add(c);
			}
		}
		for (const p of oldPassages) {
			p.clusters.filter((c) => c.variants.size).forEach((c) => starts.add(c));
		}
		const done = new Set<Cluster>();
		for (const start of starts) {
			if (!done.has(start)) {
				const passage = buildPassage(start, done);
				for (const g of passage.groups) {
					g.members.forEach((m) => involved.add(m.document));
				}
			}
		}
		// An updated document counts when it is new or its groups changed, like any other.
		const changed = [...involved].filter((doc) => (updated.has(doc) && !wasIndexed.has(doc)) || before.get(doc) !== signatureOf(doc));
		return { changed: changed.sort() };
	}

	function forgetPassage(p: Passage): void {
		for (const c of p.clusters) {
			if (passageOf.get(c) === p) {
				passageOf.delete(c);
			}
		}
		for (const g of p.groups) {
			for (const m of g.members) {
				groupsByDoc.get(m.document)?.delete(g);
				const key = `${m.document}#${m.quote.id}`;
				const list = groupsByQuote.get(key)?.filter((x) => x !== g);
				if (list?.length) {
					groupsByQuote.set(key, list);
				} else {
					groupsByQuote.delete(key);
				}
			}
		}
	}

	/** The passage that holds `start`: the clusters its versions quote, then their statements. */
	function buildPassage(start: Cluster, done: Set<Cluster>): Passage {
		const clusters: Cluster[] = [];
		const versions = new Set<Version>();
		const queue = [start];
		done.add(start);
		while (queue.length) {
			const cluster = queue.pop()!;
			clusters.push(cluster);
			for (const variant of cluster.variants) {
				for (const unit of variant.units) {
					if (versions.has(unit.version)) {
						continue;
					}
					versions.add(unit.version);
					for (const other of unit.version.units) {
						const c = variantOf.get(other)!.cluster;
						if (!done.has(c)) {
							done.add(c);
							queue.push(c);
						}
					}
				}
			}
		}
		const passage: Passage = { clusters, groups: [] };
		for (const c of clusters) {
			passageOf.set(c, passage);
		}
		passage.groups = statementsOf([...versions]);
		for (const g of passage.groups) {
			hashOf.set(g, hashGroup(g));
			for (const m of g.members) {
				let set = groupsByDoc.get(m.document);
				if (!set) {
					set = new Set();
					groupsByDoc.set(m.document, set);
				}
				set.add(g);
				const key = `${m.document}#${m.quote.id}`;
				const list = groupsByQuote.get(key) ?? [];
				if (!list.includes(g)) {
					list.push(g);
					groupsByQuote.set(key, list);
				}
			}
		}
		return passage;
	}

	/**
	 * A passage's statements: its clusters in the order the versions quote them; consecutive
	 * clusters covered by the same body versions make one statement; a statement needs two.
	 */
	function statementsOf(versions: Version[]): QuoteGroup[] {
		versions.sort(byPlace);
		const body = versions.filter((v) => !v.headline);
		const clusterOf = (u: Unit) => variantOf.get(u)!.cluster;
		const order = orderClusters(body.map((v) => v.units.map(clusterOf)));
		const position = new Map(order.map((c, i) => [c, i]));
		// Each body version covers the stretch from its first cluster to its last.
		const spans = body.map((v) => {
			const at = v.units.map((u) => position.get(clusterOf(u))!);
			return { version: v, lo: Math.min(...at), hi: Math.max(...at) };
		});
		const signature = new Array<number>(order.length).fill(0);
		const count = new Array<number>(order.length).fill(0);
		for (const s of spans) {
			const h = hashInt(s.version.id);
			for (let p = s.lo; p <= s.hi; p++) {
				signature[p] ^= h;
				count[p]++;
			}
		}
		const groups: QuoteGroup[] = [];
		for (let i = 0; i < order.length; ) {
			let j = i;
			while (j + 1 < order.length && signature[j + 1] === signature[i] && count[j + 1] === count[i]) {
				j++;
			}
			if (count[i] >= 2) {
				const group = statement(order.slice(i, j + 1), spans.filter((s) => s.lo <= i && j <= s.hi).map((s) => s.version), versions.filter((v) => v.headline));
				if (group) {
					groups.push(group);
				}
			}
			i = j + 1;
		}
		return groups;
	}

	/** The group of one statement: its clusters, the body versions that cover them, and headlines. */
	function statement(clusters: Cluster[], covering: Version[], headlines: Version[]): QuoteGroup | undefined {
		const inStatement = new Set(clusters);
		const clusterOf = (u: Unit) => variantOf.get(u)!.cluster;
		const coverages: Coverage[] = [];
		for (const version of [...covering, ...headlines]) {
			const units = version.units.filter((u) => inStatement.has(clusterOf(u)));
			if (units.length) {
				coverages.push({ version, units });
			}
		}
		if (coverages.filter((c) => !c.version.headline).length < 2) {
			return undefined;
		}
		const body = coverages.filter((c) => !c.version.headline).flatMap((c) => c.units);
		const sentences = clusters.map((c) => body.filter((u) => clusterOf(u) === c));
		return buildGroup({ sentences, coverages, quoted: (u) => variantOf.get(u)!.units.size, people, cache: comparisons });
	}

	function signatureOf(doc: string): string {
		return [...(groupsByDoc.get(doc) ?? [])]
			.map((g) => hashOf.get(g) ?? 0)
			.sort((a, b) => a - b)
			.join(',');
	}

	function groups(): QuoteGroup[] {
		if (!allGroups) {
			const all = new Set<QuoteGroup>();
			for (const set of groupsByDoc.values()) {
				set.forEach((g) => all.add(g));
			}
			allGroups = [...all].sort(byFirstMember);
		}
		return [...allGroups];
	}

	const groupsOfQuote = (doc: string, quoteId: string) => [...(groupsByQuote.get(`${doc}#${quoteId}`) ?? [])].sort((a, b) => regionOf(a, doc, quoteId) - regionOf(b, doc, quoteId));

	return Object.freeze({
		update: (document: IndexedDocument) => updateAll([document]),
		updateAll,
		remove,
		groups,
		groupsOf: (doc: string) => [...(groupsByDoc.get(doc) ?? [])].sort(byFirstMember),
		groupOf: (doc: string, quoteId: string) => groupsOfQuote(doc, quoteId)[0],
		groupsOfQuote,
		documents: () => [...docs].sort(),
	});
}

/**
 * Where to split a new wording that holds sentences others quote apart (one outlet's "…war on
 * religion and I'll fight…" for two sentences): before each stretch of it that another version
 * quotes as a sentence of its own, opening with a capital. Empty when it is one sentence, or
 * holds only fragments of others' ("We will rebuild …" and "… will be bigger …" of one sentence).
 */
function splitPoints(variant: Variant, found: ReadonlyArray<{ cluster: Cluster; through: Variant }>): number[] {
	if (found.length < 2 || variant.headline || found.some((f) => sameSentence(variant, f.through))) {
		return [];
	}
	const stretches = found
		.map((f) => {
			const run = longestCommonRun(variant.norms, f.through.norms);
			return { start: run.aStart, end: run.aStart + run.length, opens: f.through.opensSentence && run.bStart === 0 };
		})
		.filter((r) => r.end - r.start >= 3)
		.sort((a, b) => a.start - b.start);
	const at: number[] = [];
	let reached = -1;
	for (const r of stretches) {
		if (r.start >= reached && reached >= 0 && r.opens) {
			at.push(r.start);
		}
		reached = Math.max(reached, r.end);
	}
	return at.filter((k) => k > 0 && k < variant.norms.length);
}

/** `part` is a stretch of `whole`: most of its words, in one run. */
function stretchOf(part: Variant, whole: Variant): boolean {
	return part.norms.length < whole.norms.length && longestCommonRun(part.norms, whole.norms).length >= 0.8 * part.norms.length;
}

/** Two wordings of one sentence, not a fragment of it: their longest shared run is most of the longer. */
function sameSentence(a: Variant, b: Variant): boolean {
	return longestCommonRun(a.norms, b.norms).length >= 0.6 * Math.max(a.norms.length, b.norms.length);
}

/** Of the clusters a wording links to, the one whose variant shares the longest run with it. */
function bestFit(variant: Variant, found: ReadonlyArray<{ cluster: Cluster; through: Variant }>): Cluster {
	let best = found[0];
	let bestRun = -1;
	for (const f of found) {
		const run = longestCommonRun(variant.norms, f.through.norms).length / Math.max(variant.norms.length, f.through.norms.length);
		if (run > bestRun) {
			best = f;
			bestRun = run;
		}
	}
	return best.cluster;
}

/** Where a quote's region in a group starts (to order a quote's groups). */
function regionOf(group: QuoteGroup, doc: string, quoteId: string): number {
	return group.members.find((m) => m.document === doc && m.quote.id === quoteId)?.start ?? 0;
}

function byPlace(a: Version, b: Version): number {
	return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.parts[0].start - b.parts[0].start;
}

function byFirstMember(a: QuoteGroup, b: QuoteGroup): number {
	const [x, y] = [a.members[0], b.members[0]];
	return x.document < y.document ? -1 : x.document > y.document ? 1 : x.start - y.start;
}

/**
 * The clusters in the order the versions quote them: each version's sequence says which come
 * before which; where versions disagree (or say nothing), the one quoted first comes first.
 */
function orderClusters<T>(sequences: ReadonlyArray<readonly T[]>): T[] {
	const rank = new Map<T, number>();
	const after = new Map<T, Set<T>>();
	const incoming = new Map<T, number>();
	for (const seq of sequences) {
		seq.forEach((c) => {
			if (!rank.has(c)) {
				rank.set(c, rank.size);
				incoming.set(c, 0);
				after.set(c, new Set());
			}
		});
		for (let i = 0; i + 1 < seq.length; i++) {
			const [a, b] = [seq[i], seq[i + 1]];
			if (a !== b && !after.get(a)!.has(b)) {
				after.get(a)!.add(b);
				incoming.set(b, incoming.get(b)! + 1);
			}
		}
	}
	const order: T[] = [];
	const placed = new Set<T>();
	const byRank = [...rank.keys()];
	while (order.length < byRank.length) {
		// The first-quoted cluster with nothing left before it; on a cycle, the first-quoted of all.
		let next = byRank.find((c) => !placed.has(c) && incoming.get(c) === 0);
		next ??= byRank.find((c) => !placed.has(c))!;
		placed.add(next);
		order.push(next);
		for (const b of after.get(next)!) {
			incoming.set(b, incoming.get(b)! - 1);
		}
	}
	return order;
}

/** Word pairs that are not both function words; a one-word sentence is its own key. */
function keysFor(norms: readonly string[]): string[] {
	if (norms.length === 1) {
		return STOPWORDS.has(norms[0]) ? [] : [norms[0]];
	}
	const keys = new Set<string>();
	for (let i = 0; i + 1 < norms.length; i++) {
		if (!STOPWORDS.has(norms[i]) || !STOPWORDS.has(norms[i + 1])) {
			keys.add(intern(`${norms[i]} ${norms[i + 1]}`));
		}
	}
	return [...keys];
}

/** A well-mixed 32-bit hash of an integer, for sets of versions compared by XOR. */
function hashInt(n: number): number {
	let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	return (x ^ (x >>> 16)) >>> 0;
}

/** A digest of everything a document's results depend on in a group. */
function hashGroup(g: QuoteGroup): number {
	let h = 0x811c9dc5;
	const add = (s: string) => {
		for (let i = 0; i < s.length; i++) {
			h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
		}
		h = Math.imul(h ^ 0xff, 0x01000193);
	};
	add(`${g.id}|${g.kind}|${g.text}|${g.speaker?.key ?? ''}`);
	for (const m of g.members) {
		add(`${m.document}#${m.quote.id}@${m.start}-${m.end}:${m.kind}:${m.speaker?.key ?? ''}:${m.quote.text.length}`);
		for (const c of m.changes) {
			add(`${c.op}/${c.from}/${c.to}/${c.memberStart}`);
		}
	}
	return h >>> 0;
}
