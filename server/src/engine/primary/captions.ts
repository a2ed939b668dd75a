/**
 * Captions: WebVTT (`.vtt`) and SubRip (`.srt`) cues. Both are a timing line and text lines per
 * cue, blocks apart; this reads them in place, so every line keeps its offsets in the file (no
 * parser library: the formats are a few lines each, and offsets into the file are what counts).
 */

/** One cue: when it starts (seconds) and its text lines (file offsets). */
export interface Cue {
	start: number;
	lines: Array<{ start: number; end: number; voice?: string }>;
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** The cues of a `.vtt` or `.srt` file, in order. Never throws; a file with no timing line has none. */
export function readCaptions(text: string): Cue[] {
	const cues: Cue[] = [];
	let current: Cue | undefined;
	let block: 'cue' | 'skip' | 'none' = 'none';
	let start = 0;
	let voice: string | undefined;
	for (let i = 0; i <= text.length; i++) {
		if (i < text.length && text[i] !== '\n') {
			continue;
		}
		const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
		const line = text.slice(start, end);
		if (!line.trim()) {
			block = 'none';
			current = undefined;
		} else if (TIMING.test(line)) {
			current = { start: seconds(TIMING.exec(line)![1]), lines: [] };
			cues.push(current);
			block = 'cue';
		} else if (block === 'none' && /^(?:WEBVTT|NOTE|STYLE|REGION)\b/.test(line)) {
			block = 'skip';
		} else if (block === 'cue' && current) {
			// `<v Ann Smith>` names the voice of a cue, and holds until another is named.
			const v = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(line);
			if (v) {
				voice = v[1].trim();
			}
			const leading = /^>>\s*/.exec(line);
			current.lines.push({ start: start + (leading ? leading[0].length : 0), end, ...(v ? { voice } : {}) });
		}
		// Anything else (a cue's number or identifier before its timing line) is nobody's words.
		start = i + 1;
	}
	return cues;
}

/** `01:02:03.500` or `02:03,5` in seconds. */
function seconds(stamp: string): number {
	const parts = stamp.replace(',', '.').split(':').map(Number);
	return parts.reduce((total, p) => total * 60 + p, 0);
}
