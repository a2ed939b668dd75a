/** Small words a title in title case leaves in lower case. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'via', 'nor', 'is']);

/**
 * Whether words are in title case ("Make Your Kid a Millionaire"): the first capitalised and every
 * other capitalised or a small word. Words in capitals only are shouting, not a title.
 */
export function isTitleCase(words: readonly string[]): boolean {
	const letters = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
	if (!letters.length || !/^\p{Lu}/u.test(letters[0]) || !letters.some((w) => /\p{Ll}/u.test(w))) {
		return false;
	}
	return letters.every((w, i) => i === 0 || SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}
