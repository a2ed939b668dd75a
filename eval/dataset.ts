/**
 * Reading a public dataset from a local copy: a checkout (a folder with the files) or a bare git
 * directory (read with `git cat-file`, nothing written). The datasets' texts are their
 * publishers' copyright: they are read from the copy given, never stored in the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Dataset {
	/** Where the copy is, as given. */
	readonly root: string;
	/** The file names directly in `folder` (a path inside the dataset, with `/`), sorted. */
	list(folder: string): string[];
	/** Several files' text at once, by path inside the dataset; a missing file is undefined. */
	readAll(paths: readonly string[]): Array<string | undefined>;
}

/** Opens a local copy of a dataset, or throws an Error that says what was expected. */
export function openDataset(root: string): Dataset {
	if (!existsSync(root)) {
		throw new Error(`${root}: no such folder`);
	}
	if (existsSync(join(root, 'objects')) && existsSync(join(root, 'HEAD'))) {
		return gitDataset(root);
	}
	if (!statSync(root).isDirectory()) {
		throw new Error(`${root}: not a folder`);
	}
	return {
		root,
		list: (folder) => {
			const dir = join(root, ...folder.split('/'));
			return existsSync(dir) ? readdirSync(dir).sort() : [];
		},
		readAll: (paths) =>
			paths.map((p) => {
				const file = join(root, ...p.split('/'));
				return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
			}),
	};
}

function gitDataset(gitDir: string): Dataset {
	const git = (args: string[], input?: string) => {
		const result = spawnSync('git', ['--git-dir', gitDir, ...args], { input: input === undefined ? undefined : Buffer.from(input, 'utf8'), maxBuffer: 1 << 30 });
		if (result.error) {
			throw new Error(`git: ${result.error.message}`);
		}
		return result;
	};
	return {
		root: gitDir,
		list: (folder) => {
			const out = git(['ls-tree', '--name-only', `HEAD:${folder}`]);
			return out.status === 0 ? out.stdout.toString('utf8').split('\n').filter(Boolean).sort() : [];
		},
		readAll: (paths) => {
			if (paths.length === 0) {
				return [];
			}
			// One `git cat-file --batch` for every file: "<sha> blob <size>\n<content>\n" each, or
			// "<name> missing\n".
			const out = git(['cat-file', '--batch'], paths.map((p) => `HEAD:${p}`).join('\n') + '\n').stdout;
			const texts: Array<string | undefined> = [];
			let at = 0;
			for (let i = 0; i < paths.length; i++) {
				const eol = out.indexOf(0x0a, at);
				const header = out.subarray(at, eol).toString('utf8');
				at = eol + 1;
				const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
				if (!m) {
					texts.push(undefined);
					continue;
				}
				const size = Number(m[1]);
				texts.push(out.subarray(at, at + size).toString('utf8'));
				at += size + 1;
			}
			return texts;
		},
	};
}

/** Reads `--flag value` pairs and the first positional argument; exits with usage on error. */
export function parseEvalArgs(argv: readonly string[], usage: string, flags: readonly string[]): { root: string; options: Map<string, string> } {
	const options = new Map<string, string>();
	let root: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '-h' || arg === '--help') {
			process.stdout.write(usage + '\n');
			process.exit(0);
		}
		if (arg.startsWith('--')) {
			const name = arg.slice(2);
			if (!flags.includes(name)) {
				fail(`unknown option ${arg}`, usage);
			}
			const value = argv[i + 1];
			if (value === undefined || value.startsWith('--')) {
				options.set(name, 'true');
			} else {
				options.set(name, value);
				i++;
			}
		} else if (root === undefined) {
			root = arg;
		} else {
			fail(`unexpected argument ${arg}`, usage);
		}
	}
	if (!root) {
		fail('no dataset given', usage);
	}
	return { root, options };
}

export function fail(message: string, usage?: string): never {
	process.stderr.write(`${message}\n${usage ? `\n${usage}\n` : ''}`);
	process.exit(2);
}
