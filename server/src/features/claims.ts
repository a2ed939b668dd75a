/**
 * The data behind the client's Claims view and Compare Sources panel.
 */
import { memberText, type GroupMember, type QuoteGroup } from '../engine';
import type { Claim, ClaimSource, ClaimSpeaker, ClaimsResult, ComparedSegment, Comparison, CompareParams } from '../protocol';
import type { Article, Workspace } from '../workspace';
import { ignored, kindNotIgnored } from './diagnostics';
import { memberRange, quoteRange } from './ranges';

/** Speakers → statements → sources, speakers and statements by the most sources first. */
export function claimsOf(workspace: Workspace, onlyDiffering: boolean): ClaimsResult {
	const speakers = new Map<string, ClaimSpeaker>();
	const seenGroups = new Set<QuoteGroup>();
	const add = (name: string, type: ClaimSpeaker['type'], claim: Claim) => {
		let s = speakers.get(name);
		if (!s) {
			s = { name, type, claims: [] };
			speakers.set(name, s);
		}
		s.claims.push(claim);
	};
	for (const article of workspace.allArticles()) {
		for (const quote of article.quotes) {
			if (quote.kind !== 'speech') {
				continue;
			}
			const groups = workspace.groupsOfQuote(article, quote);
			for (const group of groups) {
				if (seenGroups.has(group)) {
					continue;
				}
				seenGroups.add(group);
				const sources = group.members.flatMap((m) => sourceOf(workspace, m, group));
				const kind = kindNotIgnored(workspace, group);
				if (onlyDiffering && kind === 'identical') {
					continue;
				}
				add(group.speaker?.name ?? 'Unknown speaker', group.speaker?.type ?? 'unknown', { groupId: group.id, text: group.text, kind, documents: group.documents, sources });
			}
			if (!groups.length && !onlyDiffering) {
				const source: ClaimSource = { uri: article.uri, path: workspace.displayPath(article.path), ...outletOf(article), range: quoteRange(article, quote), quoteId: quote.id, kind: 'identical', canonical: true, ignored: false };
				add(quote.speaker?.name ?? 'Unknown speaker', quote.speaker?.type ?? 'unknown', { groupId: null, text: quote.text, kind: 'identical', documents: 1, sources: [source] });
			}
		}
	}
	const list = [...speakers.values()];
	for (const s of list) {
		s.claims.sort((a, b) => b.documents - a.documents || a.text.localeCompare(b.text));
	}
	list.sort((a, b) => (a.name === 'Unknown speaker' ? 1 : b.name === 'Unknown speaker' ? -1 : 0) || b.claims.length - a.claims.length || a.name.localeCompare(b.name));
	return { speakers: list };
}

function sourceOf(workspace: Workspace, m: GroupMember, group: QuoteGroup): ClaimSource[] {
	const article = workspace.articleAtPath(m.document);
	if (!article) {
		return [];
	}
	return [{ uri: article.uri, path: workspace.displayPath(m.document), ...outletOf(article), range: memberRange(article, m), quoteId: m.quote.id, kind: m.kind, canonical: m === group.canonical, ignored: ignored(workspace, m) }];
}

/** `{ outlet }` when the article names its publication, else nothing. */
function outletOf(article: Article): { outlet?: string } {
	return article.meta.outlet ? { outlet: article.meta.outlet } : {};
}

/** Every version of the statement at a position or with a group id, word by word. */
export function compare(workspace: Workspace, params: CompareParams): Comparison | null {
	let group: QuoteGroup | undefined;
	if ('groupId' in params) {
		group = workspace.allGroups().find((g) => g.id === params.groupId);
	} else {
		const article = workspace.article(params.uri);
		const offset = article?.offsetAt(params.position);
		const quote = article && offset !== undefined ? workspace.quoteAt(article, offset) : undefined;
		group = article && quote ? workspace.groupsAt(article, quote, offset!)[0] : undefined;
	}
	if (!group) {
		return null;
	}
	const g = group;
	return {
		groupId: g.id,
		speaker: g.speaker?.name ?? null,
		kind: g.kind,
		canonicalText: g.text,
		versions: g.members.flatMap((m) => {
			const article = workspace.articleAtPath(m.document);
			if (!article) {
				return [];
			}
			const [source] = sourceOf(workspace, m, g);
			return [
				{
					...source,
					speaker: m.speaker?.name ?? null,
					speakerText: m.quote.speaker?.text ?? null,
					speakerInferred: m.speakerInferred,
					cue: m.quote.cue?.text ?? null,
					venue: m.quote.venue?.text ?? null,
					severity: m.severity,
					headline: m.headline,
					segments: segmentsOf(m),
				},
			];
		}),
	};
}

/** The member's words, with what it leaves out of the statement and what it adds or changes. */
function segmentsOf(m: GroupMember): ComparedSegment[] {
	const { text, offset } = memberText(m);
	const segments: ComparedSegment[] = [];
	let at = 0;
	const push = (piece: string, change?: 'added' | 'removed') => {
		if (piece) {
			segments.push(change ? { text: piece, change } : { text: piece });
		}
	};
	for (const c of [...m.changes].sort((a, b) => a.memberStart - b.memberStart)) {
		push(text.slice(at, c.memberStart - offset));
		push(c.from, 'removed');
		if (c.to) {
			push(text.slice(c.memberStart - offset, c.memberEnd - offset), 'added');
			at = c.memberEnd - offset;
		} else {
			at = c.memberStart - offset;
		}
	}
	push(text.slice(at));
	return segments;
}
