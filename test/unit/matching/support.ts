/**
 * Helpers for the matching tests: index a few articles through the real engine, find quotes,
 * groups and members by their words, and describe groups readably when an assertion fails.
 * Not a test file (node --test on a folder only runs `*.test.js`).
 */
import assert from 'node:assert/strict';
import type { Quote } from '../../../server/src/engine';
import {
	createCorpusIndex,
	type CorpusIndex,
	type GroupMember,
	type IndexChange,
	type QuoteGroup,
	type WordChange,
} from '../../../server/src/engine/matching';
import { quotesOf } from '../../helpers/engine';

export { joinLines } from '../../helpers/engine';

/**
 * Folds what the tests should not care about when looking a quote up by its words: case, curly
 * versus straight apostrophes, dash styles and runs of spaces.
 */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s*(?:--|[–—])\s*/g, ' - ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The words of `text`, lower-cased and without punctuation, joined by single spaces. */
export function words(text: string): string {
	return (fold(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).join(' ');
}

/** `[id, text]` for each article: the same words looked up in several articles. */
export function each(ids: string[], text: string): Array<[id: string, text: string]> {
	return ids.map((id) => [id, text]);
}

/** A few articles run through the engine and fed to one index, with look-ups by words. */
export class Corpus {
	readonly index: CorpusIndex = createCorpusIndex();
	private readonly quotes = new Map<string, Quote[]>();

	/** Extracts the quotes of `text` and adds (or replaces) the article `id`. */
	add(id: string, text: string, options: { primary?: boolean } = {}): IndexChange {
		const quotes = quotesOf(text);
		this.quotes.set(id, quotes);
		return this.index.update(options.primary ? { id, quotes, primary: true } : { id, quotes });
	}

	remove(id: string): IndexChange {
		this.quotes.delete(id);
		return this.index.remove(id);
	}

	/** The one quote of article `id` whose text contains `text` (compared folded). */
	quote(id: string, text: string): Quote {
		const all = this.quotes.get(id) ?? [];
		const found = all.filter((q) => fold(q.text).includes(fold(text)));
		assert.equal(
			found.length,
			1,
			`${id}: expected one quote containing “${text}”, the engine found: ${JSON.stringify(all.map((q) => q.text))}`,
		);
		return found[0];
	}

	/** The group of the quote of `id` containing `text`, or undefined when it stands alone. */
	groupOf(id: string, text: string): QuoteGroup | undefined {
		return this.index.groupOf(id, this.quote(id, text).id);
	}

	/** The group of the quote of `id` containing `text`; fails when it stands alone. */
	group(id: string, text: string): QuoteGroup {
		const g = this.groupOf(id, text);
		assert.ok(g, `${id}: “${text}” stands alone, expected it in a group. All groups:\n${showAll(this.index)}`);
		return g;
	}

	/** Asserts that the quote of `id` containing `text` is in no group. */
	alone(id: string, text: string): void {
		const g = this.groupOf(id, text);
		assert.equal(g, undefined, `${id}: “${text}” should stand alone, but is in:\n${g ? show(g) : ''}`);
	}

	/** Every group of the quote of `id` containing `text` (a long quote can be in several). */
	groupsOf(id: string, text: string): QuoteGroup[] {
		return this.index.groupsOfQuote(id, this.quote(id, text).id);
	}

	/** Asserts that every listed quote is a version of one and the same statement, and returns its group. */
	sameGroup(...quotes: Array<[id: string, text: string]>): QuoteGroup {
		const candidates = this.groupsOf(...quotes[0]);
		assert.ok(candidates.length, `${quotes[0][0]}: “${quotes[0][1]}” stands alone, expected it in a group. All groups:\n${showAll(this.index)}`);
		const ids = quotes.map(([id, text]) => `${id}#${this.quote(id, text).id}`);
		const holds = (g: QuoteGroup) => ids.every((key) => g.members.some((m) => `${m.document}#${m.quote.id}` === key));
		const found = candidates.find(holds);
		assert.ok(
			found,
			`no group holds all of ${quotes.map(([id, text]) => `${id}: “${text}”`).join(', ')}.\nGroups of the first:\n${candidates.map(show).join('\n')}\nAll groups:\n${showAll(this.index)}`,
		);
		return found;
	}

	/** Asserts that two quotes share no group (either may stand alone). */
	apart(a: [id: string, text: string], b: [id: string, text: string]): void {
		const shared = this.groupsOf(...a).filter((g) => this.groupsOf(...b).includes(g));
		assert.equal(shared.length, 0, `${a[0]}: “${a[1]}” and ${b[0]}: “${b[1]}” should not be grouped:\n${shared.map(show).join('\n')}`);
	}
}

/** A corpus of the given articles, added in the order listed. */
export function corpus(articles: Record<string, string>): Corpus {
	const c = new Corpus();
	for (const [id, text] of Object.entries(articles)) {
		c.add(id, text);
	}
	return c;
}

/** The member of `group` from article `id` whose quote contains `text` (compared folded). */
export function member(group: QuoteGroup, id: string, text: string): GroupMember {
	const found = group.members.filter((m) => m.document === id && fold(m.quote.text).includes(fold(text)));
	assert.equal(found.length, 1, `expected one member of ${id} containing “${text}” in:\n${show(group)}`);
	return found[0];
}

/** The members other than the canonical one. */
export function others(group: QuoteGroup): GroupMember[] {
	return group.members.filter((m) => !isCanonical(group, m));
}

export function isCanonical(group: QuoteGroup, m: GroupMember): boolean {
	return m.document === group.canonical.document && m.quote.id === group.canonical.quote.id;
}

/** The documents of a group's members, each once, sorted. */
export function documentsOf(group: QuoteGroup): string[] {
	return [...new Set(group.members.map((m) => m.document))].sort();
}

/**
 * The one change of `m` with this op whose canonical and member words are `from` and `to`
 * (compared as words: case and punctuation aside). Fails with the member's changes listed.
 */
export function change(m: GroupMember, op: WordChange['op'], from: string, to: string): WordChange {
	const found = m.changes.filter((c) => c.op === op && words(c.from) === words(from) && words(c.to) === words(to));
	assert.equal(
		found.length,
		1,
		`expected one change ${op} “${from}” → “${to}” in ${m.document}: “${m.quote.text}”, got:\n${showChanges(m)}`,
	);
	return found[0];
}

export function showChanges(m: GroupMember): string {
	if (m.changes.length === 0) {
		return '    (no changes)';
	}
	return m.changes
		.map((c) => {
			const flags = `${c.number ? ' [number]' : ''}${c.negation ? ' [negation]' : ''}`;
			return `    ${c.op} “${c.from}” → “${c.to}”${flags}`;
		})
		.join('\n');
}

/** One group as readable lines: its kind, speaker and each member with its difference. */
export function show(group: QuoteGroup): string {
	const lines = [
		`  group ${group.id} kind=${group.kind} severity=${group.severity} speaker=${group.speaker?.key ?? 'null'} documents=${group.documents}`,
	];
	for (const m of group.members) {
		lines.push(
			`  ${isCanonical(group, m) ? '*' : '-'} ${m.document}#${m.quote.id} ${m.kind}/${m.severity}` +
				` speaker=${m.speaker?.key ?? 'null'}${m.speakerInferred ? ' (inferred)' : ''}: “${m.quote.text}”`,
		);
		if (m.changes.length > 0) {
			lines.push(showChanges(m));
		}
	}
	return lines.join('\n');
}

export function showAll(index: CorpusIndex): string {
	const groups = index.groups();
	return groups.length === 0 ? '  (no groups)' : groups.map(show).join('\n');
}
