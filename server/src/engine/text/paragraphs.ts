import { isTitleCase } from './titleCase';
/** A paragraph of the article: `[start, end)` with surrounding blank space trimmed. */
export interface Paragraph {
	start: number;
	end: number;
	/** A single short line with no closing punctuation: a headline, subheading or caption line. */
	headline: boolean;
	/** Navigation, share buttons, sign-up prompts and similar text that is not the story. */
	boilerplate: boolean;
}

const BLANK_LINE = /\r?\n[ \t\u00a0]*\r?\n/;

/**
 * Splits an article into paragraphs. Articles that separate paragraphs with blank lines keep
 * single line breaks inside a paragraph (hard-wrapped text); articles with no blank line at all
 * are read one paragraph per line. Empty and whitespace-only paragraphs are left out.
 */
export function splitParagraphs(text: string): Paragraph[] {
	const separator = BLANK_LINE.test(text) ? /(?:\r?\n[ \t\u00a0]*){2,}/g : /\r?\n/g;
	const paragraphs: Paragraph[] = [];
	let from = 0;
	/** Whether a paragraph with words has been read: the first such is where a headline stands. */
	let words = false;
	const push = (start: number, end: number) => {
		while (start < end && isSpace(text.charCodeAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charCodeAt(end - 1))) {
			end--;
		}
		if (end > start) {
			const body = text.slice(start, end);
			paragraphs.push({ start, end, headline: isHeadline(body, !words), boilerplate: isBoilerplate(body) });
			words ||= /\p{L}\p{L}/u.test(body);
		}
	};
	for (const match of text.matchAll(separator)) {
		push(from, match.index);
		from = match.index + match[0].length;
	}
	push(from, text.length);
	return paragraphs;
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff;
}

/** One line, not too long, and not ending like a sentence (quote marks and spaces aside). */
function isHeadline(body: string, first: boolean): boolean {
	if (body.length > 220 || body.includes('\n')) {
		return false;
	}
	const trimmed = body.replace(/["'“”‘’«»\s]+$/u, '');
	return trimmed.length > 0 && (!/[.!?…:;,]$/.test(trimmed) || (first && /[^.]\.$/.test(trimmed) && isTitleCaseLine(trimmed)));
}

/**
 * "Hillary Clinton Goes After Donald Trump As The New Mitt Romney.": a line of four words or more
 * in title case. Some feeds end their headlines with a full stop; story sentences are almost never
 * in title case. Asked of an article's first line of words only.
 */
function isTitleCaseLine(line: string): boolean {
	const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
	return words.length >= 4 && isTitleCase(words);
}

const MAX_BOILERPLATE_LINE = 400;
const BOILERPLATE_START =
	/^(?:read (?:more|next|also)\b|read\s{2}|click here|sign up|subscribe|share (?:this|on)\b|advertisement\b|scroll down|sponsored\b|related\b|more from\b|best of\b|follow us|©|\(c\)\s*\d{4}|copyright\b|please enter|all rights reserved|you have \d+|get [^\n]{0,60} by clicking here|watch:|listen:|photo:|image:|view comments|join our|distributed by|this story, originally published)/i;

/**
 * Text that is not the story: share and sign-up prompts, "READ MORE" lines, copyright lines,
 * and lines in capitals only (section labels and promotional links).
 */
function isBoilerplate(body: string): boolean {
	const newline = body.indexOf('\n');
	const firstLine = (newline < 0 ? body : body.slice(0, newline)).trim();
	if (firstLine.length > MAX_BOILERPLATE_LINE) {
		// Prompts, labels and link lines are short; a long line is the story.
		return false;
	}
	if (BOILERPLATE_START.test(firstLine)) {
		return true;
	}
	// Icon labels glued together by a page scrape: "ChevronTitle ChevronEye IconIcon".
	const glued = (firstLine.match(/[a-z][A-Z]/g) ?? []).length;
	if (glued >= 4 && glued >= 0.3 * firstLine.split(/\s+/).length) {
		return true;
	}
	// A table of figures: "AMZN AMAZON.COM INC. 174.48 +0.06 +0.03%". Prose with three figures
	// in it ("86 pensioners … 5,570 percent … 274 billion dollars") is mostly words.
	if (body.length < 600 && body.split('\n').some(isFigureLine)) {
		return true;
	}
	const letters = firstLine.replace(/[^A-Za-z]/g, '');
	if (letters.length >= 8 && letters === letters.toUpperCase() && !/["“”‘’]/.test(firstLine)) {
		return true;
	}
	return false;
}

/** A line of at least three figures that make up a quarter or more of its words. */
function isFigureLine(line: string): boolean {
	const figures = (line.match(/(?:^|\s)[+-]?\d[\d,.]*%?(?=\s|$)/g) ?? []).length;
	return figures >= 3 && figures >= 0.25 * line.trim().split(/\s+/).length;
}
