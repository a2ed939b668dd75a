/**
 * Misquote's fuzz campaign: every property of the engine, the matcher, the command line and
 * the language server on generated inputs, seeded and bounded in time, then the families of
 * input that once took superlinear time, timed at two sizes.
 *
 *   npm run fuzz                          # seed 13, 60 s (what CI runs)
 *   npm run fuzz -- --budget 600 --seed 7 # longer, another seed
 *
 * The budget is shared among the properties by weight; each runs until its share is spent.
 * A failure prints the seed, the counterexample fast-check shrank it to and how to replay it,
 * and the campaign exits 1. Failures found are kept as regression tests
 * (test/unit/engine/robustness.test.ts, test/unit/cli/badInput.test.ts,
 * test/server/badInput.test.ts).
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { LspSession, makeFolder, removeFolder, seedArticles } from '../helpers/lsp';
import { SCALING_FAMILIES } from './arbitraries';
import { cliFilesAreHandled, cliJsonIsExact } from './cliProperties';
import * as engine from './engineProperties';
import { describeScaling, measureScaling, scalesLinearly } from './scaling';
import { runServerOps, serverOps } from './serverProperties';

interface Target {
	name: string;
	weight: number;
	property: (context: Context) => fc.IRawProperty<unknown, boolean>;
}

interface Context {
	session: LspSession;
	root: string;
	run: number;
}

const TARGETS: Target[] = [
	{ name: 'engine: any text, exact positions, no failure, in time', weight: 4, property: () => engine.extractionIsExact },
	{ name: 'engine: the same text twice, the same quotations', weight: 1, property: () => engine.extractionIsDeterministic },
	{ name: 'engine: a byte-order mark in front shifts offsets only', weight: 1, property: () => engine.byteOrderMarkShifts },
	{ name: 'engine: CRLF line ends shift offsets only', weight: 1, property: () => engine.crlfShifts },
	{ name: 'engine: an astral character in front shifts offsets only', weight: 1, property: () => engine.astralPrefixShifts },
	{ name: 'matcher: groups inside their quotes, the same twice, none after removal', weight: 2, property: () => engine.matchingIsExact },
	{ name: 'CLI: the JSON contract on any folder of articles', weight: 2, property: () => cliJsonIsExact },
	{ name: 'CLI: FIFOs, links, encodings and odd names in a folder', weight: 1, property: () => cliFilesAreHandled },
	{ name: 'server: random edits, requests, garbage and file events', weight: 3, property: (c) => fc.asyncProperty(serverOps, (ops) => runServerOps(c.session, c.root, c.run++, ops)) },
];

async function main(): Promise<number> {
	const { values } = parseArgs({ options: { budget: { type: 'string', default: '60' }, seed: { type: 'string', default: '13' } } });
	const budget = Number(values.budget);
	const seed = Number(values.seed);
	if (!(budget > 0) || !Number.isInteger(seed)) {
		process.stderr.write('usage: npm run fuzz -- [--budget <seconds>] [--seed <integer>]\n');
		return 2;
	}
	const started = Date.now();
	// The scaling checks take a fixed few seconds; the properties share the rest.
	const scalingShare = Math.min(20, budget / 4);
	const totalWeight = TARGETS.reduce((n, t) => n + t.weight, 0);
	process.stdout.write(`Misquote fuzz campaign: seed ${seed}, budget ${budget} s\n`);

	const root = makeFolder(seedArticles());
	const session = await LspSession.start(root);
	const context: Context = { session, root, run: 0 };
	let failed = 0;
	try {
		for (const target of TARGETS) {
			const ms = Math.max(1000, ((budget - scalingShare) * 1000 * target.weight) / totalWeight);
			const t = Date.now();
			const details = await fc.check(target.property(context), { seed, numRuns: 1_000_000, interruptAfterTimeLimit: ms, markInterruptAsFailure: false });
			const line = `${details.failed ? 'FAIL' : 'ok  '} ${target.name}: ${details.numRuns} runs in ${((Date.now() - t) / 1000).toFixed(1)} s`;
			process.stdout.write(line + '\n');
			if (details.failed) {
				failed++;
				process.stdout.write(`${fc.defaultReportMessage(details)}\nReplay: npm run fuzz -- --seed ${seed} (path ${details.counterexamplePath})\n\n`);
			}
			if (!session.alive) {
				process.stdout.write('FAIL the language server exited\n');
				return 1;
			}
		}
		for (const family of Object.keys(SCALING_FAMILIES)) {
			const s = measureScaling(family, (text) => engine.extractChecked(text));
			const ok = scalesLinearly(s);
			failed += ok ? 0 : 1;
			process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} time linear in the text: ${describeScaling(s)}\n`);
		}
	} finally {
		await session.stop();
		removeFolder(root);
	}
	process.stdout.write(`\nCampaign done in ${((Date.now() - started) / 1000).toFixed(0)} s.\n${TARGETS.length + Object.keys(SCALING_FAMILIES).length - failed} passed, ${failed} failed\n`);
	return failed ? 1 : 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`fuzz campaign: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
