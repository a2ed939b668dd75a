/**
 * What must hold for any text the engine reads, as fast-check properties: extraction returns
 * (in time linear in the text), never throws or logs a failure, and every position it gives
 * slices the text to the words it reports without splitting a surrogate pair; the same input
 * gives the same output; a byte-order mark, CRLF line ends or an astral character in front
 * shift the offsets and change nothing else.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCorpusIndex, createEngine, type Engine, type Quote, type Span } from '../../server/src/engine';
import { createNlp } from '../../server/src/nlp';
import { articleText } from './arbitraries';

/** Milliseconds an extraction may take: a fixed allowance plus a (generous) rate per character. */
export function timeAllowed(length: number): number {
	return 1000 + length * 0.05;
}

/** An engine whose logged warnings (a failure caught inside it) the properties see. */
export interface WatchedEngine {
	engine: Engine;
	warnings: string[];
}

let shared: WatchedEngine | undefined;

export function watchedEngine(): WatchedEngine {
	if (!shared) {
		const warnings: string[] = [];
		shared = { engine: createEngine({ nlp: createNlp(), logger: { warn: (m) => warnings.push(m) } }), warnings };
	}
	return shared;
}

/** Extracts, failing on a caught failure or on time past the allowance. */
export function extractChecked(text: string): Quote[] {
	const { engine, warnings } = watchedEngine();
	warnings.length = 0;
	const started = performance.now();
	const { quotes } = engine.extract(text);
	const ms = performance.now() - started;
	assert.deepEqual(warnings, [], 'the engine caught a failure');
	assert.ok(ms <= timeAllowed(text.length), `extraction took ${ms.toFixed(0)} ms for ${text.length} characters`);
	return quotes;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
	return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function assertSpan(text: string, span: Span | null, what: string): void {
	if (!span) {
		return;
	}
	assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} [${span.start}, ${span.end}) is outside the text (${text.length})`);
	assert.equal(text.slice(span.start, span.end), span.text, `${what} is not its slice`);
	assert.ok(!splitsPair(text, span.start) && !splitsPair(text, span.end), `${what} splits a surrogate pair`);
}

/** Every invariant of one article's quotations. */
export function assertQuotesExact(text: string, quotes: readonly Quote[]): void {
	let previous = -1;
	quotes.forEach((q, i) => {
		const what = `${q.id} “${q.text.slice(0, 40)}”`;
		assert.equal(q.id, `q${i + 1}`);
		assert.ok(0 <= q.start && q.start <= q.end && q.end <= text.length, `${what} [${q.start}, ${q.end}) is outside the text (${text.length})`);
		assert.ok(q.segments.length >= 1, `${what} has no segment`);
		assert.equal(q.segments[0].start, q.start, `${what}: its first segment does not start it`);
		assert.equal(q.segments[q.segments.length - 1].end, q.end, `${what}: its last segment does not end it`);
		let at = q.start;
		for (const s of q.segments) {
			assert.ok(at <= s.start && s.start <= s.end && s.end <= text.length, `${what}: segments out of order or bounds`);
			assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${what}: a segment splits a surrogate pair`);
			at = s.end;
		}
		assert.equal(q.text, q.segments.map((s) => text.slice(s.start, s.end)).join('\n'), `${what}: text is not its segments' slices`);
		assert.equal(q.multiParagraph, q.segments.length > 1);
		assert.equal(text.slice(q.start - q.marks.open.length, q.start), q.marks.open, `${what}: opening mark`);
		if (!q.unclosed) {
			assert.equal(text.slice(q.end, q.end + q.marks.close.length), q.marks.close, `${what}: closing mark`);
		}
		assert.ok(q.start >= previous, `${what}: out of document order`);
		previous = q.start;
		assertSpan(text, q.speaker, `${what}: speaker`);
		assertSpan(text, q.cue, `${what}: cue`);
		assertSpan(text, q.venue, `${what}: venue`);
		if (q.parent !== null) {
			assert.ok(quotes.some((p) => p.id === q.parent && p.start <= q.start && q.end <= p.end), `${what}: its parent ${q.parent} does not hold it`);
		}
	});
	// Quotes that are not nested do not overlap.
	const top = quotes.filter((q) => q.parent === null);
	for (let i = 1; i < top.length; i++) {
		assert.ok(top[i - 1].end <= top[i].start, `${top[i - 1].id} and ${top[i].id} overlap, and neither is inside the other`);
	}
}

/** The quotes with every offset moved by `shift(offset)`, and texts with `\r` taken out. */
function normalised(quotes: readonly Quote[], shift: (offset: number) => number): unknown {
	const span = (s: Span | null) => s && { ...s, start: shift(s.start), end: shift(s.end), text: s.text.replace(/\r/g, '') };
	return quotes.map((q) => ({
		...q,
		text: q.text.replace(/\r/g, ''),
		start: shift(q.start),
		end: shift(q.end),
		segments: q.segments.map((s) => ({ start: shift(s.start), end: shift(s.end) })),
		speaker: span(q.speaker) && { ...q.speaker!, ...span(q.speaker) },
		cue: span(q.cue),
		venue: span(q.venue),
	}));
}

/** Any text: exact, in time, never a failure. */
export const extractionIsExact = fc.property(articleText, (text) => {
	assertQuotesExact(text, extractChecked(text));
});

/** The same text twice: the same quotations. */
export const extractionIsDeterministic = fc.property(articleText, (text) => {
	assert.deepEqual(extractChecked(text), extractChecked(text));
});

/** A byte-order mark in front: every offset one further, nothing else changed. */
export const byteOrderMarkShifts = fc.property(articleText, (text) => {
	const plain = extractChecked(text);
	const withBom = extractChecked('\ufeff' + text);
	assert.deepEqual(normalised(withBom, (o) => o - 1), normalised(plain, (o) => o));
});

/** CRLF instead of LF: every offset moved by the CRs before it, the words the same. */
export const crlfShifts = fc.property(
	articleText.filter((t) => !t.includes('\r')),
	(text) => {
		const crlf = text.replace(/\n/g, '\r\n');
		const plain = extractChecked(text);
		const converted = extractChecked(crlf);
		// Offset o in the CRLF text is o minus the CRs before it in the LF text.
		const crs: number[] = [];
		for (let i = 0; i < crlf.length; i++) {
			if (crlf[i] === '\r') {
				crs.push(i);
			}
		}
		const back = (o: number) => {
			let lo = 0;
			let hi = crs.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (crs[mid] < o) {
					lo = mid + 1;
				} else {
					hi = mid;
				}
			}
			return o - lo;
		};
		assert.deepEqual(normalised(converted, back), normalised(plain, (o) => o));
	},
);

/** An astral character in front, on a line of its own: every offset two further (plus its line end). */
export const astralPrefixShifts = fc.property(articleText, fc.constantFrom('😀', '𝔸', '👩‍🍳'), (text, astral) => {
	// The line end of the text's own kind, so its paragraphs are read the same way.
	const end = /(?:\r\n|\n|\r(?!\n))[ \t\u00a0]*(?:\r\n|\n|\r(?!\n))/.test(text) ? '\n\n' : '\n';
	const prefix = astral + end;
	const plain = extractChecked(text);
	const shifted = extractChecked(prefix + text);
	assert.deepEqual(normalised(shifted, (o) => o - prefix.length), normalised(plain, (o) => o));
});

/**
 * Any articles: every group member's region is inside its quote and its statement, the same
 * articles indexed twice make the same groups, and removing them all leaves none.
 */
export const matchingIsExact = fc.property(fc.array(articleText, { minLength: 1, maxLength: 6 }), (texts) => {
	const docs = texts.map((text, i) => ({ id: `d${i}`, text, quotes: extractChecked(text) }));
	const shape = (index: ReturnType<typeof createCorpusIndex>) =>
		index.groups().map((g) => ({ canonical: `${g.canonical.document}:${g.canonical.start}`, kind: g.kind, text: g.text, members: g.members.map((m) => `${m.document}:${m.start}-${m.end}:${m.kind}`) }));
	const one = createCorpusIndex();
	docs.forEach((d) => one.update({ id: d.id, quotes: d.quotes, primary: false }));
	const again = createCorpusIndex();
	docs.forEach((d) => again.update({ id: d.id, quotes: d.quotes, primary: false }));
	assert.deepEqual(shape(again), shape(one));
	for (const g of one.groups()) {
		assert.ok(g.members.length >= 2);
		assert.ok(g.members.includes(g.canonical));
		for (const m of g.members) {
			const doc = docs.find((d) => d.id === m.document)!;
			assert.ok(m.quote.start <= m.start && m.start <= m.end && m.end <= m.quote.end, `member [${m.start}, ${m.end}) outside its quote`);
			assert.ok(m.end <= doc.text.length);
			assert.ok(!splitsPair(doc.text, m.start) && !splitsPair(doc.text, m.end), 'a member splits a surrogate pair');
			assert.ok(0 <= m.textStart && m.textStart <= m.textEnd && m.textEnd <= g.text.length, 'member outside the statement text');
		}
	}
	for (const d of docs) {
		one.remove(d.id);
	}
	assert.deepEqual(one.groups(), []);
});
