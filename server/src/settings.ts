/**
 * Misquote's settings, declared once. package.json's `contributes.configuration` must match
 * this list (a test checks it); the server reads the values per resource with
 * `workspace/configuration` and caches them per folder until the client says they changed.
 */
import type { DifferenceKind } from './engine';
import { DEFAULT_EXCLUDE } from './files';

/** How a kind of difference is shown in the editor. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The kinds that can be reported (identical versions never are). */
export type ReportedKind = Exclude<DifferenceKind, 'identical'>;

export interface Settings {
	/** Globs of article files, relative to a workspace folder. */
	include: string[];
	/** Globs of files and folders never read. */
	exclude: string[];
	/** Globs of articles that are primary sources: their version of a statement is canonical. */
	primarySources: string[];
	/** How each kind of difference is shown. */
	severity: Record<ReportedKind, SeverityName>;
	/** Quotations shorter than this (in words) get no diagnostics. */
	minimumWords: number;
	/** Milliseconds to wait after an edit before checking again. */
	updateDelay: number;
	/** Treat all workspace folders as one set of articles. */
	joinFolders: boolean;
}

/** One setting as contributed in package.json, without the `misquote.` prefix. */
export interface SettingSpec {
	key: string;
	type: 'string' | 'array' | 'number' | 'boolean';
	default: unknown;
	scope: 'resource' | 'window';
	markdownDescription: string;
	enum?: string[];
	markdownEnumDescriptions?: string[];
	items?: { type: 'string' };
	minimum?: number;
	maximum?: number;
}

const SEVERITY_ENUM = ['error', 'warning', 'information', 'hint', 'off'];
const SEVERITY_DESCRIPTIONS = [
	'A red squiggle; listed as an error.',
	'A yellow squiggle; listed as a warning.',
	'A blue squiggle; listed as information.',
	'Faint dots under the quotation; not in the Problems panel.',
	'Not reported.',
];

const severity = (kind: ReportedKind, fallback: SeverityName, what: string): SettingSpec => ({
	key: `severity.${kind}`,
	type: 'string',
	default: fallback,
	scope: 'resource',
	enum: SEVERITY_ENUM,
	markdownEnumDescriptions: SEVERITY_DESCRIPTIONS,
	markdownDescription: `How a quotation is flagged when another source's version ${what}.`,
});

/** Every setting, in the order the Settings editor shows them. */
export const SETTING_SPECS: readonly SettingSpec[] = [
	{
		key: 'include',
		type: 'array',
		items: { type: 'string' },
		default: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm', '**/*.article', '**/*.vtt', '**/*.srt'],
		scope: 'resource',
		markdownDescription: 'Glob patterns of the article files to read in each workspace folder, open or not.',
	},
	{
		key: 'exclude',
		type: 'array',
		items: { type: 'string' },
		default: [...DEFAULT_EXCLUDE],
		scope: 'resource',
		markdownDescription: 'Glob patterns of files and folders never read, even when `#misquote.include#` matches them.',
	},
	{
		key: 'primarySources',
		type: 'array',
		items: { type: 'string' },
		default: [],
		scope: 'resource',
		markdownDescription:
			'Glob patterns of primary sources (a statement, tweets, a press release, a transcript): read as their speakers\' words, and every quotation of the other articles is checked against them. Captions (`.vtt`, `.srt`) always are. Articles marked with the **Mark … as a primary source** quick fix are listed in `.misquote.json` instead, which can also name a file\'s speaker.',
	},
	severity('typography', 'off', 'differs only in typography (’ vs \', – vs —)'),
	severity('punctuation', 'hint', 'differs only in punctuation or letter case'),
	severity('truncation', 'information', 'is cut at either end'),
	severity('elision', 'information', 'leaves words out in the middle'),
	severity('wording', 'warning', 'has other words'),
	severity('speaker', 'warning', 'gives the same words to another speaker'),
	{
		key: 'minimumWords',
		type: 'number',
		default: 3,
		minimum: 1,
		maximum: 50,
		scope: 'resource',
		markdownDescription: 'Quotations shorter than this many words get no diagnostics (they are still grouped and shown in hovers).',
	},
	{
		key: 'updateDelay',
		type: 'number',
		default: 150,
		minimum: 0,
		maximum: 5000,
		scope: 'window',
		markdownDescription: 'Milliseconds to wait after typing stops before the articles are checked again.',
	},
	{
		key: 'joinFolders',
		type: 'boolean',
		default: false,
		scope: 'window',
		markdownDescription: 'In a multi-root workspace, compare the articles of all folders with each other instead of each folder on its own.',
	},
	{
		key: 'trace.server',
		type: 'string',
		default: 'off',
		enum: ['off', 'messages', 'verbose'],
		markdownEnumDescriptions: [
			'No tracing.',
			'Logs the name of each request and notification.',
			'Logs each request and notification with its parameters and result.',
		],
		scope: 'window',
		markdownDescription:
			'Traces the messages between VS Code and the Misquote language server in the **Misquote** output channel. Useful when reporting a bug.',
	},
];

/** The defaults, as settings. */
export function defaultSettings(): Settings {
	return toSettings({});
}

/**
 * Settings from the `misquote` section as the client sends it (nested objects, any of them
 * missing or of the wrong type): every value checked, defaults for the rest.
 */
export function toSettings(raw: unknown): Settings {
	const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const get = (key: string): unknown => key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), section);
	const spec = (key: string) => SETTING_SPECS.find((s) => s.key === key)!;
	const strings = (key: string): string[] => {
		const v = get(key);
		return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : (spec(key).default as string[]);
	};
	const number = (key: string): number => {
		const v = get(key);
		const s = spec(key);
		return typeof v === 'number' && Number.isFinite(v) ? Math.min(s.maximum ?? v, Math.max(s.minimum ?? v, v)) : (s.default as number);
	};
	const sev = (kind: ReportedKind): SeverityName => {
		const v = get(`severity.${kind}`);
		return typeof v === 'string' && SEVERITY_ENUM.includes(v) ? (v as SeverityName) : (spec(`severity.${kind}`).default as SeverityName);
	};
	return {
		include: strings('include'),
		exclude: strings('exclude'),
		primarySources: strings('primarySources'),
		severity: {
			typography: sev('typography'),
			punctuation: sev('punctuation'),
			truncation: sev('truncation'),
			elision: sev('elision'),
			wording: sev('wording'),
			speaker: sev('speaker'),
		},
		minimumWords: number('minimumWords'),
		updateDelay: number('updateDelay'),
		joinFolders: get('joinFolders') === true,
	};
}

/** The `contributes.configuration` section of package.json that these settings make. */
export function contributedConfiguration(): { title: string; properties: Record<string, Omit<SettingSpec, 'key'>> } {
	const properties: Record<string, Omit<SettingSpec, 'key'>> = {};
	for (const { key, ...rest } of SETTING_SPECS) {
		properties[`misquote.${key}`] = rest;
	}
	return { title: 'Misquote', properties };
}
