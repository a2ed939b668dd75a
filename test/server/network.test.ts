/**
 * Misquote never uses the network: the command line and the language server, started with no
 * network at all (a network namespace of their own, through `unshare -rn`), give the same
 * results as with one.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixturesDir } from '../helpers/fixtures';
import { LspSession, makeFolder, removeFolder, seedArticles } from '../helpers/lsp';

const cliJs = join(fixturesDir, '..', '..', 'server', 'out', 'cli.js');
const offline = ['unshare', '-rn'];
const canUnshare = spawnSync(offline[0], [...offline.slice(1), 'true']).status === 0;

describe('without a network', { skip: canUnshare ? false : 'unshare -rn is not available here' }, () => {
	test('the command line: the same report', () => {
		const args = [cliJs, 'check', join(fixturesDir, 'seeds'), '--format', 'json'];
		const online = spawnSync(process.execPath, args, { encoding: 'utf8' });
		const cut = spawnSync(offline[0], [...offline.slice(1), process.execPath, ...args], { encoding: 'utf8' });
		assert.equal(online.status, 0, online.stderr);
		assert.equal(cut.status, 0, cut.stderr);
		assert.equal(cut.stdout, online.stdout);
		assert.ok(JSON.parse(cut.stdout).groups.length > 0);
	});

	test('the language server: the same diagnostics and claims', async () => {
		const root = makeFolder(seedArticles());
		const results: string[] = [];
		try {
			for (const wrapper of [[], offline]) {
				const session = await LspSession.start(root, {}, 30_000, wrapper);
				try {
					const diagnostics = [...session.diagnostics].sort(([a], [b]) => (a < b ? -1 : 1));
					const claims = await session.request('misquote/claims', {});
					results.push(JSON.stringify({ diagnostics, claims, status: session.status }));
				} finally {
					await session.stop();
				}
			}
		} finally {
			removeFolder(root);
		}
		assert.equal(results[1], results[0]);
		assert.match(results[0], /"code":"wording"/);
	});
});
