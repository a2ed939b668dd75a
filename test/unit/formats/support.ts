import assert from 'node:assert/strict';
import { decodeHTMLStrict } from 'entities';
import type { Quote, Span } from '../../../server/src/engine';

/** Whitespace as one space: a web page cannot keep runs of spaces, nor line breaks as written. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every character of each quote's text is where its map says in `source`: copied runs are
 * the file's own characters, an entity decodes to its character, and the quote's start and end
 * are the first quoted character's and just past the last one's.
 */
export function assertPlaced(source: string, quotes: readonly Quote[], format: 'html' | 'markdown'): void {
	for (const q of quotes) {
		const what = `${format} quote “${q.text}”`;
		if (!q.runs) {
			assert.equal(source.slice(q.start, q.end), q.text, what);
			q.segments.forEach((s, i) => assert.equal(source.slice(s.start, s.end), q.text.split('\n')[i], what));
		} else {
			for (const r of q.runs) {
				const words = q.text.slice(r.at, r.at + r.length);
				const file = source.slice(r.start, r.end);
				if (r.end - r.start === r.length) {
					// Whitespace (a line break read as a space) aside, the file's own characters.
					assert.equal(file.replace(/\s/g, ' '), words.replace(/\s/g, ' '), what);
				} else if (r.end > r.start) {
					const decoded = file.startsWith('&') ? decodeHTMLStrict(file) : file.replace(/^\\/, '');
					assert.equal(decoded.replace(/\s/g, ' '), words.replace(/\s/g, ' '), `${what}: ${JSON.stringify(file)} for ${JSON.stringify(words)}`);
				}
			}
			assert.equal(q.runs[0].start, q.start, `${what} starts at its first character`);
			assert.equal(q.runs[q.runs.length - 1].end, q.end, `${what} ends after its last character`);
		}
		for (const span of [q.speaker, q.cue, q.venue].filter((s): s is Span & { text: string } => s !== null && /\S/.test(s.text))) {
			assert.ok(span.start <= span.end && span.end <= source.length, `${what}: ${span.text} is in the file`);
			const first = span.text.trimStart()[0];
			const at = source.slice(span.start, span.start + 8);
			assert.ok(format === 'html' ? at.startsWith(first) || at.startsWith('&') : at.startsWith(first) || /^[[*_\\]/.test(at), `${what}: “${span.text}” starts at ${JSON.stringify(at)}`);
		}
	}
}
