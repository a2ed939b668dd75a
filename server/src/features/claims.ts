/**
 * The data behind the client's Claims view and Compare Sources panel.
 */
import { memberText, partDifference, type GroupMember, type PrimaryMatch, type Quote, type QuoteCheck, type QuoteGroup } from '../engine';
import type { Claim, ClaimSource, ClaimSpeaker, ClaimsResult, ComparedSegment, ComparedVersion, Comparison, CompareParams } from '../protocol';
import type { Article, Workspace } from '../workspace';
import { ignored, kindNotIgnored } from './diagnostics';
import { passageLocation, primaryMatchOf } from './primary';
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
				add(group.speaker?.name ?? 'Unknown speaker', group.speaker?.type ?? 'unknown', { groupId: group.id, text: group.text, kind, documents: group.documents, sources, ...primaryStateOf(workspace, group) });
			}
			if (!groups.length) {
				const state = primaryState(workspace.primaryChecks(article).get(quote.id));
				const found = primaryMatchOf(workspace, article, quote);
				const kind = found ? partDifference(found.match, found.result).kind : 'identical';
				if (onlyDiffering && kind === 'identical') {
					continue;
				}
				const source: ClaimSource = { uri: article.uri, path: workspace.displayPath(article.path), ...outletOf(article), range: quoteRange(article, quote), quoteId: quote.id, kind, canonical: !found, ignored: false };
				add(quote.speaker?.name ?? 'Unknown speaker', quote.speaker?.type ?? 'unknown', { groupId: null, text: found?.match.text ?? quote.text, kind, documents: 1, sources: [source], ...(state ? { primary: state } : {}) });
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

/** Whether a quotation was checked against a primary source and found there, or not found in its speaker's. */
function primaryState(result: QuoteCheck | undefined): Claim['primary'] | undefined {
	if (!result) {
		return undefined;
	}
	return result.check.found ? 'found' : result.check.ownSources.length ? 'not-found' : undefined;
}

/** A statement's primary state: found when any version was found in a primary source, else not found when one was searched in vain. */
function primaryStateOf(workspace: Workspace, group: QuoteGroup): { primary?: Claim['primary'] } {
	let state: Claim['primary'] | undefined;
	for (const m of group.members) {
		const article = workspace.articleAtPath(m.document);
		const s = article && primaryState(workspace.primaryChecks(article).get(m.quote.id));
		if (s === 'found') {
			return { primary: 'found' };
		}
		state ??= s;
	}
	return state ? { primary: state } : {};
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
	/** The quotation asked about, when a position was given. */
	let asked: { article: Article; quote: Quote } | undefined;
	if ('groupId' in params) {
		group = workspace.allGroups().find((g) => g.id === params.groupId);
	} else {
		const article = workspace.article(params.uri);
		const offset = article?.offsetAt(params.position);
		const quote = article && offset !== undefined ? workspace.quoteAt(article, offset) : undefined;
		group = article && quote ? workspace.groupsAt(article, quote, offset!)[0] : undefined;
		asked = article && quote ? { article, quote } : undefined;
	}
	const primary = primaryComparison(workspace, group, asked);
	if (primary) {
		return primary;
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

/**
 * The comparison with a primary source first, when a version of the statement (or the quotation
 * asked about) was found in one: its passage is the canonical version, and each version that was
 * found there is shown as it differs from the passage. Undefined when none was found.
 */
function primaryComparison(workspace: Workspace, group: QuoteGroup | undefined, asked: { article: Article; quote: Quote } | undefined): Comparison | undefined {
	const versions: Array<{ article: Article; quote: Quote; member?: GroupMember }> = group
		? group.members.flatMap((m) => {
				const article = workspace.articleAtPath(m.document);
				return article ? [{ article, quote: m.quote, member: m }] : [];
			})
		: asked
			? [asked]
			: [];
	const found = versions.map((v) => primaryMatchOf(workspace, v.article, v.quote));
	const first = found.find((f) => f !== undefined);
	const source = first && workspace.articleAtPath(first.match.source);
	if (!first || !source) {
		return undefined;
	}
	const passage = first.match;
	const location = passageLocation(source, passage);
	const compared: ComparedVersion[] = [
		{
			uri: source.uri,
			path: workspace.displayPath(source.path),
			...outletOf(source),
			range: location.range,
			quoteId: '',
			kind: 'identical',
			canonical: true,
			ignored: false,
			primary: true,
			speaker: passage.passageSpeaker,
			speakerText: null,
			speakerInferred: false,
			cue: null,
			venue: null,
			severity: 'none',
			headline: false,
			segments: [{ text: passage.text }],
		},
	];
	versions.forEach((v, i) => {
		const own = found[i];
		const samePassage = own && own.match.source === passage.source && own.match.start === passage.start;
		const base = v.member ? sourceOf(workspace, v.member, group!)[0] : { uri: v.article.uri, path: workspace.displayPath(v.article.path), ...outletOf(v.article), range: quoteRange(v.article, v.quote), quoteId: v.quote.id, kind: 'identical' as const, canonical: false, ignored: false };
		if (!base) {
			return;
		}
		const difference = samePassage ? partDifference(own.match, own.result) : undefined;
		const kind = difference?.kind ?? v.member?.kind ?? 'identical';
		compared.push({
			...base,
			kind,
			canonical: false,
			speaker: v.quote.speaker?.name ?? v.member?.speaker?.name ?? null,
			speakerText: v.quote.speaker?.text ?? null,
			speakerInferred: v.member?.speakerInferred ?? false,
			cue: v.quote.cue?.text ?? null,
			venue: v.quote.venue?.text ?? null,
			severity: difference?.severity ?? v.member?.severity ?? 'none',
			headline: v.quote.headline,
			segments: samePassage ? passageSegments(v.quote, own.match, own.result) : v.member ? segmentsOf(v.member) : [{ text: v.quote.text }],
		});
	});
	const kinds: ComparedVersion['kind'][] = ['identical', 'typography', 'punctuation', 'truncation', 'elision', 'wording', 'speaker'];
	const worst = compared.reduce((k, v) => (v.headline || kinds.indexOf(v.kind) <= kinds.indexOf(k) ? k : v.kind), 'identical' as ComparedVersion['kind']);
	return {
		groupId: group?.id ?? `${source.path}@${passage.start}`,
		speaker: group?.speaker?.name ?? asked?.quote.speaker?.name ?? passage.passageSpeaker,
		kind: worst,
		canonicalText: passage.text,
		versions: compared,
		primarySource: workspace.displayPath(source.path),
	};
}

/** A quotation's words against its primary passage: what it leaves out and what it changes. */
function passageSegments(quote: Quote, match: PrimaryMatch, result: QuoteCheck): ComparedSegment[] {
	const segments: ComparedSegment[] = [];
	let at = 0;
	const push = (piece: string, change?: 'added' | 'removed') => {
		if (piece) {
			segments.push(change ? { text: piece, change } : { text: piece });
		}
	};
	for (const c of match.changes.filter((x) => x.part === result.part).sort((a, b) => a.memberStart - b.memberStart)) {
		push(quote.text.slice(at, c.memberStart));
		push(c.from, 'removed');
		if (c.to) {
			push(quote.text.slice(c.memberStart, c.memberEnd), 'added');
			at = c.memberEnd;
		} else {
			at = c.memberStart;
		}
	}
	push(quote.text.slice(at));
	return segments;
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
