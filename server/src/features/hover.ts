/**
 * Hover on a quotation: who said it and how that was worked out, the cue, and every source's
 * version with the differing words marked, each a link to that source.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { memberText, type GroupMember, type Quote, type QuoteGroup, type Speaker } from '../engine';
import type { Article, Workspace } from '../workspace';
import { ignored } from './diagnostics';
import { kindLabel } from './describe';
import { primaryHover } from './primary';
import { memberRange, quoteRange } from './ranges';
import { escapeMarkdown, markdownLink } from '../markdown';

/** Most versions of a statement a hover lists (the canonical one and the one hovered always are). */
const MAX_VERSIONS = 30;

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

/**
 * The hover for the quotation at `offset`, or null when there is none: who said it, then the
 * statement under the cursor (or every statement the quote is a version of) with each source's
 * version of it.
 */
export function hoverAt(workspace: Workspace, article: Article, offset: number): Hover | null {
	const quote = workspace.quoteAt(article, offset);
	if (!quote) {
		return null;
	}
	const groups = workspace.groupsAt(article, quote, offset);
	const lines: string[] = [];
	if (quote.kind !== 'speech') {
		lines.push(quote.kind === 'term' ? '**Term** in quotation marks: not anyone’s words.' : '**Title** of a work: not anyone’s words.');
	} else {
		// The speaker's own words first, when a primary source has them: what the quotation should say.
		const primary = primaryHover(workspace, article, quote);
		lines.push(...primary.slice(1), ...(primary.length ? [''] : []), speakerLine(quote, groups[0], article));
	}
	for (const group of groups) {
		const statement = groups.length > 1 || group.members.some((m) => m.quote === quote && (m.start > quote.start || m.end < quote.end)) ? ` “${escape(shortened(group.text))}”` : '';
		lines.push('', `**Quoted in ${group.documents} ${group.documents === 1 ? 'source' : 'sources'}**${statement} (${versionsSummary(group)}):`, '');
		// The version under the cursor, the canonical one and the first others: a hover is no list of thousands.
		const shownMembers = group.members.filter((m, i) => i < MAX_VERSIONS || m === group.canonical || (m.quote === quote && m.document === article.path));
		for (const m of shownMembers) {
			const other = workspace.articleAtPath(m.document);
			if (!other) {
				continue;
			}
			const at = memberRange(other, m).start;
			const name = `${workspace.displayPath(m.document)}:${at.line + 1}`;
			const outlet = other.meta.outlet ? ` (${escape(other.meta.outlet)})` : '';
			const link = markdownLink(name, `${other.uri}#L${at.line + 1},${at.character + 1}`);
			const label = m === group.canonical ? 'canonical' : kindLabel(m.kind).toLowerCase() + (m.headline ? ', headline' : '') + (ignored(workspace, m) ? ', ignored' : '');
			const self = m.quote === quote && m.document === article.path ? ' ← this one' : '';
			lines.push(`- ${link}${outlet} · *${label}*${self}  `, `  ${escape(m.quote.marks.open)}${marked(m)}${escape(m.quote.marks.close)}`);
		}
		if (shownMembers.length < group.members.length) {
			lines.push(`- *and ${group.members.length - shownMembers.length} more versions*`);
		}
	}
	const range = groups.length === 1 ? memberOf(groups[0], article, quote) : undefined;
	return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: range ? memberRange(article, range) : quoteRange(article, quote) };
}

function memberOf(group: QuoteGroup, article: Article, quote: Quote): GroupMember | undefined {
	return group.members.find((m) => m.quote === quote && m.document === article.path);
}

function shortened(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
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
		const member = group && memberOf(group, article, quote);
		parts.push(member?.speakerInferred && member.speaker ? `**${escape(member.speaker.name)}** (inferred from the other sources)` : '*Speaker unknown*');
	}
	if (quote.cue) {
		parts.push(`${escape(quote.cue.text)}${quote.venue ? ` ${escape(quote.venue.text)}` : ''}`);
	}
	return parts.join(' · ');
}

function versionsSummary(group: QuoteGroup): string {
	const body = group.members.filter((m) => !m.headline);
	const differ = body.filter((m) => m.kind !== 'identical').length;
	return differ ? `${differ} of ${body.length} versions differ` : 'all versions the same';
}

/** The member's words with removed words as ~~strikethrough~~ and other words in **bold**. */
function marked(m: GroupMember): string {
	const { text, offset } = memberText(m);
	let out = '';
	let at = 0;
	for (const c of [...m.changes].sort((a, b) => a.memberStart - b.memberStart)) {
		const start = c.memberStart - offset;
		out += escape(text.slice(at, start));
		if (c.from) {
			out += ` ~~${escape(c.from)}~~ `;
		}
		if (c.to) {
			out += `**${escape(text.slice(start, c.memberEnd - offset))}**`;
			at = c.memberEnd - offset;
		} else {
			at = start;
		}
	}
	return (out + escape(text.slice(at))).replace(/\s+/g, ' ').trim();
}

/** Article text as literal Markdown: never a link, an image, HTML or a command. */
function escape(text: string): string {
	return escapeMarkdown(text);
}
