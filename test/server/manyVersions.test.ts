/**
 * Many versions of one statement in one folder: the command line and a workspace scan match
 * the articles they read all at once, in time that grows with their number (added one by one,
 * a statement quoted by n articles was rebuilt n times: 400 articles took 2.4 s, 1,600 took 33).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run, type Io } from '../../server/src/cli';
import { createInlineExtractor } from '../../server/src/extractor';
import { defaultSettings } from '../../server/src/settings';
import { Workspace } from '../../server/src/workspace';
import { engine } from '../helpers/engine';

const versions = ['tens', 'hundreds', 'millions', 'many', 'some'];
const article = (i: number) =>
	`“We are proud that ${versions[i % versions.length]} of millions of people turn to us for entertainment and connection,” said Jane Doe, speaking on day ${i}.\n`;

function folder(root: string, n: number): string {
	const dir = join(root, `n${n}`);
	mkdirSync(dir);
	for (let i = 0; i < n; i++) {
		writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), article(i));
	}
	return dir;
}

/** Milliseconds `work` takes. */
async function time(work: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

describe('many versions of one statement in one folder', () => {
	let root: string;
	before(() => {
		root = mkdtempSync(join(tmpdir(), 'misquote-versions-'));
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('the command line: four times the articles, about four times the time', async () => {
		const io: Io = { out: () => undefined, err: () => undefined, isTTY: false, cwd: root, env: {} };
		const small = folder(root, 300);
		const large = folder(root, 1200);
		await run(['check', small, '--format', 'json'], io);
		const smallMs = await time(() => run(['check', small, '--format', 'json'], io));
		const largeMs = await time(() => run(['check', large, '--format', 'json'], io));
		assert.ok(largeMs < 7 * smallMs + 500, `${smallMs.toFixed(0)} ms for 300 articles, ${largeMs.toFixed(0)} ms for 1,200`);
	});

	test('a workspace scan: the same', async () => {
		const scan = async (dir: string) => {
			const workspace = new Workspace(createInlineExtractor(engine()), { log: () => undefined, changed: () => undefined });
			await workspace.setFolders([{ uri: pathToFileURL(dir).href, settings: defaultSettings() }]);
			await workspace.scan(() => undefined);
			return workspace;
		};
		const small = join(root, 'n300');
		const large = join(root, 'n1200');
		await scan(small);
		const smallMs = await time(() => scan(small));
		let groups = 0;
		const largeMs = await time(async () => {
			groups = (await scan(large)).allGroups().length;
		});
		assert.equal(groups, 1);
		assert.ok(largeMs < 7 * smallMs + 500, `${smallMs.toFixed(0)} ms for 300 articles, ${largeMs.toFixed(0)} ms for 1,200`);
	});
});
