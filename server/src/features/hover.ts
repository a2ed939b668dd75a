/**
 * Hover on a quotation: who said it and how that was worked out, the cue, and every source's
 * version with the differing words marked, each a link to that source.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Quote, QuoteGroup, Speaker } from '../engine';
import type { Article, Workspace } from '../workspace';
import { ignored } from './diagnostics';
import { kindLabel } from './describe';
import { quoteRange } from './ranges';

const RESOLUTION: Record<Speaker['resolution'], string> = {
	name: 'named',
	surname: 'by surname, named in full earlier',
	pronoun: 'a pronoun for the person named before it',
	description: 'a description of someone named before it',
	affiliation: 'speaking for the organisation',
	unresolved: 'not resolved',
};
const VIA: Record<Speaker['via'], string> = {
	adjacent: '',
	interrupted: ', continuing the quote before it',
	floating: ', named before this quote',
	repeat: ', from the same words elsewhere in the article',
};

/** The hover for the quotation at `offset`, or null when there is none. */
export function hoverAt(workspace: Workspace, article: Article, offset: number): Hover | null {
	const quote = workspace.quoteAt(article, offset);
	if (!quote) {
		return null;
	}
	const group = workspace.groupOf(article, quote);
	const lines: string[] = [];
	if (quote.kind !== 'speech') {
		lines.push(quote.kind === 'term' ? '**Term** in quotation marks: not anyone’s words.' : '**Title** of a work: not anyone’s words.');
	} else {
		lines.push(speakerLine(quote, group, article));
	}
	if (group) {
		lines.push('', `**Quoted in ${group.documents} ${group.documents === 1 ? 'source' : 'sources'}** (${versionsSummary(group)}):`, '');
		for (const m of group.members) {
			const other = workspace.articleAtPath(m.document);
			if (!other) {
				continue;
			}
			const at = quoteRange(other, m.quote).start;
			const link = `${other.uri}#L${at.line + 1},${at.character + 1}`;
			const name = `${workspace.displayPath(m.document)}:${at.line + 1}`;
			const label = m === group.canonical ? 'canonical' : kindLabel(m.kind).toLowerCase() + (ignored(workspace, m) ? ', ignored' : '');
			const self = m.quote === quote && m.document === article.path ? ' ← this one' : '';
			lines.push(`- [${escape(name)}](${link}) · *${label}*${self}  `, `  ${m.quote.marks.open}${marked(m.quote.text, m.changes)}${m.quote.marks.close}`);
		}
	}
	return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: quoteRange(article, quote) };
}

function speakerLine(quote: Quote, group: QuoteGroup | undefined, article: Article): string {
	const s = quote.speaker;
	const parts: string[] = [];
	if (s?.name) {
		const asWritten = s.text !== s.name ? ` (“${escape(s.text)}”, ${RESOLUTION[s.resolution]}${VIA[s.via]})` : VIA[s.via] ? ` (${VIA[s.via].slice(2)})` : '';
		parts.push(`**${escape(s.name)}**${asWritten}`);
		if (s.role) {
			parts.push(escape(s.role));
		}
	} else {
		const member = group?.members.find((m) => m.quote === quote && m.document === article.path);
		parts.push(member?.speakerInferred && member.speaker ? `**${escape(member.speaker.name)}** (inferred from the other sources)` : '*Speaker unknown*');
	}
	if (quote.cue) {
		parts.push(`${escape(quote.cue.text)}${quote.venue ? ` ${escape(quote.venue.text)}` : ''}`);
	}
	return parts.join(' · ');
}

function versionsSummary(group: QuoteGroup): string {
	const differ = group.members.filter((m) => m.kind !== 'identical').length;
	return differ ? `${differ} of ${group.members.length} versions differ` : 'all versions the same';
}

/** The text with removed words as ~~strikethrough~~ and other words in **bold**. */
function marked(text: string, changes: QuoteGroup['members'][number]['changes']): string {
	let out = '';
	let at = 0;
	for (const c of [...changes].sort((a, b) => a.memberStart - b.memberStart)) {
		out += escape(text.slice(at, c.memberStart));
		if (c.from) {
			out += ` ~~${escape(c.from)}~~ `;
		}
		if (c.to) {
			out += `**${escape(text.slice(c.memberStart, c.memberEnd))}**`;
			at = c.memberEnd;
		} else {
			at = c.memberStart;
		}
	}
	return (out + escape(text.slice(at))).replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
