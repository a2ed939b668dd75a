/**
 * Quotations checked against the primary sources of their folder, in the editor: diagnostics
 * ("Differs from the primary source (tweet.txt:3): …", "Not found in Trump's tweets …"), the
 * hover's primary passage, Go to Definition's target and the quick fix that takes the source's
 * words. The engine finds the passages (engine/primary); this turns them into LSP shapes.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Location } from 'vscode-languageserver';
import { partDifference, type PrimaryMatch, type Quote, type QuoteCheck } from '../engine';
import { escapeText } from '../formats';
import { escapeMarkdown, markdownLink } from '../markdown';
import type { SeverityName } from '../settings';
import type { Article, Workspace } from '../workspace';
import { asMember, describeChange, kindLabel, wordCount } from './describe';
import { quoteRange } from './ranges';

const SEVERITIES: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** The code of the "not found in the speaker's own source" diagnostic. */
export const NOT_FOUND_CODE = 'not-found';

/** The passage a quotation was found at, when it was: its check's match. */
export function primaryMatchOf(workspace: Workspace, article: Article, quote: Quote): { match: PrimaryMatch; result: QuoteCheck } | undefined {
	const result = workspace.primaryChecks(article).get(quote.id);
	return result?.check.found ? { match: result.check.match, result } : undefined;
}

/**
 * The primary-source diagnostics of an article: on each quotation that differs from its passage,
 * what differs (severity by kind, from the settings), with related information at the passage;
 * on each quotation of a speaker with primary sources that none of them holds, one soft note.
 */
export function primaryDiagnosticsOf(workspace: Workspace, article: Article): Diagnostic[] {
	const settings = article.folder.settings;
	const out: Diagnostic[] = [];
	const checks = workspace.primaryChecks(article);
	for (const quote of article.quotes) {
		const result = checks.get(quote.id);
		if (!result || quote.headline || wordCount(quote.text) < settings.minimumWords) {
			continue;
		}
		const { check } = result;
		if (!check.found) {
			// Said once, on the first part of the version.
			if (check.ownSources.length && result.part === 0) {
				out.push({
					range: quoteRange(article, quote),
					severity: DiagnosticSeverity.Information,
					code: NOT_FOUND_CODE,
					source: 'misquote',
					message: `Not found in ${notFoundIn(workspace, article, quote, check.ownSources)}`,
				});
			}
			continue;
		}
		const { match } = check;
		const { member, group } = asMember(match, result);
		const { kind } = member;
		if (kind === 'identical' || (quote.partial && kind === 'truncation') || settings.severity[kind] === 'off') {
			continue;
		}
		const source = workspace.articleAtPath(match.source);
		const where = source ? `${workspace.displayPath(match.source)}:${source.positionAt(match.start).line + 1}` : workspace.displayPath(match.source);
		const diagnostic: Diagnostic = {
			range: quoteRange(article, quote),
			severity: SEVERITIES[settings.severity[kind] as Exclude<SeverityName, 'off'>],
			code: kind,
			source: 'misquote',
			message: `Differs from the primary source (${where}): ${describeChange(member, group)}`,
		};
		if (source) {
			diagnostic.relatedInformation = [{ location: passageLocation(source, match), message: `primary source (${kindLabel(kind).toLowerCase()})` }];
		}
		out.push(diagnostic);
	}
	return out;
}

/** "Trump's tweets of 17 Nov (trump-tweet.txt)", or two sources joined with "or". */
function notFoundIn(workspace: Workspace, article: Article, quote: Quote, sources: readonly string[]): string {
	const name = quote.speaker?.name ?? '';
	const short = quote.speaker?.type === 'person' && name.includes(' ') ? name.split(/\s+/).pop()! : name;
	const possessive = /s$/i.test(short) ? `${short}'` : `${short}'s`;
	const named = sources.slice(0, 2).map((id) => {
		const source = workspace.primarySource(article, id);
		return `${source?.description ?? 'primary source'} (${workspace.displayPath(id)})`;
	});
	const more = sources.length > 2 ? ` or ${sources.length - 2} more` : '';
	return `${possessive} ${named.join(' or ')}${more}`;
}

/** Where a passage is: in the primary source's file, as the editor has it. */
export function passageLocation(source: Article, match: PrimaryMatch): Location {
	return { uri: source.uri, range: { start: source.positionAt(match.start), end: source.positionAt(match.end) } };
}

/** Go to Definition on a quotation found in a primary source: its passage. Empty otherwise. */
export function primaryDefinition(workspace: Workspace, article: Article, quote: Quote): Location[] {
	const found = primaryMatchOf(workspace, article, quote);
	const source = found && workspace.articleAtPath(found.match.source);
	return source ? [passageLocation(source, found.match)] : [];
}

/**
 * The hover's lines for a quotation checked against the primary sources: the passage with a
 * sentence on each side, the words the quotation changes struck through or in bold, and a link
 * to it; or that the speaker's own sources do not hold it.
 */
export function primaryHover(workspace: Workspace, article: Article, quote: Quote): string[] {
	const result = workspace.primaryChecks(article).get(quote.id);
	if (!result) {
		return [];
	}
	if (!result.check.found) {
		if (!result.check.ownSources.length) {
			return [];
		}
		return ['', `**Not found in the primary sources** of ${escapeMarkdown(quote.speaker?.name ?? 'its speaker')}: ${result.check.ownSources.map((id) => escapeMarkdown(workspace.displayPath(id))).join(', ')}.`];
	}
	const { match } = result.check;
	const source = workspace.articleAtPath(match.source);
	const at = source?.positionAt(match.start);
	const name = `${workspace.displayPath(match.source)}${at ? `:${at.line + 1}` : ''}`;
	const link = source && at ? markdownLink(name, `${source.uri}#L${at.line + 1},${at.character + 1}`) : escapeMarkdown(name);
	const whose = match.passageSpeaker ? `, ${escapeMarkdown(match.passageSpeaker)}` : '';
	const time = match.time !== undefined ? ` at ${clock(match.time)}` : '';
	const { kind } = partDifference(match, result);
	const label = kind === 'identical' ? 'the same words' : kindLabel(kind).toLowerCase();
	const context = [match.before && `*${escapeMarkdown(match.before)}*`, markedPassage(match, result.part), match.after && `*${escapeMarkdown(match.after)}*`].filter(Boolean).join(' ');
	const lines = ['', `**Primary source** ${link}${whose}${time} · *${label}*:`, '', `> ${context.replace(/\n/g, ' ')}`];
	if (match.kind === 'speaker' && match.speaker) {
		lines.push('', `These are the words of ${escapeMarkdown(match.speaker)} in the source.`);
	}
	return lines;
}

/** The passage with the words the quotation leaves out struck through and those it replaces in bold. */
function markedPassage(match: PrimaryMatch, part: number): string {
	let out = '';
	let at = 0;
	const changes = match.changes.filter((c) => c.part === part && c.canonicalEnd > c.canonicalStart).sort((a, b) => a.canonicalStart - b.canonicalStart);
	for (const c of changes) {
		if (c.canonicalStart < at) {
			continue;
		}
		out += escapeMarkdown(match.text.slice(at, c.canonicalStart));
		const words = escapeMarkdown(match.text.slice(c.canonicalStart, c.canonicalEnd));
		out += c.op === 'removed' ? `~~${words}~~` : `**${words}**`;
		at = c.canonicalEnd;
	}
	return out + escapeMarkdown(match.text.slice(at));
}

function clock(seconds: number): string {
	const s = Math.floor(seconds);
	const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
	return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(sec).padStart(2, '0')}`;
}

/**
 * "Replace with the primary source's words": the quotation's words (its marks kept) become the
 * passage's. Offered for a quotation of one part and one paragraph that differs from its passage.
 */
export function primaryCodeActions(workspace: Workspace, article: Article, quote: Quote): CodeAction[] {
	const found = primaryMatchOf(workspace, article, quote);
	if (!found || found.result.parts.length > 1 || quote.segments.length > 1 || found.match.kind === 'identical' || found.match.kind === 'speaker') {
		return [];
	}
	const { match } = found;
	// A quotation that closes the reporter's sentence with a comma keeps it.
	const comma = /,\s*$/.test(quote.text) && /[.]$/.test(match.text) ? match.text.slice(0, -1) + ',' : match.text;
	return [
		{
			title: `Replace with the primary source’s words (${workspace.displayPath(match.source)})`,
			kind: CodeActionKind.QuickFix,
			isPreferred: true,
			edit: { changes: { [article.uri]: [{ range: quoteRange(article, quote), newText: escapeText(article.format, comma.replace(/\s*\n\s*/g, ' ')) }] } },
		},
	];
}
