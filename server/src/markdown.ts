/**
 * Article text in Markdown (hovers, the exported report): nothing an article says may become a
 * link, an image, raw HTML, a `command:` URI or formatting. Every character Markdown gives a
 * meaning is escaped with a backslash (CommonMark allows it for any ASCII punctuation): no
 * `[…](…)`, `<…>`, `&…;`, code or emphasis can form, and a bare URL, domain or e-mail address
 * is no longer one for autolinking (its `:`, `.` and `@` are escaped). Line breaks become
 * spaces, so article text cannot start a block.
 */

const PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&:@^=$]/g;

/** `text` as literal Markdown inline text, on one line. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(PUNCTUATION, '\\$&');
}

/**
 * A link to a file the server itself names (`file:` URIs only; anything else is shown as plain
 * text): the label escaped, the target percent-encoded beyond the characters a URI needs, so a
 * `)` or a space in a file name cannot end the link early.
 */
export function markdownLink(label: string, uri: string): string {
	if (!uri.startsWith('file:')) {
		return escapeMarkdown(label);
	}
	const target = uri.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
	return `[${escapeMarkdown(label)}](${target})`;
}
