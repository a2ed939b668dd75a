/**
 * Words for differences, shared by diagnostics, hovers and code lenses.
 */
import { partDifference, type DifferenceKind, type GroupMember, type PrimaryMatch, type QuoteCheck, type QuoteGroup, type WordChange } from '../engine';

const LABELS: Record<DifferenceKind, string> = {
	identical: 'Identical',
	typography: 'Typography',
	punctuation: 'Punctuation',
	truncation: 'Cut',
	elision: 'Words left out',
	wording: 'Other words',
	speaker: 'Other speaker',
};

/** "Other words", "Cut", …: a kind of difference as a reader would name it. */
export function kindLabel(kind: DifferenceKind): string {
	return LABELS[kind];
}

/**
 * What a member changes relative to the canonical version, in a few words:
 * `"tens of millions of Americans" → "hundreds of millions of people"`.
 */
export function describeChange(member: GroupMember, group: QuoteGroup): string {
	switch (member.kind) {
		case 'identical':
			return 'the same words';
		case 'typography':
			return 'the same words, other quote marks, apostrophes or dashes';
		case 'punctuation':
			return 'the same words, other punctuation or capitals';
		case 'speaker':
			return `the same words, given to ${member.speaker?.name ?? 'nobody'} instead of ${group.speaker?.name ?? 'nobody'}`;
		case 'truncation':
		case 'elision': {
			const removed = member.changes.filter((c) => c.op === 'removed').map((c) => `"${shorten(c.from, 50)}"`);
			const added = member.changes.filter((c) => c.op === 'added').map((c) => `"${shorten(c.to, 50)}"`);
			const what = removed.length ? `${removed.join(', ')} left out` : `${added.join(', ')} added`;
			return member.kind === 'elision' && member.marked ? `${what} (marked with an ellipsis)` : what;
		}
		case 'wording': {
			const spans = mergeNearby(member, group);
			const shown = spans.slice(0, 2).map((s) => `"${shorten(s.from, 60)}" → "${shorten(s.to, 60)}"`);
			const more = spans.length > 2 ? ` and ${spans.length - 2} more` : '';
			const flags = [member.changes.some((c) => c.number) ? 'a figure changed' : '', member.changes.some((c) => c.negation) ? 'a negation changed' : '']
				.filter(Boolean)
				.join(', ');
			return `${shown.join('; ')}${more}${flags ? ` (${flags})` : ''}`;
		}
	}
}

/**
 * Changes a few words apart read as one: "tens" → "hundreds" and "Americans" → "people" make
 * "tens of millions of Americans" → "hundreds of millions of people".
 */
function mergeNearby(member: GroupMember, group: QuoteGroup): Array<{ from: string; to: string }> {
	const changes = [...member.changes].sort((a, b) => a.memberStart - b.memberStart);
	const spans: WordChange[][] = [];
	for (const c of changes) {
		const last = spans[spans.length - 1];
		const prev = last?.[last.length - 1];
		if (prev && wordsBetween(member.quote.text, prev.memberEnd, c.memberStart) <= 3 && wordsBetween(group.text, prev.canonicalEnd, c.canonicalStart) <= 3) {
			last.push(c);
		} else {
			spans.push([c]);
		}
	}
	return spans.map((run) => ({
		from: group.text.slice(run[0].canonicalStart, run[run.length - 1].canonicalEnd),
		to: member.quote.text.slice(run[0].memberStart, run[run.length - 1].memberEnd),
	}));
}

function wordsBetween(text: string, from: number, to: number): number {
	return to <= from ? 0 : (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Number of words of a quotation. */
export function wordCount(text: string): number {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * The part of a match that concerns one quote of its version, shaped as a group member and its
 * statement: so the words of a difference are described as between outlets (describe.ts).
 */
export function asMember(match: PrimaryMatch, result: QuoteCheck): { member: GroupMember; group: QuoteGroup } {
	const quote = result.parts[result.part];
	const own = partDifference(match, result);
	const speakerName = quote.speaker?.name ?? result.parts.find((p) => p.speaker?.name)?.speaker?.name ?? null;
	const speaker = (name: string | null) => (name ? { key: name.toLowerCase(), name, type: 'unknown' as const } : null);
	const member: GroupMember = {
		document: '',
		quote,
		start: quote.start,
		end: quote.end,
		textStart: 0,
		textEnd: match.text.length,
		headline: quote.headline,
		kind: own.kind,
		severity: own.severity,
		changes: own.changes.map(({ part: _part, ...c }) => c),
		speaker: speaker(speakerName),
		speakerInferred: false,
		marked: match.marked,
		parts: result.parts.length,
	};
	const group = { text: match.text, speaker: speaker(match.speaker ?? match.passageSpeaker) } as unknown as QuoteGroup;
	return { member, group };
}

