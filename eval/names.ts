/**
 * Whether the speaker Misquote names is the person or organisation an annotator means. Names
 * are compared by their words, titles and initials aside: "Pat Caddell" is "longtime
 * Democratic pollster Pat Caddell" and "Caddell", not "Pat Smith"; "Hillary Clinton" is not
 * "the Clinton campaign".
 */

/** Words of a speaker phrase that are no part of who it is: titles, determiners, party labels. */
const NOT_NAME = new Set(
	`the a an his her their its our my mr mrs ms miss mx dr sen senator rep representative
	congressman congresswoman gov governor president pres vice secretary gen general rev reverend
	judge justice mayor former sir lady lord prof professor hon honorable ambassador adm admiral
	col colonel lt sgt capt captain cmdr democratic republican gop democrat u.s us jr sr ii iii iv
	then-candidate candidate nominee presumptive presidential rival`.split(/\s+/),
);

/** The words that identify a name: lower case, possessives, dots and titles dropped. */
export function nameWords(name: string): string[] {
	return name
		.replace(/[’']s\b|(?<=s)[’'](?=\s|$)/g, '')
		.split(/[\s,]+/)
		.map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\./g, ''))
		.filter((w) => w.length > 1 && !NOT_NAME.has(w));
}

function subset(a: readonly string[], b: readonly string[]): boolean {
	return a.every((w) => b.includes(w));
}

/**
 * Whether `found` (Misquote's resolved name) names the same speaker as `gold` (an annotated name
 * or the source phrase as written). With `mention` (the source phrase as written in the article)
 * and `sameMention` (Misquote's speaker is that phrase), an organisation's spokesperson
 * ("a Trump spokesman") may be given as the organisation ("Trump").
 */
export function sameName(found: string, gold: string, mention?: string, sameMention = false): boolean {
	if (/\band\b/.test(gold) && !/\band\b/.test(found)) {
		// "they" for two named people: either of them.
		return gold.split(/\s+and\s+/).some((g) => sameName(found, g, mention, sameMention));
	}
	// "Representative Charles B. Rangel of New York" is Charles B. Rangel.
	const place = /^(.+\S\s+\S+)\s+of\s+(?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*)?$/u.exec(gold);
	if (place && !/\sof\s/.test(found) && sameName(found, place[1], mention, sameMention)) {
		return true;
	}
	const f = nameWords(found);
	const g = nameWords(gold);
	if (!f.length || !g.length) {
		return false;
	}
	if (f[f.length - 1] === g[g.length - 1]) {
		if (subset(f, g) || subset(g, f)) {
			return true;
		}
		// Both have a first name: it must agree, or be its initial.
		return f.length > 1 && g.length > 1 && (f[0] === g[0] || f[0][0] === g[0][0]) && (f[0].length === 1 || g[0].length === 1 || f[0] === g[0]);
	}
	// "a Trump spokesman", "the Clinton campaign" given as Trump, Clinton.
	const head = mention?.trim().split(/\s+/).pop() ?? '';
	return sameMention && /^\p{Ll}/u.test(head) && subset(f, g);
}
