/**
 * Scoring Misquote's quotations and speakers against PolNeAR's attributions (brat standoff:
 * Source, Cue, Content). Pure: texts and annotations in, figures out; `polnear.ts` reads them.
 */
import type { Quote } from '../server/src/engine';
import { nameWords, sameName } from './names';

/** One annotated mention: its fragments `[start, end)` in the article text. */
export interface Mention {
	fragments: Array<[number, number]>;
	start: number;
	end: number;
	text: string;
}

export interface Attribution {
	source?: Mention;
	cue?: Mention;
	content?: Mention;
}

/** Reads a brat standoff `.ann` file: its `T` mentions joined into `E` attribution events. */
export function parseBrat(ann: string, text: string): Attribution[] {
	const mentions = new Map<string, Mention>();
	const events: Array<Record<string, string>> = [];
	for (const line of ann.split('\n')) {
		const cols = line.split('\t');
		if (line.startsWith('T') && cols.length >= 2) {
			const [, ranges] = cols[1].split(/ (.*)/s);
			const fragments = (ranges ?? '').split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
			if (fragments.some((f) => f.length !== 2 || f.some((n) => !Number.isFinite(n)))) {
				continue;
			}
			mentions.set(cols[0], {
				fragments,
				start: fragments[0][0],
				end: fragments[fragments.length - 1][1],
				text: fragments.map(([s, e]) => text.slice(s, e)).join(' '),
			});
		} else if (line.startsWith('E') && cols.length >= 2) {
			events.push(Object.fromEntries(cols[1].split(/\s+/).map((kv) => kv.split(':'))));
		}
	}
	return events.map((e) => ({ source: mentions.get(e.Source), cue: mentions.get(e.Cue), content: mentions.get(e.Content) }));
}

/** A direct quotation of the gold standard: a stretch of Content inside quotation marks. */
export interface GoldQuote {
	start: number;
	end: number;
	attribution: Attribution;
}

const DOUBLE_OPEN = '“"';
const DOUBLE_CLOSE = '”"';

/**
 * The quoted stretches of each attribution's Content: between paired double marks (or curly
 * single marks when the content has no double marks), the text without its marks. A mark left
 * open runs to the end of its fragment (a paragraph of a multi-paragraph quote).
 */
export function goldQuotes(text: string, attributions: readonly Attribution[]): GoldQuote[] {
	const out: GoldQuote[] = [];
	for (const attribution of attributions) {
		const content = attribution.content;
		if (!content || !/[“”"‘’]/.test(content.text)) {
			continue;
		}
		const useSingle = !/[“”"]/.test(content.text);
		const opens = useSingle ? '‘' : DOUBLE_OPEN;
		const closes = useSingle ? '’' : DOUBLE_CLOSE;
		for (const [from, to] of content.fragments) {
			let open = -1;
			for (let i = from; i < to; i++) {
				const ch = text[i];
				if (open < 0 && opens.includes(ch) && (useSingle ? !/\p{L}/u.test(text[i - 1] ?? '') : true)) {
					open = i;
				} else if (open >= 0 && closes.includes(ch) && (!useSingle || !/\p{L}/u.test(text[i + 1] ?? ''))) {
					push(open + 1, i);
					open = -1;
				}
			}
			if (open >= 0) {
				push(open + 1, to);
			}
		}
		function push(start: number, end: number) {
			if (/\p{L}/u.test(text.slice(start, end))) {
				out.push({ start, end, attribution });
			}
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

export type SourceKind = 'name' | 'description' | 'pronoun';

const PRONOUNS = /^(?:he|she|they|i|we|it|you|him|her|them|us|who|which|that)$/i;

/**
 * The phrase that names a source, its apposition and relative clause left out: "Kenneth Baer, a
 * former Obama administration official who runs …" → "Kenneth Baer"; "Rep. G.K. Butterfield
 * (D-N.C.), head of …" → "Rep. G.K. Butterfield".
 */
export function sourceHead(mention: string): string {
	return mention.split(/\s*[,(]|\s+(?:who|whose|which|that|filed|speaking|writing)\s/)[0].trim();
}

/**
 * A source phrase is a pronoun, a proper name (its head word is capitalised: "Gov. Mike Pence",
 * "Caddell", "Politifact"), or a description ("the mayor", "the Indiana governor", "Gary
 * Johnson's doctor", "a Trump spokesman").
 */
export function sourceKind(mention: string, text: string): SourceKind {
	const phrase = sourceHead(mention);
	if (PRONOUNS.test(phrase)) {
		return 'pronoun';
	}
	const words = phrase.split(/\s+/);
	const head = words[words.length - 1].replace(/[’']s?$/, '');
	if (!/^\p{Lu}/u.test(head)) {
		return 'description';
	}
	if (words.length > 1 || !/^\p{Lu}\p{Ll}+$/u.test(head)) {
		return 'name';
	}
	// "Officials said" at a sentence start: capitalised there, in lower case elsewhere.
	return new RegExp(`(?<![\\p{L}])${escapeRegExp(head.toLowerCase())}(?![\\p{L}])`, 'u').test(text) ? 'description' : 'name';
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A hand-annotated referent of a pronoun or description source. */
export interface Referent {
	article: string;
	sourceStart: number;
	referent: string | null;
}

/** How one gold quotation came out. */
export interface Outcome {
	article: string;
	gold: GoldQuote;
	/** The engine's quote that covers it best, or undefined. */
	found?: Quote;
	sourceKind?: SourceKind;
	/** Who the source is: a name, or null when the article never names them. */
	referent?: string | null;
	/**
	 * Scored against a proxy (train): a pronoun against the nearest named source before it, a
	 * description by its phrase alone (with `referent` null).
	 */
	proxy?: boolean;
	speakerRight?: boolean;
	error?: string;
}

export interface ArticleInput {
	name: string;
	text: string;
	ann: string;
}

/** The whole evaluation's figures. */
export interface PolnearResult {
	split: string;
	articles: number;
	quotations: number;
	asSpeech: number;
	asTermOrTitle: number;
	missed: number;
	falseQuotes: number;
	speakers: Record<SourceKind | 'all' | 'named', { right: number; total: number }>;
	proxyPronouns: boolean;
	/** Descriptions were scored by their phrase alone: no referents are annotated. */
	proxyDescriptions: boolean;
	outcomes: Outcome[];
	falseExamples: Array<{ article: string; text: string }>;
}

/**
 * Scores the engine's quotations and speakers on `articles`. `referents` are the hand-annotated
 * referents (dev); without one, a pronoun's referent is the nearest named source before it.
 */
export function evaluate(split: string, articles: readonly ArticleInput[], referents: readonly Referent[], extract: (text: string) => Quote[]): PolnearResult {
	const byKey = new Map(referents.map((r) => [`${r.article}@${r.sourceStart}`, r.referent]));
	const outcomes: Outcome[] = [];
	const falseExamples: PolnearResult['falseExamples'] = [];
	let falseQuotes = 0;
	let proxyPronouns = false;
	let proxyDescriptions = false;
	for (const article of articles) {
		const attributions = parseBrat(article.ann, article.text);
		const golds = goldQuotes(article.text, attributions);
		const quotes = extract(article.text);
		const contents = attributions.flatMap((a) => a.content?.fragments ?? []);
		for (const q of quotes) {
			if (q.kind === 'speech' && !q.segments.some((s) => contents.some(([a, b]) => s.start < b && a < s.end))) {
				falseQuotes++;
				falseExamples.push({ article: article.name, text: q.text });
			}
		}
		const namedSources = attributions
			.filter((a) => a.source && sourceKind(a.source.text, article.text) === 'name')
			.map((a) => a.source!)
			.sort((a, b) => a.start - b.start);
		for (const gold of golds) {
			const found = bestCover(quotes, gold);
			const outcome: Outcome = { article: article.name, gold, found };
			outcomes.push(outcome);
			const source = gold.attribution.source;
			if (!source) {
				continue;
			}
			const kind = sourceKind(source.text, article.text);
			outcome.sourceKind = kind;
			if (kind === 'name') {
				outcome.referent = sourceHead(source.text);
			} else {
				const key = `${article.name}@${source.start}`;
				if (byKey.has(key)) {
					outcome.referent = byKey.get(key)!;
				} else if (kind === 'pronoun') {
					const before = namedSources.filter((s) => s.end <= source.start).pop();
					outcome.referent = before?.text ?? null;
					outcome.proxy = true;
					proxyPronouns = true;
				} else {
					outcome.referent = null;
					outcome.proxy = true;
					proxyDescriptions = true;
				}
			}
			scoreSpeaker(outcome, source);
		}
	}
	const tally = (test: (o: Outcome) => boolean) => {
		const scored = outcomes.filter((o) => o.sourceKind && test(o));
		return { right: scored.filter((o) => o.speakerRight).length, total: scored.length };
	};
	return {
		split,
		articles: articles.length,
		quotations: outcomes.length,
		asSpeech: outcomes.filter((o) => o.found?.kind === 'speech').length,
		asTermOrTitle: outcomes.filter((o) => o.found && o.found.kind !== 'speech').length,
		missed: outcomes.filter((o) => !o.found).length,
		falseQuotes,
		speakers: {
			name: tally((o) => o.sourceKind === 'name'),
			description: tally((o) => o.sourceKind === 'description'),
			named: tally((o) => o.sourceKind !== 'pronoun'),
			pronoun: tally((o) => o.sourceKind === 'pronoun'),
			all: tally(() => true),
		},
		proxyPronouns,
		proxyDescriptions,
		outcomes,
		falseExamples,
	};
}

/** The engine quote that covers most of the gold stretch (half of it at least), or undefined. */
function bestCover(quotes: readonly Quote[], gold: GoldQuote): Quote | undefined {
	let best: Quote | undefined;
	let bestOverlap = 0;
	for (const q of quotes) {
		let overlap = 0;
		for (const s of q.segments) {
			overlap += Math.max(0, Math.min(s.end, gold.end) - Math.max(s.start, gold.start));
		}
		// The innermost quote wins a tie: a nested quote is its own.
		if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && best && q.end - q.start < best.end - best.start)) {
			best = q;
			bestOverlap = overlap;
		}
	}
	return bestOverlap >= 0.5 * Math.max(1, gold.end - gold.start) ? best : undefined;
}

function scoreSpeaker(outcome: Outcome, source: Mention): void {
	const q = outcome.found;
	if (!q || q.kind !== 'speech') {
		outcome.speakerRight = false;
		outcome.error = q ? `taken for a ${q.kind}` : 'quotation not found';
		return;
	}
	const s = q.speaker;
	if (!s) {
		outcome.speakerRight = false;
		outcome.error = 'no speaker';
		return;
	}
	const sameMention = s.start < source.end && source.start < s.end;
	if (outcome.referent === null && outcome.proxy) {
		// No referent annotated (train): the phrase is all that can be checked.
		outcome.speakerRight = sameMention;
	} else if (outcome.referent === null) {
		// Nobody the article names: right when the engine points at the phrase and names no one else.
		outcome.speakerRight = sameMention && (!s.name || nameWords(s.name).every((w) => nameWords(source.text).includes(w)));
	} else {
		outcome.speakerRight = Boolean(s.name) && sameName(s.name!, outcome.referent!, source.text, sameMention);
	}
	if (!outcome.speakerRight) {
		outcome.error = !s.name ? 'speaker phrase found, not resolved' : sameMention ? `right phrase, resolved to the wrong ${outcome.sourceKind === 'name' ? 'name' : 'referent'}` : 'another phrase taken for the speaker';
	}
}

