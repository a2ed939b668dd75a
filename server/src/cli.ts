/**
 * `misquote`: the engine without an editor, for batch runs and CI.
 *
 *   misquote check <folder|files…> [--format text|json] [--include <glob>] [--primary <glob>]
 *                  [--fail-on <kind>] [--no-color]
 *
 * Exit codes: 0 when every input was checked; 1 when --fail-on found a difference of that kind
 * or worse; 2 on a usage error or when an input could not be checked (missing, unreadable,
 * binary, not UTF-8, a folder with no article files, or a broken `.misquote.json`), which wins
 * over 1. Inputs that can be checked always are, and the report covers them.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createCorpusIndex, createEngine, DIFFERENCE_ORDER, worstKind, type DifferenceKind, type GroupMember, type Quote } from './engine';
import { articleFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, describeIoError, findArticleFiles, readArticle, type ArticleFilter } from './files';
import { compileGlob, GlobError } from './glob';
import type { Nlp } from './engine/nlp';
import { createNlp } from './nlp';
import { emptyProjectConfig, isIgnored, parseProjectConfig, primarySourceTest, PROJECT_CONFIG_FILE, type ProjectConfig } from './projectConfig';
import { createLineIndex } from './convert';
import {
	ansiStyle,
	numberGroups,
	plainStyle,
	reaches,
	renderDocument,
	renderGroups,
	toReportDocument,
	toReportGroups,
	type Report,
} from './report';

const USAGE = `Usage: misquote check <folder|file…> [options]

Finds every direct quotation in news articles and who said it, groups the versions of
each statement across the articles, and shows how they differ.

Options:
  --format <text|json>  report as readable text (default) or JSON (version 1)
  --include <glob>      which files in a folder are articles (default: ${DEFAULT_INCLUDE})
  --primary <glob>      articles that are primary sources: their version is canonical
  --fail-on <kind>      exit 1 when versions differ by <kind> or worse:
                        ${DIFFERENCE_ORDER.slice(1).join(', ')}
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
}

/** Runs the command line with `args` (without `node` and the script) and returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'text' },
				include: { type: 'string' },
				primary: { type: 'string' },
				'fail-on': { type: 'string' },
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
	if (command !== 'check') {
		return usageError(io, command ? `unknown command "${command}"` : 'no command given');
	}
	if (paths.length === 0) {
		return usageError(io, 'no folder or file given');
	}
	if (values.format !== 'text' && values.format !== 'json') {
		return usageError(io, `--format must be text or json, not "${values.format}"`);
	}
	const failOn = values['fail-on'] as DifferenceKind | undefined;
	if (failOn !== undefined && (!DIFFERENCE_ORDER.includes(failOn) || failOn === 'identical')) {
		return usageError(io, `--fail-on must be one of ${DIFFERENCE_ORDER.slice(1).join(', ')}, not "${failOn}"`);
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
	const files: string[] = [];
	/** For each file found in a folder given: that folder and its `.misquote.json`. */
	const projectOf = new Map<string, Project>();
	for (const given of paths) {
		const path = isAbsolute(given) ? given : join(io.cwd, given);
		let isDir: boolean;
		try {
			isDir = statSync(path).isDirectory();
		} catch (error) {
			problem(`${given}: ${describeIoError(error)}`);
			continue;
		}
		if (!isDir) {
			files.push(path);
			continue;
		}
		const found = await findArticleFiles(path, filter, (p, reason) => problem(`${display(p, io.cwd)}: ${reason}`));
		if (found.length === 0) {
			problem(`${given}: no article files in this folder (looked for ${include})`);
		}
		const project = readProject(path, (message) => problem(`${display(join(path, PROJECT_CONFIG_FILE), io.cwd)}: ${message}`));
		for (const file of found) {
			projectOf.set(file, project);
		}
		files.push(...found);
	}

	const engine = createEngine({ nlp: (nlp ??= createNlp()), logger: { warn: (m) => io.err(`misquote: ${m}`) } });
	const style = io.isTTY && !values['no-color'] && io.env.NO_COLOR === undefined ? ansiStyle : plainStyle;
	const index = createCorpusIndex();
	const articles: Array<{ path: string; text: string; quotes: Quote[] }> = [];
	/** Where each article (by the path shown) stands in its folder's `.misquote.json`. */
	const placeOf = new Map<string, { project: Project; relativePath: string }>();
	for (const file of files) {
		const shown = display(file, io.cwd);
		const article = await readArticle(file);
		if (!article.ok) {
			problem(`skipped ${shown}: ${article.reason}`);
			continue;
		}
		const { quotes } = engine.extract(article.text);
		articles.push({ path: shown, text: article.text, quotes });
		const project = projectOf.get(file);
		const place = project && { project, relativePath: relative(project.root, file).split(sep).join('/') };
		if (place) {
			placeOf.set(shown, place);
		}
		const listed = place !== undefined && place.project.isPrimarySource(place.relativePath);
		index.update({ id: shown, quotes, primary: (primary?.(shown) ?? false) || listed });
	}
	const groups = index.groups();
	const identity = (document: string) => document;
	const grouped = numberGroups(groups, identity);
	const quoteCount = articles.reduce((n, a) => n + a.quotes.length, 0);

	if (values.format === 'json') {
		const report: Report = {
			version: 1,
			documents: articles.map((a) => toReportDocument(a.path, a.text, a.quotes, grouped)),
			groups: toReportGroups(groups, identity),
		};
		io.out(JSON.stringify(report, null, 2));
	} else if (files.length > 0) {
		const sections = articles.map((a) => renderDocument(a.path, a.text, a.quotes, style, grouped));
		const speech = articles.reduce((n, a) => n + a.quotes.filter((q) => q.kind === 'speech').length, 0);
		const named = articles.reduce((n, a) => n + a.quotes.filter((q) => q.speaker?.name).length, 0);
		sections.push(
			style.bold(
				`${articles.length} ${articles.length === 1 ? 'article' : 'articles'}, ${quoteCount} quotations ` +
					`(${speech} speech, ${quoteCount - speech} terms or titles), ${named} with a named speaker`,
			),
		);
		const texts = new Map(articles.map((a) => [a.path, { text: a.text, positionAt: createLineIndex(a.text) }]));
		const locate = (document: string, offset: number) => {
			const { line, character } = texts.get(document)!.positionAt(offset);
			return `${document}:${line + 1}:${character + 1}`;
		};
		sections.push(renderGroups(groups, quoteCount, locate, style));
		io.out(sections.join('\n\n'));
	}
	if (problems > 0) {
		return 2;
	}
	// Differences the folder's .misquote.json ignores do not fail a run.
	const ignored = (m: GroupMember) => {
		const place = placeOf.get(m.document);
		return place !== undefined && isIgnored(place.project.config, place.relativePath, m);
	};
	return failOn && groups.some((g) => reaches(worstKind(g.members.filter((m) => !ignored(m)).map((m) => m.kind)), failOn)) ? 1 : 0;
}

/** A folder given on the command line, with its `.misquote.json` (empty when it has none). */
interface Project {
	root: string;
	config: ProjectConfig;
	isPrimarySource: (relativePath: string) => boolean;
}

function readProject(root: string, problem: (message: string) => void): Project {
	let config = emptyProjectConfig();
	let text: string | undefined;
	try {
		text = readFileSync(join(root, PROJECT_CONFIG_FILE), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			problem(describeIoError(error));
		}
	}
	if (text !== undefined) {
		const parsed = parseProjectConfig(text);
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
	return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).split(sep).join('/');
}

function readVersion(): string {
	try {
		return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return 'unknown';
	}
}

if (require.main === module) {
	const io: Io = {
		out: (text) => process.stdout.write(text + '\n'),
		err: (text) => process.stderr.write(text + '\n'),
		isTTY: Boolean(process.stdout.isTTY),
		cwd: process.cwd(),
		env: process.env,
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
