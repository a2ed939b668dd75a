/**
 * The server's properties (test/fuzz/serverProperties.ts) on a few generated sessions with a
 * fixed seed, and the rest of what random use must not break: a thousand rapid changes with
 * memory that stays flat, files created and deleted while a scan reads them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { LspSession, makeFolder, removeFolder, seedArticles, writeArticle } from '../helpers/lsp';
import { runServerOps, serverOps } from '../fuzz/serverProperties';

const seeds = seedArticles();

/** The server's resident memory in MB (its worker thread included), from /proc. */
function residentMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) / 1024;
}

describe('the server under random use', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('random edits, requests, garbage and file events: every request answered, every diagnostic inside its text', async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(serverOps, (ops) => runServerOps(session, root, run++, ops)),
			{ seed: 13, numRuns: 12 },
		);
		assert.ok(session.alive);
	});

	test('a thousand rapid changes: answered, and memory stays flat', { skip: process.platform !== 'linux' }, async () => {
		const nikkei = seeds['nikkei.txt'];
		await session.open('nikkei.txt', nikkei);
		const round = async () => {
			for (let i = 0; i < 1000; i++) {
				await session.change('nikkei.txt', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: i === 0 ? 0 : 1 } }, text: String.fromCharCode(97 + (i % 26)) }]);
			}
			await session.request('textDocument/documentSymbol', { textDocument: { uri: session.uri('nikkei.txt') } }, 30_000);
		};
		await round();
		const before = residentMb(session.pid!);
		await round();
		await round();
		const grown = residentMb(session.pid!) - before;
		assert.ok(grown < 100, `memory grew by ${grown.toFixed(0)} MB over 2,000 more changes`);
		await session.close('nikkei.txt');
	});

	test('files created and deleted while a scan reads them: the scan ends, the folder as it is at the end', async () => {
		const scanned = session.nextScan(60_000);
		const rescan = session.request('misquote/rescan', undefined, 60_000);
		for (let i = 0; i < 40; i++) {
			writeArticle(root, `churn/${i}.txt`, `“Number ${i} of the churn, said nobody at all,” said Jo Banner.\n`);
			if (i % 2) {
				rmSync(`${root}/churn/${i - 1}.txt`);
			}
		}
		await rescan;
		await scanned;
		const after = session.nextScan(60_000);
		await session.request('misquote/rescan', undefined, 60_000);
		const status = await after;
		assert.equal(status.documents, 5 + 20);
		rmSync(`${root}/churn`, { recursive: true });
		const final = session.nextScan(60_000);
		await session.request('misquote/rescan', undefined, 60_000);
		assert.equal((await final).documents, 5);
	});
});
