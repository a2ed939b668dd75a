/**
 * The command line's report: the version-1 JSON contract and the terminal text rendering.
 */
import type { Quote } from './engine';
import { createLineIndex } from './convert';

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
	/** The id of the quote's cross-source group; null until matching is done. */
	group: string | null;
}

export interface ReportDocument {
	path: string;
	quotes: ReportQuote[];
}

/** The whole report, version 1. Fields are only ever added, never changed, within a version. */
export interface Report {
	version: 1;
	documents: ReportDocument[];
	groups: unknown[];
}

/** One article's quotes in the contract's form. */
export function toReportDocument(path: string, text: string, quotes: readonly Quote[]): ReportDocument {
	const positionAt = createLineIndex(text);
	return {
		path,
		quotes: quotes.map((q) => {
			const { line, character } = positionAt(q.start);
			return {
				id: q.id,
				text: q.text,
				start: q.start,
				end: q.end,
				line,
				character,
				speaker: q.speaker?.name ?? null,
				speakerText: q.speaker?.text ?? null,
				cue: q.cue?.text ?? null,
				kind: q.kind,
				partial: q.partial,
				group: null,
			};
		}),
	};
}

/** Terminal styles; all empty when colour is off. */
export interface Style {
	bold(s: string): string;
	dim(s: string): string;
	cyan(s: string): string;
	yellow(s: string): string;
}

export const plainStyle: Style = { bold: (s) => s, dim: (s) => s, cyan: (s) => s, yellow: (s) => s };

export const ansiStyle: Style = {
	bold: (s) => `\x1b[1m${s}\x1b[22m`,
	dim: (s) => `\x1b[2m${s}\x1b[22m`,
	cyan: (s) => `\x1b[36m${s}\x1b[39m`,
	yellow: (s) => `\x1b[33m${s}\x1b[39m`,
};

const MAX_QUOTE_CHARS = 110;

/**
 * One article as readable text: a heading, then per quotation its 1-based line:column, the
 * words (shortened to one line), and who said them with the cue and venue.
 */
export function renderDocument(path: string, text: string, quotes: readonly Quote[], style: Style): string {
	const positionAt = createLineIndex(text);
	const lines = [style.bold(path)];
	if (quotes.length === 0) {
		lines.push(style.dim('  no quotations'));
	}
	for (const q of quotes) {
		const { line, character } = positionAt(q.start);
		const where = `${line + 1}:${character + 1}`.padEnd(8);
		const words = q.text.replace(/\s+/g, ' ');
		const shown = words.length > MAX_QUOTE_CHARS ? `${words.slice(0, MAX_QUOTE_CHARS - 1)}…` : words;
		const tags = [q.kind !== 'speech' ? q.kind : '', q.partial ? 'partial' : '', q.multiParagraph ? 'multi-paragraph' : '', q.unclosed ? 'unclosed' : '']
			.filter(Boolean)
			.join(', ');
		lines.push(`  ${style.dim(where)}${q.marks.open}${shown}${q.marks.close}${tags ? style.dim(`  (${tags})`) : ''}`);
		if (q.kind === 'speech') {
			lines.push(`  ${' '.repeat(8)}— ${describeAttribution(q, style)}`);
		}
	}
	return lines.join('\n');
}

function describeAttribution(q: Quote, style: Style): string {
	const s = q.speaker;
	if (!s) {
		return style.yellow('speaker unknown');
	}
	let who = s.name ? style.cyan(s.name) : style.yellow(`unresolved "${s.text}"`);
	const asWritten = s.name && s.text !== s.name ? s.text : '';
	const extra = [asWritten && `“${asWritten}”`, s.role && s.name && !asWritten.includes(s.role) ? s.role : '', s.via !== 'adjacent' ? s.via : '']
		.filter(Boolean)
		.join(', ');
	if (extra) {
		who += style.dim(` (${extra})`);
	}
	const cue = q.cue ? ` · ${q.cue.text}${q.venue ? ` ${q.venue.text}` : ''}` : '';
	return who + cue;
}
