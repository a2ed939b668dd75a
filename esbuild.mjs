// Bundles the extension client, the language server and the command line into one file each.
// Usage: node esbuild.mjs [--production] [--watch]
import { chmod, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Prints the start/end markers and `file:line:column:` lines that the `$esbuild-watch`
 * problem matcher expects, so a watch task can report errors in the Problems panel.
 * @type {import('esbuild').Plugin}
 */
const problemMatcherPlugin = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => {
			console.log('[watch] build started');
		});
		build.onEnd((result) => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) {
					console.error(`    ${location.file}:${location.line}:${location.column}:`);
				}
			}
			console.log('[watch] build finished');
		});
	},
};

/**
 * Turns the CLI bundle into a script: the `banner` supplies the one hashbang line, so a
 * hashbang in the entry source is dropped (esbuild would keep both, and the second is a syntax
 * error); after every successful build the output is made executable, so the package's `bin`
 * entry works without a separate step.
 * @type {import('esbuild').Plugin}
 */
const scriptPlugin = {
	name: 'script',
	setup(build) {
		const entryPoints = /** @type {string[]} */ (build.initialOptions.entryPoints);
		const entries = new Set(entryPoints.map((entry) => path.resolve(entry)));
		build.onLoad({ filter: /\.ts$/ }, async (args) => {
			if (!entries.has(args.path)) {
				return undefined;
			}
			const source = await readFile(args.path, 'utf8');
			// Keep the line, emptied, so source maps still line up.
			return { contents: source.replace(/^#!.*/, ''), loader: 'ts' };
		});
		build.onEnd(async (result) => {
			const outfile = build.initialOptions.outfile;
			if (result.errors.length === 0 && outfile) {
				await chmod(outfile, 0o755);
			}
		});
	},
};

/** @type {import('esbuild').BuildOptions} */
const common = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: watch ? 'silent' : 'warning',
	plugins: watch ? [problemMatcherPlugin] : [],
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
	{
		...common,
		entryPoints: ['client/src/extension.ts'],
		outfile: 'client/out/extension.js',
		external: ['vscode'],
	},
	{
		// No externals: wink-nlp and its model are bundled so the server runs from one file.
		...common,
		entryPoints: ['server/src/main.ts'],
		outfile: 'server/out/server.js',
	},
	{
		...common,
		entryPoints: ['server/src/cli.ts'],
		outfile: 'server/out/cli.js',
		banner: { js: '#!/usr/bin/env node' },
		plugins: [...common.plugins, scriptPlugin],
	},
];

if (production) {
	// A source map left by an earlier development build would no longer match.
	await Promise.all(builds.map(({ outfile }) => rm(`${outfile}.map`, { force: true })));
}

const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));

if (watch) {
	await Promise.all(contexts.map((context) => context.watch()));
} else {
	try {
		await Promise.all(contexts.map((context) => context.rebuild()));
	} catch {
		// esbuild has already printed the errors.
		process.exitCode = 1;
	} finally {
		await Promise.all(contexts.map((context) => context.dispose()));
	}
}
