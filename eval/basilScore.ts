/**
 * Scoring cross-source matching against hand-annotated BASIL triplets (launchnlp/BASIL: the New
 * York Times, Fox News and HuffPost on one event). Pure: texts, annotations and Misquote's
 * groups in, figures out; `basil.ts` reads the data and runs the engine.
 *
 * An annotation lists, per triplet, every sentence of someone's words that two or more of the
 * articles quote (each article's version: its span and how it differs from the most complete
 * version), and look-alikes: quotations that share words but are not the same statement.
 */
import { DIFFERENCE_ORDER, worstKind, type DifferenceKind, type Quote, type QuoteGroup } from '../server/src/engine';

/** One article's version of an annotated sentence. */
export interface AnnotatedVersion {
	/** n of `<uuid>_<n>.json`. */
	article: number;
	start: number;
	end: number;
	/** The first 40 characters of the span, to check the rebuilt text. */
	text: string;
	kind: DifferenceKind;
	speaker?: string;
	headline?: boolean;
}

export interface AnnotatedStatement {
	id: string;
	speaker?: string;
	versions: AnnotatedVersion[];
}

export interface AnnotatedQuote {
	article: number;
	start: number;
	end: number;
	text: string;
}

export interface TripletAnnotation {
	/** `articles/<year>/<triplet uuid>`. */
	triplet: string;
	articles: Record<string, string>;
	statements: AnnotatedStatement[];
	lookalikes: Array<{ a: AnnotatedQuote; b: AnnotatedQuote; why: string }>;
}

/** What Misquote made of one triplet: each article's quotes and the groups of the three. */
export interface TripletRun {
	annotation: TripletAnnotation;
	/** By article number: its text and quotes. */
	articles: Map<number, { id: string; text: string; quotes: Quote[] }>;
	groups: QuoteGroup[];
}

/** A link: two quotations, in two articles, that are versions of one statement. */
type LinkKey = string;

export interface KindOutcome {
	triplet: string;
	statement: string;
	gold: DifferenceKind;
	found: DifferenceKind | null;
	text: string;
}

export interface LinkExample {
	triplet: string;
	a: string;
	b: string;
}

export interface BasilResult {
	triplets: number;
	statements: number;
	links: { gold: number; found: number; right: number };
	lookalikes: { total: number; linked: number };
	kinds: KindOutcome[];
	/** Of every annotated version found in a group of its statement: its kind as annotated. */
	versionKinds: { right: number; total: number };
	missed: LinkExample[];
	wrong: LinkExample[];
	linkedLookalikes: Array<LinkExample & { why: string }>;
}

/**
 * Checks that the text rebuilt from the dataset is the one annotated: every span's first 40
 * characters read as the annotation says. Returns the mismatches, as messages.
 */
export function checkOffsets(annotation: TripletAnnotation, texts: ReadonlyMap<number, string>): string[] {
	const problems: string[] = [];
	const check = (what: string, v: { article: number; start: number; end: number; text: string }) => {
		const text = texts.get(v.article);
		if (text === undefined) {
			problems.push(`${what}: article ${v.article} missing`);
		} else if (text.slice(v.start, Math.min(v.end, v.start + 40)) !== v.text) {
			problems.push(`${what}: expected “${v.text}” at ${v.start}, the text has “${text.slice(v.start, Math.min(v.end, v.start + 40))}”`);
		}
	};
	for (const s of annotation.statements) {
		s.versions.forEach((v, i) => check(`${annotation.triplet} ${s.id} version ${i + 1}`, v));
	}
	annotation.lookalikes.forEach((l, i) => {
		check(`${annotation.triplet} look-alike ${i + 1}`, l.a);
		check(`${annotation.triplet} look-alike ${i + 1}`, l.b);
	});
	return problems;
}

/** Scores every triplet's run. */
export function score(runs: readonly TripletRun[]): BasilResult {
	const result: BasilResult = {
		triplets: runs.length,
		statements: 0,
		links: { gold: 0, found: 0, right: 0 },
		lookalikes: { total: 0, linked: 0 },
		kinds: [],
		versionKinds: { right: 0, total: 0 },
		missed: [],
		wrong: [],
		linkedLookalikes: [],
	};
	for (const run of runs) {
		scoreTriplet(run, result);
	}
	return result;
}

function scoreTriplet(run: TripletRun, result: BasilResult): void {
	const { annotation } = run;
	const docOf = new Map([...run.articles].map(([n, a]) => [a.id, n]));
	const quoteKey = (article: number, quote: Quote) => `${article}#${quote.id}`;
	const describe = (key: string) => {
		const [n, id] = key.split('#');
		const a = run.articles.get(Number(n));
		const q = a?.quotes.find((x) => x.id === id);
		return q ? `${a!.id.split('/').pop()}:${a!.text.slice(0, q.start).split('\n').length} “${q.text.replace(/\s+/g, ' ').slice(0, 60)}”` : key;
	};
	/** The quote holding most of a span (half of it at least), or undefined. */
	const quoteAt = (v: { article: number; start: number; end: number }): Quote | undefined => {
		let best: Quote | undefined;
		let bestOverlap = 0;
		for (const q of run.articles.get(v.article)?.quotes ?? []) {
			let overlap = 0;
			for (const s of q.segments) {
				overlap += Math.max(0, Math.min(s.end, v.end) - Math.max(s.start, v.start));
			}
			if (overlap > bestOverlap || (overlap === bestOverlap && best && overlap > 0 && q.end - q.start < best.end - best.start)) {
				best = q;
				bestOverlap = overlap;
			}
		}
		return bestOverlap >= 0.5 * Math.max(1, v.end - v.start) ? best : undefined;
	};

	// Gold links: every pair of body versions of one sentence in two articles. A version the
	// engine did not find as a quotation keeps a key of its own, so its links count as missed.
	const gold = new Set<LinkKey>();
	const versionKey = (s: AnnotatedStatement, i: number): string => {
		const v = s.versions[i];
		const q = quoteAt(v);
		return q ? quoteKey(v.article, q) : `${v.article}#unfound:${s.id}:${i}`;
	};
	for (const s of annotation.statements) {
		const body = s.versions.map((v, i) => ({ v, key: versionKey(s, i) })).filter((x) => !x.v.headline);
		for (let i = 0; i < body.length; i++) {
			for (let j = i + 1; j < body.length; j++) {
				if (body[i].v.article !== body[j].v.article) {
					gold.add(pairKey(body[i].key, body[j].key));
				}
			}
		}
	}
	// Links found: every pair of body members of one group in two articles that quote words of a
	// same sentence of the statement, as the annotation counts them (a long quote's first sentence
	// links to the versions of that sentence, not to another article's piece of its second).
	const found = new Set<LinkKey>();
	for (const g of run.groups) {
		const sentencesOf = (m: QuoteGroup['members'][number]) => {
			const hit = g.sentences.map((s, i) => (s.start < m.textEnd && m.textStart < s.end ? i : -1)).filter((i) => i >= 0);
			return new Set(hit);
		};
		const members = g.members.filter((m) => !m.quote.headline).map((m) => ({ m, sentences: sentencesOf(m), article: docOf.get(m.document)!, key: quoteKey(docOf.get(m.document)!, m.quote) }));
		for (let i = 0; i < members.length; i++) {
			for (let j = i + 1; j < members.length; j++) {
				const [a, b] = [members[i], members[j]];
				if (a.article !== b.article && [...a.sentences].some((x) => b.sentences.has(x))) {
					found.add(pairKey(a.key, b.key));
				}
			}
		}
	}
	result.links.gold += gold.size;
	result.links.found += found.size;
	for (const link of found) {
		if (gold.has(link)) {
			result.links.right++;
		} else {
			const [a, b] = link.split('|');
			result.wrong.push({ triplet: annotation.triplet, a: describe(a), b: describe(b) });
		}
	}
	for (const link of gold) {
		if (!found.has(link)) {
			const [a, b] = link.split('|');
			result.missed.push({ triplet: annotation.triplet, a: describe(a), b: describe(b) });
		}
	}
	for (const l of annotation.lookalikes) {
		result.lookalikes.total++;
		const [qa, qb] = [quoteAt(l.a), quoteAt(l.b)];
		if (qa && qb && found.has(pairKey(quoteKey(l.a.article, qa), quoteKey(l.b.article, qb)))) {
			result.lookalikes.linked++;
			result.linkedLookalikes.push({ triplet: annotation.triplet, a: describe(quoteKey(l.a.article, qa)), b: describe(quoteKey(l.b.article, qb)), why: l.why });
		}
	}

	// Kinds, per statement: sentences quoted by exactly the same quotations are one statement
	// (two sentences every outlet quotes together), whose kind is the worst of its versions'.
	const coverage = (s: AnnotatedStatement) =>
		[...new Set(s.versions.filter((v) => !v.headline).map((v) => (quoteAt(v) ? quoteKey(v.article, quoteAt(v)!) : `${v.article}@${v.start}`)))].sort().join(',');
	const merged = new Map<string, AnnotatedStatement[]>();
	for (const s of annotation.statements) {
		if (new Set(s.versions.filter((v) => !v.headline).map((v) => v.article)).size < 2) {
			continue;
		}
		const key = coverage(s);
		merged.set(key, [...(merged.get(key) ?? []), s]);
	}
	for (const sentences of merged.values()) {
		result.statements++;
		const versions = sentences.flatMap((s) => s.versions.filter((v) => !v.headline));
		const goldKind = worstKind(versions.map((v) => v.kind));
		const keys = new Set(versions.map((v) => quoteAt(v)).filter((q): q is Quote => q !== undefined).map((q) => q.id + '@' + q.start));
		// The group holding most of the statement's quotations, in two articles or more.
		let best: QuoteGroup | undefined;
		let bestCount = 1;
		for (const g of run.groups) {
			const held = g.members.filter((m) => !m.quote.headline && versions.some((v) => docOf.get(m.document) === v.article && keys.has(m.quote.id + '@' + m.quote.start) && overlaps(m, v)));
			const count = new Set(held.map((m) => m.document)).size >= 2 ? held.length : 0;
			if (count > bestCount) {
				best = g;
				bestCount = count;
			}
		}
		const foundKind = best ? worstKind(best.members.filter((m) => !m.quote.headline).map((m) => m.kind)) : null;
		const first = versions[0];
		const text = run.articles.get(first.article)!.text.slice(first.start, first.end).replace(/\s+/g, ' ');
		result.kinds.push({ triplet: annotation.triplet, statement: sentences.map((s) => s.id).join('+'), gold: goldKind, found: foundKind, text: text.length > 70 ? text.slice(0, 69) + '…' : text });
		if (best) {
			for (const v of versions) {
				const m = best.members.find((x) => docOf.get(x.document) === v.article && overlaps(x, v));
				if (m) {
					result.versionKinds.total++;
					result.versionKinds.right += Number(m.kind === v.kind || (m.kind === 'identical' && v.kind === 'identical'));
				}
			}
		}
	}
}

/** Whether a member's stretch of its article overlaps an annotated span. */
function overlaps(m: QuoteGroup['members'][number], v: { start: number; end: number }): boolean {
	const start = (m as { start?: number }).start ?? m.quote.start;
	const end = (m as { end?: number }).end ?? m.quote.end;
	return start < v.end && v.start < end;
}

function pairKey(a: string, b: string): LinkKey {
	return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** "identical", … by seriousness; for the confusion table. */
export const KINDS = DIFFERENCE_ORDER;
