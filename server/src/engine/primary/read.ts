/**
 * Reads a primary source as its speakers' words. Three shapes:
 * - a statement (a letter, tweets, a press release): one speaker, named by the host (settings),
 *   by a first-line header (`Statement by …`, `— Donald J. Trump (@realDonaldTrump)`) or by front
 *   matter (`speaker:`); a quotation inside it is its quoted official's words;
 * - a transcript: speaker labels at the start of a paragraph (`MR. SMITH:`, `Q`, `THE PRESIDENT:`),
 *   each turn that speaker's words;
 * - captions (`.vtt`, `.srt`): the cues' text as one running transcript, each word with its time.
 */
import type { Quote } from '../types';
import { wordsOf } from '../matching/words';
import { readCaptions } from './captions';
import type { PrimarySource, PrimaryTurn, PrimaryWord } from './types';

export interface PrimaryInput {
	/** The host's name for the source (a path): `.vtt` and `.srt` are read as captions. */
	id: string;
	/** The text as read: the file, or a reader's text of a Markdown or HTML file. */
	text: string;
	/** The speaker the host was told of (`.misquote.json`), which wins over a header. */
	speaker?: string;
	/** How the host was told to name the source ("tweets of 17 Nov"), else one is made. */
	description?: string;
	/** Transcript labels the host was told the names of: `{"THE PRESIDENT": "Donald Trump"}`. */
	speakers?: Readonly<Record<string, string>>;
	/** The quotations found in the file (file offsets): in a release, its quoted officials' words. */
	quotes?: readonly Quote[];
	/** The file as written, when `text` is a reader's that left its front matter out: `speaker:` is read there. */
	file?: string;
	/** The file offset of an offset of `text`, when `text` is a reader's (identity when absent). */
	toSource?: (offset: number) => number;
}

/** Lines that open a release but are nobody's words. */
const BOILERPLATE = /^(?:for immediate release|contact|media contact|press contact|embargoed|###|-30-|source|update|note|washington|press release)\b/i;
/** Labels that look like speakers but are a release's furniture. */
const NOT_SPEAKERS = new Set(['FOR IMMEDIATE RELEASE', 'CONTACT', 'MEDIA CONTACT', 'PRESS CONTACT', 'NOTE', 'UPDATE', 'SOURCE', 'WASHINGTON', 'EMBARGOED', 'RELEASE', 'END', 'PRESS RELEASE']);
/**
 * A speaker label at the start of a paragraph: `MR. SMITH:`, `JUSTICE GINSBURG:`, `SANDERS:`,
 * `THE PRESIDENT:`, in capitals; or `Q` / `Q:` / `Q.` for a question from the floor.
 */
const LABEL = /^[ \t]*(?:(Q)(?:[.:][ \t]*|[ \t]+(?=\S))|([A-Z][A-Z.'’\- ]{0,48}?[A-Z.]):[ \t]*)/;
/** `Statement by …`, `Remarks of …`, `Letter from …`, with what follows the name left out. */
const HEADER = /^\s*(?:(?:joint |official )?(?:statement|remarks|letter|testimony|message|press release|transcript|tweets?|post)s?)\s+(?:by|from|of)\s+(.+?)\s*(?:\b(?:on|in|at|to|regarding|before|after|during|about|for)\b.*)?[.:]?\s*$/i;
/** `— Donald J. Trump (@realDonaldTrump) November 17, 2020`: a tweet's signature line. */
const SIGNATURE = /^\s*(?:[—–-]{1,2}|~)\s*([^()\n@]+?)\s*\((@\w+)\)\s*(.*)$/;
const TITLES = /^(?:the|mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|gen|general|adm|admiral|sec|secretary|justice|chief|judge|ambassador|president|vice|prime|minister|speaker|leader|mayor|councillor|councilor|councilman|councilwoman|alderman|chairman|chairwoman|chair|commissioner|director|professor|prof|rev|hon|honorable|press|deputy|attorney|majority|minority|dean|sir|lord|lady|dame|captain|capt|colonel|col|lt|sgt)\.?$/i;
/** Labels of people who are not the source's speakers: a question from the floor, a moderator. */
export const QUESTIONERS = /^(?:Q|QUESTION|REPORTER|AUDIENCE MEMBER|AUDIENCE|MODERATOR|INTERVIEWER|HOST|PARTICIPANT|PANELIST|OPERATOR|UNIDENTIFIED .*)$/;
/** Role labels that name nobody by themselves. */
const ROLES = /^(?:Q|A|MODERATOR|REPORTER|AUDIENCE MEMBER|PARTICIPANT|QUESTION|ANSWER|INTERVIEWER|HOST|PANELIST|SPEAKER|UNIDENTIFIED .*|OPERATOR|THE [A-Z .]+)$/;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'no', 'vs', 'lt', 'col', 'prof', 'rev', 'hon', 'adm', 'sgt', 'capt']);

/** A stretch of the reader's text taken as speech, and whose it is. */
interface Piece {
	start: number;
	end: number;
	turn: number;
	/** A new paragraph, turn or cue run starts here: the text joins it with a line break. */
	paragraph: boolean;
	time?: number;
}

/**
 * Reads one primary source. Never throws on text: an empty or unreadable one has no words.
 */
export function readPrimarySource(input: PrimaryInput): PrimarySource {
	const captions = /\.(?:vtt|srt)$/i.test(input.id.replace(/[?#].*$/, ''));
	const { text } = input;
	const turns: PrimaryTurn[] = [{ speaker: null, label: null }];
	let speaker: string | null = input.speaker?.trim() || null;
	let headerSpeaker: string | null = null;
	let headerRaw = '';
	let date: string | null = null;
	let description = input.description?.trim() || '';
	let tweets = false;
	const pieces: Piece[] = [];

	if (captions) {
		const cues = readCaptions(text);
		for (const cue of cues) {
			for (const line of cue.lines) {
				let start = line.start;
				const label = LABEL.exec(text.slice(start, line.end));
				const voice = line.voice ?? (label ? labelOf(label) : null);
				if (label) {
					start += label[0].length;
				}
				if (voice !== null) {
					turns.push({ speaker: nameOfLabel(voice, input.speakers, speaker, headerRaw), label: voice });
				}
				pieces.push({ start, end: line.end, turn: turns.length - 1, paragraph: voice !== null, time: cue.start });
			}
		}
	} else {
		let from = 0;
		const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
		const own = FRONT.exec(text);
		const front = own ?? (input.file !== undefined ? FRONT.exec(input.file) : null);
		if (front) {
			for (const line of front[1].split(/\r?\n/)) {
				const kv = /^\s*([A-Za-z_]+)\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
				if (!kv) {
					continue;
				}
				const key = kv[1].toLowerCase();
				if ((key === 'speaker' || key === 'author') && kv[2]) {
					headerSpeaker ??= kv[2];
					headerRaw = kv[2];
				} else if (key === 'description' && kv[2] && !description) {
					description = kv[2];
				} else if (key === 'date' && kv[2]) {
					date = kv[2];
				}
			}
			from = own ? front[0].length : 0;
		}
		const lines = linesOf(text, from);
		// The first line with words may be a header naming the speaker: nobody's words.
		const first = lines.find((l) => /\S/.test(text.slice(l.start, l.end)));
		if (first) {
			const line = text.slice(first.start, first.end);
			const header = HEADER.exec(line);
			const signature = SIGNATURE.exec(line);
			if (header) {
				headerRaw = header[1];
				headerSpeaker ??= cleanName(header[1]);
				first.skip = true;
				if (!description) {
					description = /tweet|post/i.test(line) ? 'tweets' : /press release/i.test(line) ? 'press release' : (/^\s*(?:joint |official )?(\w+)/.exec(line)?.[1].toLowerCase() ?? '');
				}
			} else if (signature) {
				headerSpeaker ??= cleanName(signature[1]);
				tweets = true;
				date ??= signature[3] || null;
				first.skip = true;
			}
		}
		// Tweets as an embed shows them: each ends with its signature line. Posts of several days
		// are named without a date.
		const dates = new Set<string>(date ? [date] : []);
		for (const l of lines) {
			const signature = l.skip ? null : SIGNATURE.exec(text.slice(l.start, l.end));
			if (signature) {
				headerSpeaker ??= cleanName(signature[1]);
				if (signature[3]) {
					dates.add(signature[3]);
				}
				tweets = true;
				l.skip = true;
			}
		}
		if (tweets) {
			date = dates.size === 1 ? [...dates][0] : null;
		}
		speaker ??= headerSpeaker;
		const labelled = lines.filter((l) => !l.skip && isLabel(LABEL.exec(text.slice(l.start, l.end))));
		const transcript = labelled.length >= 2 && new Set(labelled.map((l) => labelOf(LABEL.exec(text.slice(l.start, l.end))!))).size >= 2;
		let afterBlank = true;
		for (const l of lines) {
			const lineText = text.slice(l.start, l.end);
			if (!/\S/.test(lineText)) {
				afterBlank = true;
				continue;
			}
			if (l.skip || (!transcript && pieces.length === 0 && BOILERPLATE.test(lineText.trim()))) {
				afterBlank = true;
				continue;
			}
			let start = l.start;
			let paragraph = afterBlank;
			if (transcript) {
				const label = LABEL.exec(lineText);
				if (label && isLabel(label)) {
					const written = labelOf(label);
					turns.push({ speaker: nameOfLabel(written, input.speakers, speaker, headerRaw), label: written });
					start += label[0].length;
					paragraph = true;
				}
			}
			pieces.push({ start, end: l.end, turn: turns.length - 1, paragraph });
			afterBlank = false;
		}
	}
	// The source's own voice: everything outside a label's turn.
	turns[0].speaker = speaker;
	const shape = captions ? 'captions' : turns.length > 1 ? 'transcript' : 'statement';
	if (!description) {
		description = captions ? 'captions' : shape === 'transcript' ? 'transcript' : tweets ? 'tweets' : 'statement';
	}
	if (date && !/\bof\b/.test(description)) {
		description = `${description} of ${shortDate(date)}`;
	}
	const source = build(input, pieces, turns);
	if (shape === 'statement' && input.quotes?.length) {
		giveQuotesTheirSpeakers(source, input.quotes);
	}
	return { ...source, shape, speaker, description };
}

/** The speech text and its words, from the pieces. */
function build(input: PrimaryInput, pieces: readonly Piece[], turns: PrimaryTurn[]): Pick<PrimarySource, 'id' | 'text' | 'words' | 'turns'> {
	const toSource = input.toSource ?? ((o: number) => o);
	let out = '';
	const words: PrimaryWord[] = [];
	for (const piece of pieces) {
		const body = blankTags(input.text.slice(piece.start, piece.end));
		const found = wordsOf(body);
		if (!found.length) {
			continue;
		}
		if (out) {
			out += piece.paragraph ? '\n' : ' ';
			if (words.length && piece.paragraph) {
				words[words.length - 1].endsSentence = true;
			}
		}
		const trimmed = body.slice(found[0].start).trimEnd();
		const base = out.length - found[0].start;
		out += trimmed;
		for (const w of found) {
			const fileStart = toSource(piece.start + w.start);
			words.push({ norm: w.norm, start: fileStart, end: toSource(piece.start + w.end - 1) + 1, at: base + w.start, to: base + w.end, turn: piece.turn, time: piece.time, endsSentence: false });
		}
	}
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const next = words[i + 1];
		if (!next || next.turn !== w.turn) {
			w.endsSentence = true;
		} else if (!w.endsSentence) {
			const gap = out.slice(w.to, next.at);
			w.endsSentence = /[.!?…]/.test(gap) && !(gap.startsWith('.') && ABBREVIATIONS.has(w.norm)) && /^[^\p{Ll}]/u.test(out[next.at]);
		}
	}
	return { id: input.id, text: out, words, turns };
}

/** Tags of captions (`<v Name>`, `<c.yellow>`, `<00:01.000>`) and HTML-like marks, as spaces: never words. */
function blankTags(text: string): string {
	return text.replace(/<[^>\n]*>/g, (m) => ' '.repeat(m.length)).replace(/&(?:amp|lt|gt|nbsp|quot|#39);/g, (m) => ' '.repeat(m.length));
}

/**
 * Words inside a release's quotations, when the quotation names its speaker, are that speaker's:
 * a turn of their own ("“We will not back down,” said Senator Cruz." in Cruz's release is Cruz's
 * words; in his party's release, they are still his).
 */
function giveQuotesTheirSpeakers(source: Pick<PrimarySource, 'words' | 'turns'>, quotes: readonly Quote[]): void {
	for (const q of quotes) {
		if (q.kind !== 'speech' || q.parent !== null || !q.speaker?.name) {
			continue;
		}
		const turn = source.turns.length;
		source.turns.push({ speaker: q.speaker.name, label: null });
		for (const w of source.words) {
			if (q.segments.some((s) => s.start <= w.start && w.end <= s.end)) {
				w.turn = turn;
			}
		}
	}
	// A quotation's edges end its passage, whatever its punctuation.
	source.words.forEach((w, i) => {
		if (i + 1 < source.words.length && source.words[i + 1].turn !== w.turn) {
			w.endsSentence = true;
		}
	});
}

interface Line {
	start: number;
	end: number;
	skip?: boolean;
}

function linesOf(text: string, from: number): Line[] {
	const out: Line[] = [];
	let start = from;
	for (let i = from; i <= text.length; i++) {
		if (i === text.length || text[i] === '\n') {
			out.push({ start, end: i > start && text[i - 1] === '\r' ? i - 1 : i });
			start = i + 1;
		}
	}
	return out;
}

function isLabel(match: RegExpExecArray | null): boolean {
	if (!match) {
		return false;
	}
	if (match[1]) {
		return true;
	}
	const label = labelOf(match);
	return /[A-Z]{2}/.test(label) && !NOT_SPEAKERS.has(label) && label.split(/\s+/).length <= 5;
}

function labelOf(match: RegExpExecArray): string {
	return (match[1] ?? match[2]).replace(/\s+/g, ' ').trim();
}

/**
 * The name a label stands for: the host's mapping first; a role ("THE PRESIDENT") is the source's
 * speaker when its header gives them that title ("Remarks by President Trump"); "MR. SMITH" is
 * Smith, "SENATOR BERNIE SANDERS" Bernie Sanders; "Q" is nobody named.
 */
function nameOfLabel(label: string, mapping: Readonly<Record<string, string>> | undefined, speaker: string | null, headerRaw: string): string | null {
	const mapped = mapping && Object.entries(mapping).find(([k]) => k.toUpperCase() === label.toUpperCase())?.[1];
	if (mapped) {
		return mapped;
	}
	if (ROLES.test(label.toUpperCase())) {
		const role = label.toUpperCase().replace(/^THE\s+/, '');
		if (speaker && role && headerRaw.toUpperCase().includes(role)) {
			return speaker;
		}
		return null;
	}
	return cleanName(label);
}

/** "President Donald J. Trump" → "Donald J. Trump"; "MR. SMITH" → "Smith"; "the White House" kept. */
export function cleanName(raw: string): string {
	let words = raw.replace(/[,;:]+$/, '').trim().split(/\s+/);
	const allCaps = !/\p{Ll}/u.test(raw);
	while (words.length > 1 && TITLES.test(words[0])) {
		words = words.slice(1);
	}
	const name = words.join(' ');
	return allCaps ? name.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : name;
}

/** "November 17, 2020" → "17 Nov"; anything else as written. */
function shortDate(date: string): string {
	const m = /^([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})(?:,?\s+\d{4})?/.exec(date.trim());
	return m ? `${Number(m[2])} ${m[1]}` : date.trim();
}
