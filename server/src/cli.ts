/**
 * `misquote`: the engine without an editor, for batch runs and CI.
 *
 *   misquote check <folder|files…> [--format text|json] [--include <glob>]
 *
 * Exit codes: 0 when every input was checked; 2 on a usage error or when an input could not be
 * checked (missing, unreadable, binary, not UTF-8, or a folder with no article files). Inputs
 * that can be checked always are, and the report covers them.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from './engine';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, describeIoError, findArticleFiles, readArticle } from './files';
import { createNlp } from './nlp';
import { ansiStyle, plainStyle, renderDocument, toReportDocument, type Report } from './report';

const USAGE = `Usage: misquote check <folder|file…> [options]

Finds every direct quotation in news articles and who said it.

Options:
  --format <text|json>  report as readable text (default) or JSON (version 1)
  --include <glob>      which files in a folder are articles (default: ${DEFAULT_INCLUDE})
  --no-color            plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 when every input was checked, 2 on a usage or input error.`;

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
	const include = values.include ?? DEFAULT_INCLUDE;

	let problems = 0;
	const problem = (message: string) => {
		problems++;
		io.err(`misquote: ${message}`);
	};
	const files: string[] = [];
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
		const found = await findArticleFiles(path, include, DEFAULT_EXCLUDE, (p, reason) => problem(`${display(p, io.cwd)}: ${reason}`));
		if (found.length === 0) {
			problem(`${given}: no article files in this folder (looked for ${include})`);
		}
		files.push(...found);
	}

	const engine = createEngine({ nlp: createNlp(), logger: { warn: (m) => io.err(`misquote: ${m}`) } });
	const style = io.isTTY && !values['no-color'] && io.env.NO_COLOR === undefined ? ansiStyle : plainStyle;
	const report: Report = { version: 1, documents: [], groups: [] };
	const sections: string[] = [];
	let quoteCount = 0;
	let speechCount = 0;
	let attributed = 0;
	for (const file of files) {
		const shown = display(file, io.cwd);
		const article = await readArticle(file);
		if (!article.ok) {
			problem(`skipped ${shown}: ${article.reason}`);
			continue;
		}
		const { quotes } = engine.extract(article.text);
		quoteCount += quotes.length;
		speechCount += quotes.filter((q) => q.kind === 'speech').length;
		attributed += quotes.filter((q) => q.speaker?.name).length;
		if (values.format === 'json') {
			report.documents.push(toReportDocument(shown, article.text, quotes));
		} else {
			sections.push(renderDocument(shown, article.text, quotes, style));
		}
	}

	if (values.format === 'json') {
		io.out(JSON.stringify(report, null, 2));
	} else if (files.length > 0) {
		const checked = sections.length;
		sections.push(
			style.bold(
				`${checked} ${checked === 1 ? 'article' : 'articles'}, ${quoteCount} quotations ` +
					`(${speechCount} speech, ${quoteCount - speechCount} terms or titles), ${attributed} with a named speaker`,
			),
		);
		io.out(sections.join('\n\n'));
	}
	return problems > 0 ? 2 : 0;
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
