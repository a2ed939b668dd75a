/**
 * Builds one statement's group: its text sentence by sentence, its canonical version, and how
 * every version differs from the statement over the region it covers, word by word.
 */
import { diffWords, longestCommonRun, type DiffOp } from './align';
import { fullest, sameSpeaker, type PeopleRegistry } from './speakers';
import {
	type DifferenceKind,
	type GroupMember,
	type GroupSpeaker,
	type QuoteGroup,
	type Severity,
	type WordChange,
	worstKind,
} from './types';
import { articleOffset, type PartWord, type Unit, type Version } from './units';
import { foldTypography, isNegation, isNumberWord, wordsOf } from './words';
import type { Quote } from '../types';

/** A version as one statement sees it: the version, and its sentences that fall in the statement. */
export interface Coverage {
	version: Version;
	units: Unit[];
}

/** What a statement is made of: its sentences in order (the units that quote each) and its versions. */
export interface StatementInput {
	/** For each sentence, in order, the body versions' units that quote it. */
	sentences: Unit[][];
	coverages: Coverage[];
	/** How many outlets quote a unit's exact words (its variant's size). */
	quoted: (unit: Unit) => number;
	people?: PeopleRegistry;
	/** Comparisons already made, kept by the index across rebuilds (a reprinted version is compared once). */
	cache?: ComparisonCache;
}

/** What comparing a version's words with a statement's gives, whoever said them. */
interface Compared {
	kind: DifferenceKind;
	changes: PartChange[];
	marked: boolean;
	aligned: number[];
}

/** Comparisons by statement and version text, with ids for the long texts they are keyed by. */
export class ComparisonCache {
	private readonly results = new Map<string, Compared>();
	private readonly ids = new Map<string, number>();
	private readonly versionIds = new WeakMap<Version, { generation: number; id: number }>();
	/** What each version made of its statements: a rebuild of a reprinted statement reuses them. */
	private readonly members = new WeakMap<Version, Map<string, GroupMember[]>>();
	private nextId = 0;
	/** Bumped when the cache starts again: ids given before no longer count. */
	private generation = 0;

	constructor(private readonly limit = 100_000) {}

	/** A short id for a text (a statement's compared form). */
	idOf(text: string): number {
		let id = this.ids.get(text);
		if (id === undefined) {
			id = this.nextId++;
			this.ids.set(text, id);
		}
		return id;
	}

	/** A short id for a version's words as written (its parts' texts). */
	versionId(version: Version): number {
		const known = this.versionIds.get(version);
		if (known?.generation === this.generation) {
			return known.id;
		}
		const id = this.idOf(version.parts.map((p) => p.text).join('\u0002'));
		this.versionIds.set(version, { generation: this.generation, id });
		return id;
	}

	get(key: string): Compared | undefined {
		return this.results.get(key);
	}

	/** The members a version made of a statement when last built, if `key` (what they depend on) is the same. */
	membersOf(version: Version, key: string): GroupMember[] | undefined {
		return this.members.get(version)?.get(key);
	}

	keepMembers(version: Version, key: string, members: GroupMember[]): void {
		let byKey = this.members.get(version);
		if (!byKey) {
			byKey = new Map();
			this.members.set(version, byKey);
		}
		if (byKey.size >= 8) {
			// A long quote is a version of a few statements; more keys are statements gone by.
			byKey.clear();
		}
		byKey.set(key, members);
	}

	set(key: string, value: Compared): void {
		if (this.results.size >= this.limit) {
			this.results.clear();
			this.ids.clear();
			this.generation++;
		}
		this.results.set(key, value);
	}
}

const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high'];

/** The group of one statement quoted by two versions or more. */
export function buildGroup({ sentences, coverages, quoted, people, cache }: StatementInput): QuoteGroup {
	const body = coverages.filter((c) => !c.version.headline);
	const canonical = body.reduce((best, c) => (better(c, best) ? c : best));
	const statement = statementWords(sentences.map((units) => sentenceOf(units, canonical, quoted)));
	const speaker = groupSpeaker(body, canonical, people);
	const members: GroupMember[] = [];
	const statementForm = sentences.length ? statement.sentences.map(sentenceForm).join(' ') : '';
	const statementId = cache?.idOf(statement.text + '\u0001' + statementForm);
	for (const coverage of coverages) {
		const own = coverage.version.speaker;
		const same = Boolean(speaker && own && sameSpeaker(speaker, own, people));
		const speakerChanged = Boolean(speaker && own) && !same;
		// The group's fuller form of the same speaker ("Tom Hale" for a bare "Hale").
		const shown = (same ? speaker : own) ?? speaker;
		// Everything a member depends on besides its own version: a rebuild that changed none of it
		// (another outlet's version came or went) reuses the members made last time.
		const reuse = cache && `${statementId}|${coverage.version.units.length}|${coverage.units.map((u) => u.id).join(',')}|${speakerChanged ? 1 : 0}${own ? 1 : 0}|${speakerKey(shown)}`;
		const reused = reuse ? cache.membersOf(coverage.version, reuse) : undefined;
		if (reused) {
			members.push(...reused);
			continue;
		}
		const built: GroupMember[] = [];
		const words = coverage.units.flatMap((u) => u.words);
		const key = cache && `${statementId}|${cache.versionId(coverage.version)}|${coverage.units.map((u) => `${u.firstPart}.${u.firstStart}`).join(',')}`;
		let compared = key ? cache.get(key) : undefined;
		if (!compared) {
			const text = coverage.units.map((u) => sentenceForm(u.text)).join(' ');
			// An ellipsis may sit between two sentences of the version ("We have saved 16 … grants").
			const raw = coverage.version.parts.map((part, p) => {
				const mine = words.filter((w) => w.part === p);
				return mine.length ? partText(part.text, mine) : '';
			});
			compared = compare(statement, statementForm, words, text, coverage.version, raw.join(' '));
			if (key) {
				cache.set(key, compared);
			}
		}
		const { changes, marked, aligned } = compared;
		const kind: DifferenceKind = speakerChanged ? 'speaker' : compared.kind;
		const severity = severityOf(kind);
		const whole = coverage.units.length === coverage.version.units.length;
		coverage.version.parts.forEach((part, p) => {
			const partWords = words.filter((w) => w.part === p);
			if (!partWords.length) {
				return;
			}
			const partChanges = changes.filter((c) => c.part === p);
			// A part of a longer version with no word changed of its own differs only in marks.
			const partKind = coverage.version.parts.length > 1 && partChanges.length === 0 && kind !== 'speaker' ? marksOnly(partText(part.text, partWords), statementForm) : kind;
			const region = whole && partWords.length === wordsOf(part.text).length ? { start: part.start, end: part.end } : regionOf(part, partWords);
			// The stretch of the statement this part's words stand for.
			const at = words.flatMap((w, i) => (w.part === p && aligned[i] >= 0 ? [aligned[i]] : []));
			const covers = at.length ? { textStart: statement.offsets[Math.min(...at)].start, textEnd: statement.offsets[Math.max(...at)].end } : { textStart: 0, textEnd: statement.text.length };
			built.push({
				document: coverage.version.doc,
				quote: part,
				start: region.start,
				end: region.end,
				...covers,
				headline: coverage.version.headline,
				kind: partKind,
				severity: partKind === kind ? severity : severityOf(partKind),
				changes: partChanges.map(({ part: _part, atEnd: _atEnd, ...change }) => change),
				speaker: shown,
				speakerInferred: !own && speaker !== null,
				marked,
				parts: coverage.version.parts.length,
			});
		});
		members.push(...built);
		if (reuse) {
			cache.keepMembers(coverage.version, reuse, built);
		}
	}
	members.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
	const canonicalMember = members.find((m) => m.quote === canonical.version.parts[canonical.units[0].firstPart])!;
	const counted = members.filter((m) => !m.headline);
	const kind = worstKind(counted.map((m) => m.kind));
	const severity = counted.reduce<Severity>((s, m) => (SEVERITY_ORDER.indexOf(m.severity) > SEVERITY_ORDER.indexOf(s) ? m.severity : s), 'none');
	const canonicalWhole = canonical.units.length === canonical.version.units.length;
	return {
		id: `${canonical.version.doc}#${canonicalMember.quote.id}${canonicalWhole ? '' : `@${canonicalMember.start}`}`,
		speaker,
		canonical: canonicalMember,
		text: statement.text,
		sentences: statement.bounds,
		members,
		kind,
		severity,
		documents: new Set(counted.map((m) => m.document)).size,
	};
}

/**
 * The unit that gives a sentence's words: the canonical version's where it quotes all of it,
 * else a primary source's, else the most complete; of equals, one that ends as a sentence does,
 * then the most quoted wording, then the first article's.
 */
function sentenceOf(units: readonly Unit[], canonical: Coverage, quoted: (unit: Unit) => number): Unit {
	const longest = Math.max(...units.map((u) => u.norms.length));
	const own = canonical.units.find((u) => units.includes(u));
	if (own && own.norms.length >= longest) {
		return own;
	}
	const score = (u: Unit) => [Number(u.version.primary), u.norms.length, Number(/[.!?…]["'”’)]*$/.test(u.text)), quoted(u)];
	let best = units[0];
	for (const u of units) {
		const [a, b] = [score(u), score(best)];
		const k = a.findIndex((x, i) => x !== b[i]);
		if (k >= 0 && a[k] > b[k]) {
			best = u;
		}
	}
	return best;
}

/** The statement's words: each sentence's unit's words, with offsets into the joined text. */
interface StatementWords {
	text: string;
	/** Each sentence's text. */
	sentences: string[];
	/** Each sentence's `[start, end)` in `text`. */
	bounds: Array<{ start: number; end: number }>;
	norms: string[];
	offsets: Array<{ start: number; end: number }>;
}

/**
 * A sentence as compared: a full stop and a comma at its end are one (“…in error,” she said
 * is how news closes a quoted sentence before its attribution), and spaces are spaces (two
 * after a full stop, or a no-break space, are a publisher's layout, not the speaker's words).
 */
function sentenceForm(text: string): string {
	return foldSpaces(text).replace(CLOSING_STOP, '.');
}

/** The full stop or comma that ends a quoted sentence, before any closing marks. */
const CLOSING_STOP = /[.,](?=["'”’)\]]*$)/u;

function foldSpaces(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function statementWords(sentences: readonly Unit[]): StatementWords {
	let text = '';
	const norms: string[] = [];
	const offsets: StatementWords['offsets'] = [];
	const bounds: StatementWords['bounds'] = [];
	for (const unit of sentences) {
		if (text) {
			text += ' ';
		}
		const base = text.length;
		bounds.push({ start: base, end: base + unit.text.length });
		for (const o of unitWordOffsets(unit)) {
			offsets.push({ start: base + o.start, end: base + o.end });
		}
		norms.push(...unit.norms);
		text += unit.text;
	}
	return { text, sentences: sentences.map((u) => u.text), bounds, norms, offsets };
}

/** Offsets of a unit's words in its `text` (its parts' stretches joined by a space). */
function unitWordOffsets(unit: Unit): Array<{ start: number; end: number }> {
	const out: Array<{ start: number; end: number }> = [];
	let base = 0;
	const words = unit.words;
	let pieceStart = words[0]?.start ?? 0;
	let part = words[0]?.part ?? 0;
	let pieceEnd = 0;
	for (const w of words) {
		if (w.part !== part) {
			base += pieceEnd - pieceStart + 1;
			part = w.part;
			pieceStart = w.start;
		}
		out.push({ start: base + w.start - pieceStart, end: base + w.end - pieceStart });
		pieceEnd = pieceEndOf(unit, w);
	}
	return out;
}

/** Where the unit's stretch of a part ends: after its last word there and that word's punctuation. */
function pieceEndOf(unit: Unit, word: PartWord): number {
	const text = unit.version.parts[word.part].text;
	let end = word.end;
	while (end < text.length && !/[\s\p{L}\p{N}]/u.test(text[end])) {
		end++;
	}
	return end;
}

/** The stretch of the article a part's words cover, with the punctuation after the last one. */
function regionOf(part: Version['parts'][number], words: readonly PartWord[]): { start: number; end: number } {
	let end = words[words.length - 1].end;
	while (end < part.text.length && !/[\s\p{L}\p{N}]/u.test(part.text[end])) {
		end++;
	}
	return { start: articleOffset(part, words[0].start), end: articleOffset(part, end, 'end') };
}

function partText(text: string, words: readonly PartWord[]): string {
	let end = words[words.length - 1].end;
	while (end < text.length && !/[\s\p{L}\p{N}]/u.test(text[end])) {
		end++;
	}
	return text.slice(words[0].start, end);
}

/** Everything of a speaker a member shows. */
function speakerKey(s: GroupSpeaker | null): string {
	return s ? `${s.key}\u0000${s.name}\u0000${s.type}\u0000${s.unsure ? 1 : 0}${s.gender ?? ''}` : '';
}

/** How a part whose words all match the statement differs from it: at most in marks. */
function marksOnly(part: string, statement: string): DifferenceKind {
	// “Leaving my service in the House,” he said, “I’m able …”: the comma (or full stop) that ends
	// a part before the reporter's words is the reporter's break, not the speaker's punctuation.
	part = foldSpaces(part).replace(CLOSING_STOP, '');
	if (statement.includes(part)) {
		return 'identical';
	}
	return foldTypography(statement).includes(foldTypography(part)) ? 'typography' : 'punctuation';
}

function wordCount(c: Coverage): number {
	return c.units.reduce((n, u) => n + u.norms.length, 0);
}

/** Primary sources first, then the most complete, then in one piece, then the first document and offset. */
function better(a: Coverage, b: Coverage): boolean {
	if (a.version.primary !== b.version.primary) {
		return a.version.primary;
	}
	const [wa, wb] = [wordCount(a), wordCount(b)];
	if (wa !== wb) {
		return wa > wb;
	}
	const [pa, pb] = [partCount(a), partCount(b)];
	if (pa !== pb) {
		return pa < pb;
	}
	if (a.version.doc !== b.version.doc) {
		return a.version.doc < b.version.doc;
	}
	return a.version.parts[0].start < b.version.parts[0].start;
}

/** How many of its version's parts a coverage's words are in (they come in order of part). */
function partCount(c: Coverage): number {
	let n = 0;
	let last = -1;
	const at = c.version.wordAt;
	for (const u of c.units) {
		for (let i = u.from; i < u.to; i++) {
			if (at[3 * i + 2] !== last) {
				n++;
				last = at[3 * i + 2];
			}
		}
	}
	return n;
}

/** How a version differs from a passage of a primary source: its kind, word changes and whether an ellipsis marks a cut. */
export interface PassageComparison {
	kind: DifferenceKind;
	severity: Severity;
	/** Changes from the passage's words to the version's: `canonicalStart/End` index `passage`, `memberStart/End` the text of quote `part`. */
	changes: Array<WordChange & { part: number }>;
	marked: boolean;
}

/**
 * Compares a version (one quotation, or the parts of an interrupted one) with a passage taken
 * as its statement: the same comparison, kinds and word changes as between outlets, so a
 * quotation differs from a primary source in the words it would differ from an article in.
 */
export function compareWithPassage(passage: string, parts: readonly Quote[]): PassageComparison {
	const pieces = sentencesOfPassage(passage);
	const statement: StatementWords = { text: passage, sentences: pieces.map((b) => passage.slice(b.start, b.end)), bounds: pieces, norms: [], offsets: [] };
	for (const w of wordsOf(passage)) {
		statement.norms.push(w.norm);
		statement.offsets.push({ start: w.start, end: w.end });
	}
	const words: PartWord[] = parts.flatMap((p, part) => wordsOf(p.text).map((w) => ({ ...w, part })));
	const version = { parts: [...parts] } as unknown as Version;
	const raw = parts.map((p, i) => {
		const mine = words.filter((w) => w.part === i);
		return mine.length ? partText(p.text, mine) : '';
	});
	const statementForm = statement.sentences.map(sentenceForm).join(' ');
	const text = raw.filter(Boolean).map(sentenceForm).join(' ');
	const compared = compare(statement, statementForm, words, text, version, raw.join(' '));
	return {
		kind: compared.kind,
		severity: severityOf(compared.kind),
		changes: compared.changes.map(({ atEnd: _atEnd, ...change }) => change),
		marked: compared.marked,
	};
}

/** A passage's sentences, as `[start, end)`: each ends after its full stop and closing marks. */
function sentencesOfPassage(text: string): Array<{ start: number; end: number }> {
	const out: Array<{ start: number; end: number }> = [];
	let start = 0;
	for (const m of text.matchAll(/[.!?…]+["'”’)\]]*(?=\s+|$)/gu)) {
		const end = m.index + m[0].length;
		if (text.slice(start, end).trim()) {
			out.push({ start, end });
		}
		start = end;
		while (start < text.length && /\s/.test(text[start])) {
			start++;
		}
	}
	if (text.slice(start).trim()) {
		out.push({ start, end: text.trimEnd().length });
	}
	return out.length ? out : [{ start: 0, end: text.length }];
}

/** The canonical version's speaker, or the fullest name of those the versions agree on. */
function groupSpeaker(coverages: readonly Coverage[], canonical: Coverage, people?: PeopleRegistry): GroupSpeaker | null {
	const named = coverages.map((c) => c.version.speaker).filter((s): s is GroupSpeaker => s !== null);
	const anchor = canonical.version.speaker ?? mostCommon(named);
	return anchor ? fullest(named.filter((s) => sameSpeaker(s, anchor, people))) : null;
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

/** A change with the part of the version it falls in, and whether it sits at either end. */
type PartChange = WordChange & { part: number; atEnd: boolean };

/**
 * How a version's words over its region differ from the statement's (`text` and `statementForm`:
 * each sentence in its compared form): a version that starts and
 * ends where the statement's sentences do is a faithful excerpt; one that starts or stops inside
 * them is cut (`truncation`); words left out inside are an `elision`; other words are `wording`.
 */
function compare(
	statement: StatementWords,
	statementForm: string,
	words: readonly PartWord[],
	text: string,
	version: Version,
	raw: string,
): Compared {
	const marked = /…|\.\.\.|\[\s*\.\.\.\s*\]/.test(raw);
	if (text === statementForm) {
		return { kind: 'identical', changes: [], marked: false, aligned: words.map((_w, i) => i) };
	}
	const ops = alignedOps(statement.norms, words.map((w) => w.norm));
	const changes = wordChanges(statement, words, version, ops);
	let kind: DifferenceKind;
	if (foldTypography(text) === foldTypography(statementForm)) {
		kind = 'typography';
	} else if (changes.length === 0) {
		kind = 'punctuation';
	} else if (changes.every((c) => c.atEnd && c.op === 'removed')) {
		// The version is a stretch of the statement.
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
	return { kind, changes, marked: kind === 'elision' && marked, aligned: alignment(ops, words.length) };
}

/** For each of the version's words, the statement's word it stands for (equal or replaced), or -1 for an added one. */
function alignment(ops: readonly DiffOp[], length: number): number[] {
	const out = new Array<number>(length).fill(-1);
	for (let k = 0; k < ops.length; k++) {
		const op = ops[k];
		if (op.op === 'equal') {
			for (let i = 0; i < op.bEnd - op.bStart; i++) {
				out[op.bStart + i] = op.aStart + i;
			}
		} else if (op.op === 'added') {
			// Words replacing removed ones stand for them: the first of the removed, onwards.
			const removal = ops[k - 1]?.op === 'removed' ? ops[k - 1] : ops[k + 1]?.op === 'removed' ? ops[k + 1] : undefined;
			if (removal && removal.aEnd > removal.aStart) {
				for (let i = op.bStart; i < op.bEnd; i++) {
					out[i] = Math.min(removal.aEnd - 1, removal.aStart + (i - op.bStart));
				}
			}
		}
	}
	return out;
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
 * The diff from the statement's words to a version's. When one is a stretch of the other the cut
 * is taken where that stretch sits, rather than wherever a shortest diff happens to match a
 * repeated word ("will" in "We will rebuild … it will be bigger").
 */
function alignedOps(statement: readonly string[], version: readonly string[]): DiffOp[] {
	const shorter = Math.min(statement.length, version.length);
	const run = shorter > 0 ? longestCommonRun(statement, version) : { length: 0, aStart: 0, bStart: 0 };
	if (shorter === 0 || run.length < shorter) {
		return diffWords(statement, version);
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
	if (aStart + length < statement.length) {
		ops.push({ op: 'removed', aStart: aStart + length, aEnd: statement.length, bStart: bStart + length, bEnd: bStart + length });
	}
	if (bStart + length < version.length) {
		ops.push({ op: 'added', aStart: aStart + length, aEnd: aStart + length, bStart: bStart + length, bEnd: version.length });
	}
	return ops;
}

function wordChanges(statement: StatementWords, words: readonly PartWord[], version: Version, ops: readonly DiffOp[]): PartChange[] {
	const norms = words.map((w) => w.norm);
	const changes: PartChange[] = [];
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
		const fromWords = statement.norms.slice(aStart, aEnd);
		const toWords = norms.slice(bStart, bEnd);
		const statementSpan = aEnd > aStart ? { start: statement.offsets[aStart].start, end: statement.offsets[aEnd - 1].end } : gapIn(statement, aStart);
		let part = 0;
		let memberStart = 0;
		let memberEnd = 0;
		if (bEnd > bStart) {
			const first = words[bStart];
			const last = words[bEnd - 1];
			part = first.part;
			memberStart = first.start;
			memberEnd = last.part === first.part ? last.end : version.parts[first.part].text.length;
		} else if (words.length > 0) {
			// A gap: just after the previous word, or before the next.
			const before = bStart > 0 ? words[bStart - 1] : undefined;
			const after = bStart < words.length ? words[bStart] : undefined;
			part = before?.part ?? after!.part;
			// At the end of the version the gap is after its last word's punctuation; at its start,
			// before its first word; in between, right after the previous word.
			memberStart = memberEnd = !after ? pieceEnd(version, before!) : before ? before.end : after.start;
		}
		changes.push({
			op: replaced ? 'replaced' : op.op === 'removed' ? 'removed' : 'added',
			from: statement.text.slice(statementSpan.start, statementSpan.end),
			to: bEnd > bStart ? version.parts[part].text.slice(memberStart, memberEnd) : '',
			memberStart,
			memberEnd,
			canonicalStart: statementSpan.start,
			canonicalEnd: statementSpan.end,
			number: [...fromWords, ...toWords].some(isNumberWord),
			negation: [...fromWords, ...toWords].some(isNegation),
			part,
			atEnd: replaced ? false : op.op === 'removed' ? aStart === 0 || aEnd === statement.norms.length : bStart === 0 || bEnd === norms.length,
		});
	}
	return changes;
}

function pieceEnd(version: Version, word: PartWord): number {
	const text = version.parts[word.part].text;
	let end = word.end;
	while (end < text.length && !/[\s\p{L}\p{N}]/u.test(text[end])) {
		end++;
	}
	return end;
}

function gapIn(statement: StatementWords, at: number): { start: number; end: number } {
	if (statement.norms.length === 0) {
		return { start: 0, end: 0 };
	}
	const pos = at > 0 ? statement.offsets[at - 1].end : statement.offsets[0].start;
	return { start: pos, end: pos };
}

export function severityOf(kind: DifferenceKind): Severity {
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
