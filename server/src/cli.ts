/**
 * `misquote`: the engine without an editor, for batch runs and CI.
 *
 *   misquote check <folder|file|corpus.jsonl|-…> [--format text|json|jsonl] [--include <glob>]
 *                  [--primary <glob>] [--fail-on <kind>] [--fields <map>] [--no-groups] [--no-color]
 *   misquote group <part.jsonl|-…> [--format jsonl|json] [--fail-on <kind>]
 *
 * Exit codes: 0 when every input was checked; 1 when --fail-on found a difference of that kind
 * or worse; 2 on a usage error or when an input could not be checked (missing, unreadable,
 * binary, not UTF-8, a page with no article, a corpus line that is not an article, a folder
 * with no article files, or a broken `.misquote.json`), which wins over 1. Inputs that can be
 * checked always are, and the report covers them.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { checkQuotes, createCorpusIndex, createEngine, createPrimaryIndex, DIFFERENCE_ORDER, partDifference, readPrimarySource, worstKind, type DifferenceKind, type GroupMember, type IndexedDocument, type Quote, type QuoteCheck, type QuoteGroup } from './engine';
import { asMember, describeChange, kindLabel as differenceLabel } from './features/describe';
import { articleFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, describeIoError, findArticleFiles, readArticle, readFolderFile, type ArticleFilter } from './files';
import { extractQuotes, formatOf, readFormat, type ArticleFormat, type ArticleMeta } from './formats';
import { compileGlob, GlobError } from './glob';
import type { Nlp } from './engine/nlp';
import { createNlp } from './nlp';
import { CAPTIONS, emptyProjectConfig, isIgnored, parseProjectConfig, primarySourceSpec, primarySourceTest, PROJECT_CONFIG_FILE, type PrimarySourceSpec, type ProjectConfig } from './projectConfig';
import { lineIndexOf, lineStarts, type Position } from './convert';
import {
	ansiStyle,
	shown,
	numberGroups,
	plainStyle,
	quoteFromReport,
	reaches,
	renderDocument,
	renderGroups,
	toReportDocument,
	toReportGroups,
	toReportPrimary,
	writeReport,
	type DocumentName,
	type ReportDocument,
	type ReportPrimary,
	type ReportGroup,
	type ReportQuote,
	type Style,
} from './report';

/** Corpus fields, and the names they have unless `--fields` renames them. */
const CORPUS_FIELDS = ['id', 'url', 'text', 'html', 'title', 'outlet', 'date'] as const;
type CorpusField = (typeof CORPUS_FIELDS)[number];

const CORPUS_FILE = /\.(?:jsonl|ndjson)$/i;

/** Articles indexed at once: one rebuild of the statements a batch touches, not one per article. */
const INDEX_BATCH = 500;

const USAGE = `Usage: misquote check <folder|file|corpus.jsonl|-…> [options]
       misquote group <part.jsonl|-…> [--format jsonl|json] [--fail-on <kind>]

check: finds every direct quotation in news articles and who said it, groups the versions
of each statement across the articles, and shows how they differ. Articles are plain text,
Markdown (.md, .markdown) or saved web pages (.html, .htm); a JSON Lines corpus (.jsonl,
.ndjson, or - for standard input) holds one article per line.

group: groups the document lines of "check --format jsonl --no-groups" runs, such as the
parts a map stage wrote, and writes the groups.

Options:
  --format <text|json|jsonl>  readable text (default), JSON (version 1), or JSON Lines: one
                        line per article as it is read, then one per group
  --include <glob>      which files in a folder are articles (default: ${DEFAULT_INCLUDE})
  --primary <glob>      primary sources (statements, tweets, transcripts; captions always are):
                        read whole, every quotation is checked against them
  --fail-on <kind>      exit 1 when versions differ by <kind> or worse:
                        ${DIFFERENCE_ORDER.slice(1).join(', ')}
  --fields <map>        a corpus's field names, e.g. id=doc_id,text=body,html=raw
                        (fields: ${CORPUS_FIELDS.join(', ')})
  --no-groups           only each article's quotations, no grouping (a map stage)
  --no-color            plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help            show this help
  -v, --version         show the version

A folder's .misquote.json (written by the editor's quick fixes) adds primary sources, and
the differences it ignores do not count for --fail-on.

Exit status: 0 when every input was checked, 1 when --fail-on found such a difference,
2 on a usage or input error.`;

/** wink-nlp with its model, built on the first run: once per process, however many runs. */
let nlp: Nlp | undefined;

/** Where the command line writes; replaced in tests. */
export interface Io {
	out(text: string): void;
	err(text: string): void;
	isTTY: boolean;
	cwd: string;
	env: Record<string, string | undefined>;
	/** What `-` reads (standard input). */
	stdin?: Readable;
	/** Resolves once what `out` wrote has been taken (a pipe's reader caught up). */
	drained?(): Promise<void>;
}

/** Runs the command line with `args` (without `node` and the script) and returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				format: { type: 'string' },
				include: { type: 'string' },
				primary: { type: 'string' },
				'fail-on': { type: 'string' },
				fields: { type: 'string' },
				'no-groups': { type: 'boolean', default: false },
				'no-color': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
				version: { type: 'boolean', short: 'v', default: false },
			},
		});
	} catch (error) {
		return usageError(io, (error as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	if (values.version) {
		io.out(readVersion());
		return 0;
	}
	const [command, ...paths] = positionals;
	if (command !== 'check' && command !== 'group') {
		return usageError(io, command ? `unknown command "${command}"` : 'no command given');
	}
	if (paths.length === 0) {
		return usageError(io, command === 'check' ? 'no folder or file given' : 'no file given');
	}
	const format = values.format ?? (command === 'check' ? 'text' : 'jsonl');
	const formats = command === 'check' ? ['text', 'json', 'jsonl'] : ['json', 'jsonl'];
	if (!formats.includes(format)) {
		return usageError(io, `--format must be ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}, not "${format}"`);
	}
	const failOn = values['fail-on'] as DifferenceKind | undefined;
	if (failOn !== undefined && (!DIFFERENCE_ORDER.includes(failOn) || failOn === 'identical')) {
		return usageError(io, `--fail-on must be one of ${DIFFERENCE_ORDER.slice(1).join(', ')}, not "${failOn}"`);
	}
	const fields = parseFields(values.fields);
	if (typeof fields === 'string') {
		return usageError(io, fields);
	}
	if (command === 'group') {
		return group(paths, format as 'json' | 'jsonl', failOn, io);
	}
	const include = values.include ?? DEFAULT_INCLUDE;
	let filter: ArticleFilter;
	let primary: ((path: string) => boolean) | undefined;
	try {
		filter = articleFilter([include], DEFAULT_EXCLUDE);
		primary = values.primary ? compileGlob(values.primary) : undefined;
	} catch (error) {
		if (error instanceof GlobError) {
			return usageError(io, error.message);
		}
		throw error;
	}

	let problems = 0;
	const problem = (message: string) => {
		problems++;
		io.err(`misquote: ${message}`);
	};
	/** Files (a path) and corpora (a path, or '-' for standard input), in the order given. */
	const inputs: Array<{ path: string; corpus: boolean }> = [];
	/** For each file found in a folder given: that folder and its `.misquote.json`. */
	const projectOf = new Map<string, Project>();
	// A file or folder named twice (`a.txt a.txt`, `dir dir/.`, a link and its target) is read once.
	const seen = new Set<string>();
	const firstTime = async (path: string) => {
		const real = await realpath(path).catch(() => path);
		if (seen.has(real)) {
			return false;
		}
		seen.add(real);
		return true;
	};
	for (const given of paths) {
		if (given === '-') {
			inputs.push({ path: '-', corpus: true });
			continue;
		}
		const path = isAbsolute(given) ? given : join(io.cwd, given);
		let isDir: boolean;
		try {
			isDir = (await stat(path)).isDirectory();
		} catch (error) {
			problem(`${shown(given)}: ${describeIoError(error)}`);
			continue;
		}
		if (!(await firstTime(path))) {
			continue;
		}
		if (!isDir) {
			inputs.push({ path, corpus: CORPUS_FILE.test(path) });
			continue;
		}
		const found = await findArticleFiles(path, filter, (p, reason) => problem(`${display(p, io.cwd)}: ${reason}`));
		if (found.length === 0) {
			problem(`${shown(given)}: no article files in this folder (looked for ${include})`);
		}
		const project = await readProject(path, (message) => problem(`${display(join(path, PROJECT_CONFIG_FILE), io.cwd)}: ${message}`));
		for (const file of found) {
			if (await firstTime(file)) {
				projectOf.set(file, project);
				inputs.push({ path: file, corpus: CORPUS_FILE.test(file) });
			}
		}
	}

	// A failure the engine catches costs that article its quotations: an input not checked.
	const failures: string[] = [];
	const engine = createEngine({ nlp: (nlp ??= createNlp()), logger: { warn: (m) => failures.push(m) } });
	const style = io.isTTY && !values['no-color'] && io.env.NO_COLOR === undefined ? ansiStyle : plainStyle;
	const grouping = !values['no-groups'];
	const index = createCorpusIndex();
	/** Articles read and not yet indexed: the index rebuilds what a batch touches once. */
	const pending: IndexedDocument[] = [];
	/** Every article read, by its key in the index: how the report names it. */
	const names = new Map<string, DocumentName>();
	/** What the text and JSON reports need of each article once the groups are known (not its text). */
	const kept: Array<{ name: DocumentName; positionAt: (offset: number) => Position; quotes: Quote[] }> = [];
	/** Where each article (by its key) stands in its folder's `.misquote.json`. */
	const placeOf = new Map<string, { project: Project; relativePath: string }>();
	const jsonl = format === 'jsonl';
	let quoteCount = 0;
	let speech = 0;
	let named = 0;

	/** The primary sources read, whole: every other article's quotations are checked against them. */
	const primaries = createPrimaryIndex();

	/** One article read: its quotations found, indexed, and written or kept for the report. */
	const take = async (name: DocumentName, source: string, format: ArticleFormat, meta: ArticleMeta, isPrimary: boolean, where: string, spec: Omit<PrimarySourceSpec, 'path'> = {}): Promise<void> => {
		const read = readFormat(format, source);
		if (!read.ok) {
			problem(`skipped ${where}: ${read.reason}`);
			return;
		}
		name.format = format;
		name.meta = { ...read.meta, ...meta };
		failures.length = 0;
		const quotes = extractQuotes(engine, read);
		if (failures.length) {
			problem(`${where}: its quotations could not be read (internal error: ${failures[0].split('\n')[0]})`);
		}
		if (grouping || !jsonl) {
			// Only groups and the reports that wait for them name articles afterwards.
			names.set(name.key, name);
		}
		if (isPrimary) {
			const map = read.map;
			try {
				primaries.update(readPrimarySource({ id: name.key, text: read.text, file: source, ...spec, quotes, toSource: map ? (o) => map.toSource(o) : undefined }));
			} catch (error) {
				problem(`${where}: could not be read as a primary source (internal error: ${error instanceof Error ? error.message : String(error)})`);
			}
		}
		quoteCount += quotes.length;
		speech += quotes.filter((q) => q.kind === 'speech').length;
		named += quotes.filter((q) => q.speaker?.name).length;
		if (grouping) {
			pending.push({ id: name.key, quotes, primary: isPrimary });
			if (pending.length >= INDEX_BATCH) {
				index.updateAll(pending.splice(0));
			}
		}
		const positionAt = lineIndexOf(lineStarts(source));
		if (jsonl) {
			io.out(JSON.stringify({ type: 'document', ...toReportDocument(name, positionAt, quotes) }));
			await io.drained?.();
		} else {
			kept.push({ name, positionAt, quotes });
		}
	};

	for (const input of inputs) {
		const shown = input.path === '-' ? '-' : display(input.path, io.cwd);
		const isPrimary = primary?.(shown) ?? false;
		if (input.corpus) {
			// A FIFO, socket or device named like a corpus is never opened: it could wait forever.
			const info = input.path === '-' ? undefined : await stat(input.path).catch(() => undefined);
			if (info && !info.isFile()) {
				problem(`skipped ${shown}: not a regular file`);
				continue;
			}
			const stream = input.path === '-' ? io.stdin : createReadStream(input.path);
			if (!stream) {
				problem('-: no standard input to read');
				continue;
			}
			await readCorpus(stream, fields, shown, problem, async (article) => {
				const where = `${shown}:${article.line} (${article.id})`;
				const name: DocumentName = { key: `${shown}:${article.line}`, path: shown, id: article.id, line: article.line };
				await take(name, article.source, article.format, article.meta, isPrimary, where);
			});
			continue;
		}
		const article = await readArticle(input.path);
		if (!article.ok) {
			problem(`skipped ${shown}: ${article.reason}`);
			continue;
		}
		const project = projectOf.get(input.path);
		const place = project && { project, relativePath: relative(project.root, input.path).split(sep).join('/') };
		if (place) {
			placeOf.set(shown, place);
		}
		const listed = (place !== undefined && place.project.isPrimarySource(place.relativePath)) || CAPTIONS.test(input.path);
		const spec = place ? primarySourceSpec(place.project.config, place.relativePath) : {};
		await take({ key: shown, path: shown }, article.text, formatOf(input.path), {}, isPrimary || listed, shown, spec);
	}
	index.updateAll(pending.splice(0));
	// Every quotation of every article but the primary sources, checked against them.
	const checks = new Map<string, Map<string, QuoteCheck>>();
	for (const a of kept) {
		if (!primaries.get(a.name.key)) {
			checks.set(a.name.key, checkQuotes(primaries, a.quotes));
		}
	}
	const positionsOf = new Map(kept.map((a) => [a.name.key, a.positionAt]));
	const primaryOf = (key: string, quoteId: string): ReportPrimary | null | undefined => {
		const result = checks.get(key)?.get(quoteId);
		return result && toReportPrimary(result, shownPath, (source, offset) => positionsOf.get(source)?.(offset));
	};
	/** The text report's line on a quotation's primary source. */
	const primaryLine = (key: string) => (quoteId: string): string | undefined => {
		const result = checks.get(key)?.get(quoteId);
		if (!result) {
			return undefined;
		}
		if (!result.check.found) {
			return result.check.ownSources.length && result.part === 0 ? style.yellow(`not found in ${result.check.ownSources.map((id) => `${primaries.get(id)?.description ?? 'primary source'} (${shownPath(id)})`).join(' or ')}`) : undefined;
		}
		const { match } = result.check;
		const at = positionsOf.get(match.source)?.(match.start);
		const where = `${shownPath(match.source)}${at ? `:${at.line + 1}:${at.character + 1}` : ''}`;
		const { member, group } = asMember(match, result);
		const what = member.kind === 'identical' ? 'the same words' : `${differenceLabel(member.kind).toLowerCase()}: ${describeChange(member, group)}`;
		return `${style.dim('primary')} ${shown(where)} · ${member.kind === 'identical' ? what : style.yellow(shown(what))}`;
	};
	const shownPath = (key: string) => names.get(key)?.path ?? key;
	const groups = grouping ? index.groups() : [];
	const nameOf = (key: string) => names.get(key) ?? { key, path: key };

	if (jsonl) {
		for (const g of toReportGroups(groups, nameOf)) {
			io.out(JSON.stringify({ type: 'group', ...g }));
			await io.drained?.();
		}
	} else if (format === 'json') {
		const grouped = numberGroups(groups);
		await writeReport(
			streamed(io),
			lazily(kept, (a) => toReportDocument(a.name, a.positionAt, a.quotes, grouped, primaryOf)),
			eachGroup(groups, nameOf),
		);
	} else if (kept.length > 0 || inputs.length > 0) {
		io.out(textReport(kept, groups, { quoteCount, speech, named }, style, primaryLine));
	}
	if (problems > 0) {
		return 2;
	}
	// Differences the folder's .misquote.json ignores do not fail a run.
	const ignored = (m: GroupMember) => {
		const place = placeOf.get(m.document);
		return place !== undefined && isIgnored(place.project.config, place.relativePath, m);
	};
	// A quotation that differs from its primary source counts as a version that differs.
	const failsWith = (kind: DifferenceKind) => kind !== 'identical' && reaches(kind, failOn!);
	const primaryFails = () => [...checks.values()].some((byQuote) => [...byQuote.values()].some((r) => r.check.found && failsWith(partDifference(r.check.match, r).kind)));
	return failOn && (groups.some((g) => reaches(worstKind(g.members.filter((m) => !ignored(m)).map((m) => m.kind)), failOn)) || primaryFails()) ? 1 : 0;
}

/** `io.out` for a report written piece by piece, waiting whenever the reader falls behind. */
function streamed(io: Io): (text: string) => Promise<void> {
	return async (text) => {
		io.out(text);
		await io.drained?.();
	};
}

/** `items` mapped one at a time, as they are read. */
function* lazily<T, U>(items: readonly T[], map: (item: T) => U): Generator<U> {
	for (const item of items) {
		yield map(item);
	}
}

/** The report's groups, each built as it is written. */
function* eachGroup(groups: readonly QuoteGroup[], nameOf: (document: string) => { path: string; id?: string }): Generator<ReportGroup> {
	for (let i = 0; i < groups.length; i++) {
		yield toReportGroups([groups[i]], nameOf, i + 1)[0];
	}
}

/** The readable report: each article's quotations, then the groups, then a summary. */
function textReport(
	kept: ReadonlyArray<{ name: DocumentName; positionAt: (offset: number) => Position; quotes: Quote[] }>,
	groups: readonly QuoteGroup[],
	counts: { quoteCount: number; speech: number; named: number },
	style: Style,
	primary: (key: string) => (quoteId: string) => string | undefined,
): string {
	const grouped = numberGroups(groups);
	const sections = kept.map((a) => renderDocument(a.name, a.positionAt, a.quotes, style, grouped, primary(a.name.key)));
	const { quoteCount, speech, named } = counts;
	sections.push(
		style.bold(
			`${kept.length} ${kept.length === 1 ? 'article' : 'articles'}, ${quoteCount} quotations ` +
				`(${speech} speech, ${quoteCount - speech} terms or titles), ${named} with a named speaker`,
		),
	);
	const byKey = new Map(kept.map((a) => [a.name.key, a]));
	const locate = (document: string, offset: number) => {
		const article = byKey.get(document)!;
		const { line, character } = article.positionAt(offset);
		const where = article.name.id !== undefined ? `${article.name.path}#${article.name.id}` : article.name.path;
		return `${shown(where)}:${line + 1}:${character + 1}`;
	};
	sections.push(renderGroups(groups, quoteCount, locate, style));
	return sections.join('\n\n');
}

/** One article of a JSON Lines corpus. */
interface CorpusArticle {
	line: number;
	id: string;
	source: string;
	format: ArticleFormat;
	meta: ArticleMeta;
}

/**
 * Reads a JSON Lines corpus line by line (never whole), calling `take` for each article and
 * waiting for it. A line that is not an article (not JSON, not an object, no text or html)
 * is reported with its line number and skipped; blank lines are skipped silently.
 */
async function readCorpus(stream: Readable, fields: Record<CorpusField, string>, shown: string, problem: (message: string) => void, take: (article: CorpusArticle) => Promise<void>): Promise<void> {
	let failed = false;
	stream.on('error', (error) => {
		failed = true;
		problem(`${shown}: ${describeIoError(error)}`);
	});
	const lines = createInterface({ input: stream, crlfDelay: Infinity });
	let n = 0;
	try {
		for await (const raw of lines) {
			n++;
			const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
			if (!line.trim()) {
				continue;
			}
			let value: unknown;
			try {
				value = JSON.parse(line);
			} catch (error) {
				problem(`${shown}:${n}: skipped: not JSON (${(error as Error).message})`);
				continue;
			}
			if (!value || typeof value !== 'object' || Array.isArray(value)) {
				problem(`${shown}:${n}: skipped: not a JSON object`);
				continue;
			}
			const record = value as Record<string, unknown>;
			const string = (field: CorpusField) => {
				const v = record[fields[field]];
				return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
			};
			const html = string('html');
			const text = string('text');
			if (text === undefined && html === undefined) {
				problem(`${shown}:${n}: skipped: no "${fields.text}" or "${fields.html}" field with the article`);
				continue;
			}
			const meta: ArticleMeta = {};
			for (const key of ['title', 'outlet', 'date', 'url'] as const) {
				const v = string(key);
				if (v?.trim()) {
					meta[key] = v.trim();
				}
			}
			const id = string('id') ?? string('url') ?? `line ${n}`;
			await take({ line: n, id, source: text ?? html!, format: text !== undefined ? 'text' : 'html', meta });
		}
	} catch (error) {
		if (!failed) {
			problem(`${shown}: ${describeIoError(error)}`);
		}
	}
}

/** `--fields id=doc_id,text=body`: the corpus's names for its fields, or what is wrong with them. */
function parseFields(spec: string | undefined): Record<CorpusField, string> | string {
	const fields = Object.fromEntries(CORPUS_FIELDS.map((f) => [f, f])) as Record<CorpusField, string>;
	if (spec === undefined) {
		return fields;
	}
	for (const pair of spec.split(',')) {
		const m = /^\s*([A-Za-z]+)\s*=\s*(\S.*?)\s*$/.exec(pair);
		if (!m || !(CORPUS_FIELDS as readonly string[]).includes(m[1])) {
			return `--fields takes field=name pairs separated by commas (fields: ${CORPUS_FIELDS.join(', ')}), not "${pair}"`;
		}
		fields[m[1] as CorpusField] = m[2];
	}
	return fields;
}

/**
 * `misquote group`: the document lines of `check --format jsonl` runs (files, or `-`), grouped
 * as one run over all their articles would group them.
 */
async function group(paths: readonly string[], format: 'json' | 'jsonl', failOn: DifferenceKind | undefined, io: Io): Promise<number> {
	let problems = 0;
	const problem = (message: string) => {
		problems++;
		io.err(`misquote: ${message}`);
	};
	const index = createCorpusIndex();
	/** Documents read and not yet indexed: indexed in batches, like `check`. */
	const pending: IndexedDocument[] = [];
	const names = new Map<string, DocumentName>();
	const documents: ReportDocument[] = [];
	let count = 0;
	for (const given of paths) {
		const path = given === '-' ? '-' : isAbsolute(given) ? given : join(io.cwd, given);
		const stream = path === '-' ? io.stdin : createReadStream(path);
		if (!stream) {
			problem('-: no standard input to read');
			continue;
		}
		let failed = false;
		stream.on('error', (error: Error) => {
			failed = true;
			problem(`${given}: ${describeIoError(error)}`);
		});
		let n = 0;
		try {
			for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
				n++;
				if (!line.trim()) {
					continue;
				}
				let doc: (ReportDocument & { type?: string }) | undefined;
				try {
					doc = JSON.parse(line) as ReportDocument & { type?: string };
				} catch (error) {
					problem(`${given}:${n}: skipped: not JSON (${(error as Error).message})`);
					continue;
				}
				if (doc?.type !== 'document') {
					// Group lines of a part's own run, or anything else: not articles.
					continue;
				}
				let quotes: Quote[];
				try {
					quotes = doc.quotes.map((q: ReportQuote) => quoteFromReport(q));
				} catch {
					problem(`${given}:${n}: skipped: not a document line of "misquote check --format jsonl"`);
					continue;
				}
				const key = String(count++);
				names.set(key, { key, path: doc.path, ...(doc.id !== undefined ? { id: doc.id } : {}) });
				pending.push({ id: key, quotes });
				if (pending.length >= INDEX_BATCH) {
					index.updateAll(pending.splice(0));
				}
				if (format === 'json') {
					const { type: _type, ...rest } = doc;
					documents.push(rest);
				}
			}
		} catch (error) {
			if (!failed) {
				problem(`${given}: ${describeIoError(error)}`);
			}
		}
	}
	index.updateAll(pending.splice(0));
	const groups = index.groups();
	const nameOf = (key: string) => names.get(key) ?? { path: key };
	if (format === 'jsonl') {
		for (const g of toReportGroups(groups, nameOf)) {
			io.out(JSON.stringify({ type: 'group', ...g }));
			await io.drained?.();
		}
	} else {
		const numbered = numberGroups(groups);
		documents.forEach((doc, i) => {
			for (const q of doc.quotes) {
				const grouped = numbered.get(`${i}#${q.id}`) ?? [];
				q.group = grouped[0]?.id ?? null;
				q.groups = grouped.map((g) => g.id);
			}
		});
		await writeReport(streamed(io), documents, eachGroup(groups, nameOf));
	}
	if (problems > 0) {
		return 2;
	}
	return failOn && groups.some((g) => reaches(g.kind, failOn)) ? 1 : 0;
}

/** A folder given on the command line, with its `.misquote.json` (empty when it has none). */
interface Project {
	root: string;
	config: ProjectConfig;
	isPrimarySource: (relativePath: string) => boolean;
}

async function readProject(root: string, problem: (message: string) => void): Promise<Project> {
	let config = emptyProjectConfig();
	const read = await readFolderFile(root, PROJECT_CONFIG_FILE);
	if ('error' in read) {
		problem(read.error);
	} else if ('text' in read) {
		const parsed = parseProjectConfig(read.text);
		config = parsed.config;
		if (parsed.error) {
			problem(parsed.error);
		}
	}
	return { root, config, isPrimarySource: primarySourceTest(config, [], (error) => problem(error.message)) };
}

function usageError(io: Io, message: string): number {
	io.err(`misquote: ${message}. Run "misquote --help" for usage.`);
	return 2;
}

/** A path as the user would write it: relative to the working folder when inside it. */
function display(path: string, cwd: string): string {
	const rel = relative(cwd, path);
	return shown((rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).split(sep).join('/'));
}

function readVersion(): string {
	try {
		return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return 'unknown';
	}
}

if (require.main === module) {
	let draining: Promise<void> | undefined;
	const io: Io = {
		out: (text) => {
			if (!process.stdout.write(text + '\n')) {
				draining ??= new Promise((resolve) =>
					process.stdout.once('drain', () => {
						draining = undefined;
						resolve();
					}),
				);
			}
		},
		err: (text) => process.stderr.write(text + '\n'),
		isTTY: Boolean(process.stdout.isTTY),
		cwd: process.cwd(),
		env: process.env,
		stdin: process.stdin,
		drained: () => draining ?? Promise.resolve(),
	};
	run(process.argv.slice(2), io).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`misquote: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
			process.exitCode = 1;
		},
	);
}
