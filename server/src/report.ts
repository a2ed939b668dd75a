/**
 * The command line's report: the version-1 JSON contract and the terminal text rendering.
 */
import { DIFFERENCE_ORDER, memberText, partDifference, type DifferenceKind, type GroupMember, type Quote, type QuoteCheck, type QuoteGroup, type SourceRun, type SpeakerType, type WordChange } from './engine';
import { createLineIndex, type Position } from './convert';
import type { ArticleFormat, ArticleMeta } from './formats';
import { escapeMarkdown } from './markdown';

/** One quotation in the version-1 JSON contract. */
export interface ReportQuote {
	id: string;
	text: string;
	/** UTF-16 offset of the quoted text in the file's text (byte-order mark removed). */
	start: number;
	end: number;
	/** Zero-based line and UTF-16 character of `start`, as in LSP. */
	line: number;
	character: number;
	/** The resolved name, or null. */
	speaker: string | null;
	/** The speaker as written in the article, or null. */
	speakerText: string | null;
	cue: string | null;
	kind: Quote['kind'];
	partial: boolean;
	/** True when the article names no speaker and `speaker` comes from the quote's group. */
	speakerInferred: boolean;
	/**
	 * The id of the quote's first cross-source group (`g1`, …), or null when no other version
	 * exists. Not in `--format jsonl` document lines, written before the groups are known.
	 */
	group?: string | null;
	/** Every statement the quote is a version of (a long quote can be a version of several); `group` is the first. */
	groups?: string[];
	/** Each paragraph of the quoted text (one for most quotes), as `[start, end)` offsets like `start`/`end`. */
	segments: Array<{ start: number; end: number }>;
	/** The quotation marks as written (`close` is '' when the quote is never closed). */
	marks: { open: string; close: string };
	/** In the headline or a subheading. */
	headline: boolean;
	/** The id of the quote this one sits inside, or null. */
	parent: string | null;
	/** `person`, `organisation` or `unknown`; null with no speaker of the article's own. */
	speakerType: SpeakerType | null;
	/** A title or role kept apart from the name ("spokesperson"), or null. */
	speakerRole: string | null;
	/** How the speaker was found (`adjacent`, `interrupted`, `floating`, `repeat`), or null. */
	speakerVia: string | null;
	/** How the name was resolved from the words (`name`, `surname`, `pronoun`, …), or null. */
	speakerResolution: string | null;
	/**
	 * For an article read out of markup (HTML, Markdown) when tags, entities or link targets sit
	 * inside the quote: `[textOffset, length, start, end]` runs, each a stretch of `text` and
	 * where it is in the file.
	 */
	runs?: Array<[number, number, number, number]>;
	/**
	 * The passage of a primary source this quotation was found in, or null when it was found in
	 * none (or there are none). Not in `--format jsonl` document lines.
	 */
	primary?: ReportPrimary | null;
}

/**
 * A quotation's passage in a primary source: the file, the passage (UTF-16 offsets into that
 * file, and its zero-based line and character, as for quotes), how the quotation differs from
 * it (the kinds and changes of groups), and `speaker`: whose words the passage is, when not the
 * quotation's speaker's (else null).
 */
export interface ReportPrimary {
	path: string;
	start: number;
	end: number;
	line: number;
	character: number;
	/** The passage's words. */
	text: string;
	kind: DifferenceKind;
	severity: QuoteGroup['severity'];
	changes: Array<Pick<WordChange, 'op' | 'from' | 'to' | 'number' | 'negation'>>;
	speaker: string | null;
	/** For captions: when the passage starts, in seconds. */
	time?: number;
}

/**
 * A quotation's check in the contract's form: its passage, or null when it was checked and not
 * found. `pathOf` names the source's file, `positionOf` gives positions in it.
 */
export function toReportPrimary(result: QuoteCheck, pathOf: (source: string) => string, positionOf: (source: string, offset: number) => Position | undefined): ReportPrimary | null {
	if (!result.check.found) {
		return null;
	}
	const { match } = result.check;
	const own = partDifference(match, result);
	const { line, character } = positionOf(match.source, match.start) ?? { line: 0, character: 0 };
	return {
		path: pathOf(match.source),
		start: match.start,
		end: match.end,
		line,
		character,
		text: match.text,
		kind: own.kind,
		severity: own.severity,
		changes: own.changes.map(({ op, from, to, number, negation }) => ({ op, from, to, number, negation })),
		speaker: match.speaker,
		...(match.time !== undefined ? { time: match.time } : {}),
	};
}

/** What a report knows of each quotation's primary source: its passage, null when not found, undefined when not checked. */
export type PrimaryLookup = (documentKey: string, quoteId: string) => ReportPrimary | null | undefined;

export interface ReportDocument {
	path: string;
	/** In a JSON Lines corpus: the article's id (its `id` or `url` field, else `line N`). */
	id?: string;
	/** In a JSON Lines corpus: the article's line, from 1. */
	line?: number;
	/** How the article is written: `text`, `html` or `markdown`. */
	format?: ArticleFormat;
	title?: string;
	outlet?: string;
	date?: string;
	url?: string;
	quotes: ReportQuote[];
}

/** An article as the report names it: its key in the index, its path, and its corpus id and line. */
export interface DocumentName {
	key: string;
	path: string;
	id?: string;
	line?: number;
	format?: ArticleFormat;
	meta?: ArticleMeta;
}

/** The whole report, version 1. Fields are only ever added, never changed, within a version. */
export interface Report {
	version: 1;
	documents: ReportDocument[];
	groups: ReportGroup[];
}

/**
 * Writes a version-1 report exactly as `JSON.stringify(report, null, 2)` would, one document
 * and one group per call of `write` (each call a line or more, without its final newline): a
 * report of 10,000 articles is never one string in memory. `write` may wait for the reader.
 */
export async function writeReport(write: (text: string) => void | Promise<void>, documents: Iterable<ReportDocument>, groups: Iterable<ReportGroup>): Promise<void> {
	await write('{\n  "version": 1,');
	await writeArray(write, 'documents', documents, ',');
	await writeArray(write, 'groups', groups, '');
	await write('}');
}

async function writeArray(write: (text: string) => void | Promise<void>, name: string, items: Iterable<unknown>, after: string): Promise<void> {
	const it = items[Symbol.iterator]();
	let next = it.next();
	if (next.done) {
		await write(`  ${JSON.stringify(name)}: []${after}`);
		return;
	}
	await write(`  ${JSON.stringify(name)}: [`);
	while (!next.done) {
		const item = next.value;
		next = it.next();
		await write(`    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${next.done ? '' : ','}`);
	}
	await write(`  ]${after}`);
}

/** One statement across articles in the version-1 contract. */
export interface ReportGroup {
	id: string;
	/** The group's reconciled speaker, or null. */
	speaker: string | null;
	/** The canonical version's quote id, in the document `canonicalPath`. */
	canonical: string;
	canonicalPath: string;
	/** In a JSON Lines corpus: the id of the article with the canonical version. */
	canonicalId?: string;
	/** The statement as the versions show it, sentence by sentence. */
	text: string;
	/** The most serious difference among the members. */
	kind: DifferenceKind;
	severity: QuoteGroup['severity'];
	members: ReportMember[];
}

export interface ReportMember {
	path: string;
	/** In a JSON Lines corpus: the article's id. */
	id?: string;
	quote: string;
	/** The stretch of the file's text this version quotes of the statement (UTF-16 offsets, as for quotes). */
	start: number;
	end: number;
	/** In a headline: shown with the statement, never counted for its kind. */
	headline: boolean;
	kind: DifferenceKind;
	severity: QuoteGroup['severity'];
	speaker: string | null;
	speakerInferred: boolean;
	changes: Array<Pick<WordChange, 'op' | 'from' | 'to' | 'number' | 'negation'>>;
}

/** A quote's groups in a report: each group's id (`g1`, …) and the quote's member in it. */
export type NumberedGroups = ReadonlyMap<string, Array<{ id: string; group: QuoteGroup; member: GroupMember }>>;

/** Group ids for a report: `g1`, `g2`, … in the order of `groups`, keyed by `<document key>#<quote id>`. */
export function numberGroups(groups: readonly QuoteGroup[]): NumberedGroups {
	const byQuote = new Map<string, Array<{ id: string; group: QuoteGroup; member: GroupMember }>>();
	groups.forEach((group, i) => {
		for (const member of group.members) {
			const key = `${member.document}#${member.quote.id}`;
			const list = byQuote.get(key) ?? [];
			if (!list.some((x) => x.group === group)) {
				list.push({ id: `g${i + 1}`, group, member });
			}
			byQuote.set(key, list);
		}
	});
	return byQuote;
}

/** The groups in the contract's form; `nameOf` names each document key (`id` for a corpus article). */
export function toReportGroups(groups: readonly QuoteGroup[], nameOf: (document: string) => { path: string; id?: string }, first = 1): ReportGroup[] {
	return groups.map((g, i) => {
		const canonical = nameOf(g.canonical.document);
		return {
			id: `g${i + first}`,
			speaker: g.speaker?.name ?? null,
			canonical: g.canonical.quote.id,
			canonicalPath: canonical.path,
			...(canonical.id !== undefined ? { canonicalId: canonical.id } : {}),
			text: g.text,
			kind: g.kind,
			severity: g.severity,
			members: g.members.map((m) => {
				const name = nameOf(m.document);
				return {
					path: name.path,
					...(name.id !== undefined ? { id: name.id } : {}),
					quote: m.quote.id,
					start: m.start,
					end: m.end,
					headline: m.headline,
					kind: m.kind,
					severity: m.severity,
					speaker: m.speaker?.name ?? null,
					speakerInferred: m.speakerInferred,
					changes: m.changes.map(({ op, from, to, number, negation }) => ({ op, from, to, number, negation })),
				};
			}),
		};
	});
}

/** True when a group differs by `kind` or by something more serious. */
export function reaches(kind: DifferenceKind, threshold: DifferenceKind): boolean {
	return DIFFERENCE_ORDER.indexOf(kind) >= DIFFERENCE_ORDER.indexOf(threshold);
}

/** Zero-based positions of offsets: a file's text, or a function that knows them. */
export type Positions = string | ((offset: number) => Position);

function positionsOf(positions: Positions): (offset: number) => Position {
	return typeof positions === 'string' ? createLineIndex(positions) : positions;
}

/**
 * One article's quotes in the contract's form. Without `groups` (a `--format jsonl` line,
 * written before the groups are known) the quotes have no `group` and `groups` fields.
 */
export function toReportDocument(name: DocumentName, positions: Positions, quotes: readonly Quote[], groups?: NumberedGroups, primary?: PrimaryLookup): ReportDocument {
	const positionAt = positionsOf(positions);
	const meta = name.meta ?? {};
	return {
		path: name.path,
		...(name.id !== undefined ? { id: name.id } : {}),
		...(name.line !== undefined ? { line: name.line } : {}),
		...(name.format ? { format: name.format } : {}),
		...(meta.title ? { title: meta.title } : {}),
		...(meta.outlet ? { outlet: meta.outlet } : {}),
		...(meta.date ? { date: meta.date } : {}),
		...(meta.url ? { url: meta.url } : {}),
		quotes: quotes.map((q) => {
			const { line, character } = positionAt(q.start);
			const grouped = groups?.get(`${name.key}#${q.id}`) ?? [];
			const member = grouped[0]?.member;
			const quote: ReportQuote = {
				id: q.id,
				text: q.text,
				start: q.start,
				end: q.end,
				line,
				character,
				speaker: q.speaker?.name ?? member?.speaker?.name ?? null,
				speakerText: q.speaker?.text ?? null,
				cue: q.cue?.text ?? null,
				kind: q.kind,
				partial: q.partial,
				speakerInferred: !q.speaker?.name && Boolean(member?.speakerInferred),
				...(groups ? { group: grouped[0]?.id ?? null, groups: grouped.map((g) => g.id) } : {}),
				segments: q.segments.map((s) => ({ start: s.start, end: s.end })),
				marks: { open: q.marks.open, close: q.marks.close },
				headline: q.headline,
				parent: q.parent,
				speakerType: q.speaker?.type ?? null,
				speakerRole: q.speaker?.role ?? null,
				speakerVia: q.speaker?.via ?? null,
				speakerResolution: q.speaker?.resolution ?? null,
			};
			if (q.runs) {
				quote.runs = q.runs.map((r) => [r.at, r.length, r.start, r.end]);
			}
			if (primary) {
				quote.primary = primary(name.key, q.id) ?? null;
			}
			return quote;
		}),
	};
}

/**
 * A quote as the engine gave it, from its form in a report (a `--format jsonl` document line):
 * what matching needs, for grouping articles read elsewhere (`misquote group`).
 */
export function quoteFromReport(q: ReportQuote): Quote {
	const own = q.speakerInferred ? null : q.speaker;
	const runs: SourceRun[] | undefined = q.runs?.map(([at, length, start, end]) => ({ at, length, start, end }));
	return {
		id: q.id,
		text: q.text,
		start: q.start,
		end: q.end,
		segments: q.segments.map((s) => ({ start: s.start, end: s.end })),
		marks: { open: q.marks.open, close: q.marks.close },
		multiParagraph: q.segments.length > 1,
		unclosed: q.marks.close === '',
		parent: q.parent,
		headline: q.headline,
		kind: q.kind,
		partial: q.partial,
		speaker:
			own === null && q.speakerText === null
				? null
				: {
						text: q.speakerText ?? own ?? '',
						start: q.start,
						end: q.start,
						name: own,
						role: q.speakerRole,
						type: q.speakerType ?? 'unknown',
						resolution: (q.speakerResolution ?? (own ? 'name' : 'unresolved')) as NonNullable<Quote['speaker']>['resolution'],
						via: (q.speakerVia ?? 'adjacent') as NonNullable<Quote['speaker']>['via'],
					},
		cue: q.cue === null ? null : { text: q.cue, start: q.start, end: q.start },
		venue: null,
		...(runs ? { runs } : {}),
	};
}

/** Terminal styles; all empty when colour is off. */
export interface Style {
	bold(s: string): string;
	dim(s: string): string;
	cyan(s: string): string;
	yellow(s: string): string;
	/** Words the canonical version has and this one does not. */
	removed(s: string): string;
	/** Words this version has and the canonical one does not. */
	added(s: string): string;
}

export const plainStyle: Style = {
	bold: (s) => s,
	dim: (s) => s,
	cyan: (s) => s,
	yellow: (s) => s,
	removed: (s) => `[-${s}-]`,
	added: (s) => `{+${s}+}`,
};

export const ansiStyle: Style = {
	bold: (s) => `\x1b[1m${s}\x1b[22m`,
	dim: (s) => `\x1b[2m${s}\x1b[22m`,
	cyan: (s) => `\x1b[36m${s}\x1b[39m`,
	yellow: (s) => `\x1b[33m${s}\x1b[39m`,
	removed: (s) => `\x1b[31;9m${s}\x1b[39;29m`,
	added: (s) => `\x1b[32;4m${s}\x1b[39;24m`,
};

const MAX_QUOTE_CHARS = 110;

/**
 * Text from an article as it may reach a terminal: control characters (C0 but tab and newline,
 * DEL, C1) and the bidirectional controls that reorder a line are shown as `\x1b`, `\u202e`,
 * never sent raw: an article cannot clear the screen, set the window's title or write to the
 * clipboard.
 */
export function shown(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
		const code = ch.charCodeAt(0);
		return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
	});
}

/**
 * One article as readable text: a heading, then per quotation its 1-based line:column, the
 * words (shortened to one line), and who said them with the cue and venue.
 */
export function renderDocument(
	name: DocumentName,
	positions: Positions,
	quotes: readonly Quote[],
	style: Style,
	groups: NumberedGroups = new Map(),
	primary?: (quoteId: string) => string | undefined,
): string {
	const positionAt = positionsOf(positions);
	const path = name.id !== undefined ? `${name.path}#${name.id}` : name.path;
	const lines = [style.bold(shown(path))];
	if (quotes.length === 0) {
		lines.push(style.dim('  no quotations'));
	}
	for (const q of quotes) {
		const { line, character } = positionAt(q.start);
		const where = `${line + 1}:${character + 1}`.padEnd(8);
		const words = shown(q.text.replace(/\s+/g, ' '));
		const short = words.length > MAX_QUOTE_CHARS ? `${words.slice(0, MAX_QUOTE_CHARS - 1)}…` : words;
		const grouped = groups.get(`${name.key}#${q.id}`) ?? [];
		const tags = [grouped.map((g) => `${g.id} ${g.member.kind}`).join(', '), q.kind !== 'speech' ? q.kind : '', q.partial ? 'partial' : '', q.multiParagraph ? 'multi-paragraph' : '', q.unclosed ? 'unclosed' : '']
			.filter(Boolean)
			.join(', ');
		lines.push(`  ${style.dim(where)}${q.marks.open}${short}${q.marks.close}${tags ? style.dim(`  (${tags})`) : ''}`);
		if (q.kind === 'speech') {
			lines.push(`  ${' '.repeat(8)}— ${describeAttribution(q, style)}`);
			const found = primary?.(q.id);
			if (found) {
				lines.push(`  ${' '.repeat(8)}${found}`);
			}
		}
	}
	return lines.join('\n');
}

function describeAttribution(q: Quote, style: Style): string {
	const s = q.speaker;
	if (!s) {
		return style.yellow('speaker unknown');
	}
	let who = s.name ? style.cyan(shown(s.name)) : style.yellow(`unresolved "${shown(s.text)}"`);
	const asWritten = s.name && s.text !== s.name ? s.text : '';
	const extra = [asWritten && `“${shown(asWritten)}”`, s.role && s.name && !asWritten.includes(s.role) ? shown(s.role) : '', s.via !== 'adjacent' ? s.via : '']
		.filter(Boolean)
		.join(', ');
	if (extra) {
		who += style.dim(` (${extra})`);
	}
	const cue = q.cue ? ` · ${shown(q.cue.text)}${q.venue ? ` ${shown(q.venue.text)}` : ''}` : '';
	return who + cue;
}

/** Where a member's words start, for the text report: `path:line:column`. */
export type Locate = (document: string, offset: number) => string;

/**
 * The groups as a reviewer reads them: the speaker and the canonical version, then every
 * version with the words that differ marked, and a closing summary line.
 */
export function renderGroups(groups: readonly QuoteGroup[], quoteCount: number, locate: Locate, style: Style): string {
	const lines: string[] = [];
	groups.forEach((g, i) => {
		const title = `g${i + 1}  ${shown(g.speaker?.name ?? 'speaker unknown')} · ${g.documents} ${g.documents === 1 ? 'source' : 'sources'} · ${g.kind}`;
		lines.push(style.bold(title));
		lines.push(`  ${style.dim('canonical'.padEnd(12))}${locate(g.canonical.document, g.canonical.start)}`);
		lines.push(`  ${' '.repeat(12)}“${shown(shorten(g.text, 160))}”`);
		for (const m of g.members) {
			if (m === g.canonical) {
				continue;
			}
			const who = m.speakerInferred ? style.dim(` (speaker inferred: ${shown(m.speaker?.name ?? '')})`) : m.kind === 'speaker' ? style.yellow(` (given to ${shown(m.speaker?.name ?? '')})`) : '';
			lines.push(`  ${kindLabel(m.kind, style)}${' '.repeat(Math.max(1, 12 - m.kind.length))}${locate(m.document, m.start)}${who}${m.headline ? style.dim(' (headline)') : ''}`);
			lines.push(`  ${' '.repeat(12)}${m.quote.marks.open}${markChanges(m, style)}${m.quote.marks.close}`);
		}
		lines.push('');
	});
	const differing = groups.filter((g) => g.kind !== 'identical').length;
	lines.push(style.bold(`${quoteCount} quotations, ${groups.length} ${groups.length === 1 ? 'group' : 'groups'} quoted more than once, ${differing} that differ`));
	return lines.join('\n');
}

function kindLabel(kind: DifferenceKind, style: Style): string {
	return kind === 'identical' ? style.dim(kind) : kind === 'speaker' || kind === 'wording' ? style.yellow(kind) : kind;
}

/** The member's words with removed words shown at their gap and changed words marked. */
function markChanges(m: GroupMember, style: Style): string {
	const { text, offset } = memberText(m);
	let out = '';
	let at = 0;
	for (const c of [...m.changes].sort((a, b) => a.memberStart - b.memberStart)) {
		const start = c.memberStart - offset;
		out += shown(text.slice(at, start));
		if (c.from) {
			const gapAtEnd = !c.to && start > 0 && !/\s$/.test(out);
			out += (gapAtEnd ? ' ' : '') + style.removed(shown(shorten(c.from, 60)));
			if (c.to || (start < text.length && !/^\s/.test(text.slice(start)))) {
				out += ' ';
			}
		}
		if (c.to) {
			out += style.added(shown(c.to));
		}
		at = c.to ? c.memberEnd - offset : start;
	}
	return out + shown(text.slice(at));
}

function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The groups as a Markdown report for people who review a story: per statement, the speaker,
 * the canonical version and every other version with what changed.
 */
export function renderMarkdown(groups: readonly QuoteGroup[], pathOf: (document: string) => string, quoteCount: number, documentCount: number): string {
	const differing = groups.filter((g) => g.kind !== 'identical');
	const lines = [
		'# Misquote report',
		'',
		`${documentCount} articles, ${quoteCount} quotations; ${groups.length} statements quoted more than once, ${differing.length} of them quoted differently.`,
		'',
	];
	// Everything from the articles is escaped: no link, image, HTML or command comes of it.
	const cell = (s: string) => escapeMarkdown(s.replace(/\s+/g, ' '));
	groups.forEach((g, i) => {
		lines.push(`## ${i + 1}. ${cell(g.speaker?.name ?? 'Speaker unknown')}: ${g.kind}`, '', `> ${cell(g.text)}`, '', `Canonical: ${cell(pathOf(g.canonical.document))}`, '');
		lines.push('| Source | Difference | What changed |', '| --- | --- | --- |');
		for (const m of g.members) {
			if (m === g.canonical) {
				continue;
			}
			const what = m.changes.length
				? m.changes.map((c) => (c.op === 'replaced' ? `“${cell(c.from)}” → “${cell(c.to)}”` : c.op === 'removed' ? `left out “${cell(c.from)}”` : `added “${cell(c.to)}”`)).join('; ')
				: m.kind === 'speaker'
					? `given to ${cell(m.speaker?.name ?? 'nobody')}`
					: '—';
			lines.push(`| ${cell(pathOf(m.document))} | ${m.kind}${m.speakerInferred ? ' (speaker inferred)' : ''} | ${what} |`);
		}
		lines.push('');
	});
	return lines.join('\n');
}
