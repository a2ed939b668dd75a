/**
 * Builds one group from linked versions: joins the parts of interrupted quotes, picks the
 * canonical version, and says how every other version differs from it, word by word.
 */
import type { Quote } from '../types';
import { diffWords, longestCommonRun, type DiffOp } from './align';
import { fullest, sameSpeaker } from './speakers';
import {
	type DifferenceKind,
	type GroupMember,
	type GroupSpeaker,
	type QuoteGroup,
	type Severity,
	type WordChange,
	worstKind,
} from './types';
import { foldTypography, isNegation, isNumberWord, wordsOf, type Word } from './words';

/** One indexed quotation. */
export interface Node {
	id: number;
	doc: string;
	quote: Quote;
	words: Word[];
	norms: string[];
	speaker: GroupSpeaker | null;
	primary: boolean;
}

/** A document's version of the statement: one quote, or the parts of an interrupted one. */
interface Version {
	doc: string;
	parts: Node[];
	norms: string[];
	/** For each word of `norms`: which part, and which word of it. */
	origin: Array<{ part: number; word: number }>;
	text: string;
	primary: boolean;
	speaker: GroupSpeaker | null;
}

const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high'];

/** The group made of `nodes` (two or more linked quotations). */
export function buildGroup(nodes: readonly Node[]): QuoteGroup {
	const versions = versionsOf(nodes);
	const canonical = versions.reduce((best, v) => (better(v, best) ? v : best));
	const speaker = groupSpeaker(versions, canonical);
	const canonicalOffsets = partOffsets(canonical);
	const members: GroupMember[] = [];
	for (const version of versions) {
		const { kind, changes, marked } = compare(canonical, version, canonicalOffsets, speaker);
		const severity = severityOf(kind);
		version.parts.forEach((part, p) => {
			const own = changes.filter((c) => c.part === p);
			// A part of a longer version with no word changed of its own differs only in marks.
			const partKind = version.parts.length > 1 && own.length === 0 && kind !== 'speaker' ? marksOnly(part.quote.text, canonical.text) : kind;
			members.push({
				document: part.doc,
				quote: part.quote,
				kind: partKind,
				severity: partKind === kind ? severity : severityOf(partKind),
				changes: own.map(({ part: _part, atEnd: _atEnd, ...change }) => change),
				// The group's fuller form of the same speaker ("Tom Hale" for a bare "Hale").
				speaker: reconcile(part.speaker ?? version.speaker, speaker) ?? speaker,
				speakerInferred: !part.speaker && !version.speaker && speaker !== null,
				marked,
				parts: version.parts.length,
			});
		});
	}
	members.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.quote.start - b.quote.start));
	const canonicalMember = members.find((m) => m.quote === canonical.parts[0].quote)!;
	const kind = worstKind(members.map((m) => m.kind));
	const severity = members.reduce<Severity>((s, m) => (SEVERITY_ORDER.indexOf(m.severity) > SEVERITY_ORDER.indexOf(s) ? m.severity : s), 'none');
	return {
		id: `${canonical.doc}#${canonical.parts[0].quote.id}`,
		speaker,
		canonical: canonicalMember,
		canonicalText: canonical.text,
		members,
		kind,
		severity,
		documents: new Set(members.map((m) => m.document)).size,
	};
}

function reconcile(own: GroupSpeaker | null, group: GroupSpeaker | null): GroupSpeaker | null {
	return own && group && sameSpeaker(own, group) ? group : own;
}

/** How a part whose words all match the canonical version differs from it: at most in marks. */
function marksOnly(part: string, canonical: string): DifferenceKind {
	if (canonical.includes(part)) {
		return 'identical';
	}
	return foldTypography(canonical).includes(foldTypography(part)) ? 'typography' : 'punctuation';
}

/**
 * Splits each document's quotes into versions. Quotes of one document that cover successive
 * stretches of the statement ("…," she said. "…") are one version; a quote that covers the
 * same stretch again (an article repeating itself) is a version of its own.
 */
function versionsOf(nodes: readonly Node[]): Version[] {
	const reference = nodes.reduce((best, n) => (n.norms.length > best.norms.length ? n : best));
	const byDoc = new Map<string, Node[]>();
	for (const n of nodes) {
		byDoc.set(n.doc, [...(byDoc.get(n.doc) ?? []), n]);
	}
	const versions: Version[] = [];
	for (const [doc, docNodes] of byDoc) {
		docNodes.sort((a, b) => a.quote.start - b.quote.start);
		let current: Node[] = [];
		let reached = -1;
		for (const n of docNodes) {
			const run = n === reference ? { aStart: 0, length: n.norms.length } : longestCommonRun(reference.norms, n.norms);
			const start = run.aStart;
			if (current.length && start >= reached - 1 && run.length > 0) {
				current.push(n);
			} else {
				if (current.length) {
					versions.push(makeVersion(doc, current));
				}
				current = [n];
			}
			reached = start + run.length;
		}
		versions.push(makeVersion(doc, current));
	}
	return versions;
}

function makeVersion(doc: string, parts: Node[]): Version {
	const norms: string[] = [];
	const origin: Version['origin'] = [];
	parts.forEach((p, i) => {
		p.norms.forEach((w, j) => {
			norms.push(w);
			origin.push({ part: i, word: j });
		});
	});
	const speakers = parts.map((p) => p.speaker).filter((s): s is GroupSpeaker => s !== null);
	return {
		doc,
		parts,
		norms,
		origin,
		text: parts.map((p) => p.quote.text).join(' '),
		primary: parts.some((p) => p.primary),
		speaker: speakers[0] ?? null,
	};
}

/** Primary sources first, then the most complete, then the first document and offset. */
function better(a: Version, b: Version): boolean {
	if (a.primary !== b.primary) {
		return a.primary;
	}
	if (a.norms.length !== b.norms.length) {
		return a.norms.length > b.norms.length;
	}
	if (a.parts.length !== b.parts.length) {
		// The same words in one piece rather than interrupted.
		return a.parts.length < b.parts.length;
	}
	if (a.doc !== b.doc) {
		return a.doc < b.doc;
	}
	return a.parts[0].quote.start < b.parts[0].quote.start;
}

/** The canonical version's speaker, or the fullest name of those the versions agree on. */
function groupSpeaker(versions: readonly Version[], canonical: Version): GroupSpeaker | null {
	const named = versions.map((v) => v.speaker).filter((s): s is GroupSpeaker => s !== null);
	const anchor = canonical.speaker ?? mostCommon(named);
	return anchor ? fullest(named.filter((s) => sameSpeaker(s, anchor))) : null;
}

function mostCommon(speakers: readonly GroupSpeaker[]): GroupSpeaker | null {
	const counts = new Map<string, { s: GroupSpeaker; n: number }>();
	for (const s of speakers) {
		const c = counts.get(s.key) ?? { s, n: 0 };
		c.n++;
		counts.set(s.key, c);
	}
	let best: { s: GroupSpeaker; n: number } | null = null;
	for (const c of counts.values()) {
		if (!best || c.n > best.n) {
			best = c;
		}
	}
	return best?.s ?? null;
}

/** Where each part's text starts in the version's joined text. */
function partOffsets(v: Version): number[] {
	const offsets: number[] = [];
	let at = 0;
	for (const p of v.parts) {
		offsets.push(at);
		at += p.quote.text.length + 1;
	}
	return offsets;
}

/** A change with the part of the version it falls in, and whether it sits at either end. */
type PartChange = WordChange & { part: number; atEnd: boolean };

function compare(
	canonical: Version,
	version: Version,
	canonicalOffsets: readonly number[],
	speaker: GroupSpeaker | null,
): { kind: DifferenceKind; changes: PartChange[]; marked: boolean } {
	const speakerChanged = Boolean(speaker && version.speaker && !sameSpeaker(speaker, version.speaker));
	const marked = /…|\.\.\.|\[\s*\.\.\.\s*\]/.test(version.text);
	if (version === canonical) {
		return { kind: 'identical', changes: [], marked: false };
	}
	if (version.text === canonical.text) {
		return { kind: speakerChanged ? 'speaker' : 'identical', changes: [], marked: false };
	}
	const changes = wordChanges(canonical, version, canonicalOffsets);
	let kind: DifferenceKind;
	if (foldTypography(version.text) === foldTypography(canonical.text)) {
		kind = 'typography';
	} else if (changes.length === 0) {
		kind = 'punctuation';
	} else if (changes.every((c) => c.atEnd) && (changes.every((c) => c.op === 'removed') || changes.every((c) => c.op === 'added'))) {
		// One version is a stretch of the other.
		kind = 'truncation';
	} else if (changes.every((c) => c.op === 'removed') && !changes.some(flipsStatement)) {
		// Words left out in the middle, figures among them or not.
		kind = 'elision';
	} else {
		kind = 'wording';
	}
	if (kind !== 'wording') {
		// Figures and negations are flagged where words were changed, not where a cut left them out.
		for (const c of changes) {
			c.number = c.negation = false;
		}
	}
	return { kind: speakerChanged ? 'speaker' : kind, changes, marked: kind === 'elision' && marked };
}

/**
 * A cut that turns the statement around: "not" or "never" left out, alone or with a word next
 * to it ("did not", "have never"), while the words it negated stay. A longer cut that takes a
 * negation with its clause ("… we’ve never drained the canal …") only shortens the statement.
 */
function flipsStatement(change: PartChange): boolean {
	return change.negation && wordsOf(change.from).length <= 2;
}

/**
 * The diff from the canonical words to a version's. When one is a stretch of the other the cut
 * is taken where that stretch sits, rather than wherever a shortest diff happens to match a
 * repeated word ("will" in "We will rebuild … it will be bigger").
 */
function alignedOps(canonical: readonly string[], version: readonly string[]): DiffOp[] {
	const shorter = Math.min(canonical.length, version.length);
	const run = shorter > 0 ? longestCommonRun(canonical, version) : { length: 0, aStart: 0, bStart: 0 };
	if (shorter === 0 || run.length < shorter) {
		return diffWords(canonical, version);
	}
	const ops: DiffOp[] = [];
	const { aStart, bStart, length } = run;
	if (aStart > 0) {
		ops.push({ op: 'removed', aStart: 0, aEnd: aStart, bStart: 0, bEnd: 0 });
	}
	if (bStart > 0) {
		ops.push({ op: 'added', aStart: 0, aEnd: 0, bStart: 0, bEnd: bStart });
	}
	ops.push({ op: 'equal', aStart, aEnd: aStart + length, bStart, bEnd: bStart + length });
	if (aStart + length < canonical.length) {
		ops.push({ op: 'removed', aStart: aStart + length, aEnd: canonical.length, bStart: bStart + length, bEnd: bStart + length });
	}
	if (bStart + length < version.length) {
		ops.push({ op: 'added', aStart: aStart + length, aEnd: aStart + length, bStart: bStart + length, bEnd: version.length });
	}
	return ops;
}

function wordChanges(canonical: Version, version: Version, canonicalOffsets: readonly number[]): PartChange[] {
	const ops = alignedOps(canonical.norms, version.norms);
	const changes: PartChange[] = [];
	const cWord = (i: number) => {
		const o = canonical.origin[i];
		const w = canonical.parts[o.part].words[o.word];
		return { start: canonicalOffsets[o.part] + w.start, end: canonicalOffsets[o.part] + w.end };
	};
	const vWord = (i: number) => {
		const o = version.origin[i];
		return { part: o.part, ...version.parts[o.part].words[o.word] };
	};
	for (let k = 0; k < ops.length; k++) {
		const op = ops[k];
		if (op.op === 'equal') {
			continue;
		}
		// A removal next to an addition, in either order, is one replacement.
		const next = ops[k + 1];
		const replaced = next !== undefined && next.op !== 'equal' && next.op !== op.op;
		const [removal, addition] = op.op === 'removed' ? [op, replaced ? next : undefined] : [replaced ? next : undefined, op];
		const aStart = removal?.aStart ?? op.aStart;
		const aEnd = removal?.aEnd ?? op.aStart;
		const bStart = addition?.bStart ?? op.bStart;
		const bEnd = addition?.bEnd ?? op.bStart;
		if (replaced) {
			k++;
		}
		const fromWords = canonical.norms.slice(aStart, aEnd);
		const toWords = version.norms.slice(bStart, bEnd);
		const canonicalSpan = aEnd > aStart ? { start: cWord(aStart).start, end: cWord(aEnd - 1).end } : gapIn(canonical.norms.length, aStart, cWord);
		let part = 0;
		let memberStart = 0;
		let memberEnd = 0;
		if (bEnd > bStart) {
			const first = vWord(bStart);
			const last = vWord(bEnd - 1);
			part = first.part;
			memberStart = first.start;
			memberEnd = last.part === first.part ? last.end : version.parts[first.part].quote.text.length;
		} else if (version.norms.length > 0) {
			// A gap: just after the previous word, or before the next.
			const before = bStart > 0 ? vWord(bStart - 1) : undefined;
			const after = bStart < version.norms.length ? vWord(bStart) : undefined;
			part = before?.part ?? after!.part;
			// At either end of the version the gap is at the end of its text (after closing
			// punctuation) or at its very start; in between, right after the previous word.
			memberStart = memberEnd = !after ? version.parts[part].quote.text.length : before ? before.end : 0;
		}
		const canonicalText = canonical.text;
		changes.push({
			op: replaced ? 'replaced' : op.op === 'removed' ? 'removed' : 'added',
			from: canonicalText.slice(canonicalSpan.start, canonicalSpan.end),
			to: bEnd > bStart ? version.parts[part].quote.text.slice(memberStart, memberEnd) : '',
			memberStart,
			memberEnd,
			canonicalStart: canonicalSpan.start,
			canonicalEnd: canonicalSpan.end,
			number: [...fromWords, ...toWords].some(isNumberWord),
			negation: [...fromWords, ...toWords].some(isNegation),
			part,
			atEnd: replaced ? false : op.op === 'removed' ? aStart === 0 || aEnd === canonical.norms.length : bStart === 0 || bEnd === version.norms.length,
		});
	}
	return changes;
}

function gapIn(length: number, at: number, word: (i: number) => { start: number; end: number }): { start: number; end: number } {
	if (length === 0) {
		return { start: 0, end: 0 };
	}
	const pos = at > 0 ? word(at - 1).end : word(0).start;
	return { start: pos, end: pos };
}

function severityOf(kind: DifferenceKind): Severity {
	switch (kind) {
		case 'identical':
			return 'none';
		case 'typography':
		case 'punctuation':
			return 'low';
		case 'truncation':
		case 'elision':
			return 'medium';
		case 'wording':
		case 'speaker':
			return 'high';
	}
}
