/**
 * The language server on what a folder holds besides clean articles, and on clients that send
 * garbage: it answers every request (a proper InvalidParams for bad parameters), never waits on
 * a FIFO, keeps answering while a long article is read, renders nothing from an article as a
 * link, image, HTML or command, and never writes through a `.misquote.json` that is a link.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Hover, MarkupContent, WorkspaceSymbol } from 'vscode-languageserver-protocol/node';
import { LspSession, makeFolder, positionOf, removeFolder, seedArticles, writeArticle } from '../helpers/lsp';

const seeds = seedArticles();
const PROUD_TENS =
	'We’re proud that tens of millions of Americans turn to TikTok for entertainment, inspiration, and connection, including many of the Amazon employees and contractors who have been on the frontlines of this pandemic.';
const INVALID_PARAMS = -32602;

function mkfifo(path: string): void {
	assert.equal(spawnSync('mkfifo', [path]).status, 0, 'mkfifo');
}

describe('garbage parameters', () => {
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

	test('every request with parameters of the wrong shape is InvalidParams, and the server carries on', async () => {
		const garbage: unknown[] = [null, 42, 'text', [], [1, 2], {}, { textDocument: 7 }, { textDocument: { uri: 5 } }, { textDocument: { uri: session.uri('nikkei.txt') }, position: 'here' }, { textDocument: { uri: session.uri('nikkei.txt') }, position: { line: 'a', character: null } }, { textDocument: { uri: session.uri('nikkei.txt') }, range: { start: 1 } }];
		const methods = ['textDocument/hover', 'textDocument/references', 'textDocument/codeAction', 'textDocument/codeLens', 'textDocument/documentSymbol', 'misquote/compare'];
		for (const method of methods) {
			for (const params of garbage) {
				const answer = session.request(method, params).then(
					(result) => ({ result }),
					(error: { code?: number; message?: string }) => ({ error }),
				);
				const got = await answer;
				if ('result' in got) {
					// Only parameters that are well formed for this method may be answered.
					const p = params as { textDocument?: { uri?: unknown }; position?: { line?: unknown }; range?: { start?: unknown } };
					const wellFormed = typeof p?.textDocument?.uri === 'string' && (method === 'textDocument/codeLens' || method === 'textDocument/documentSymbol');
					assert.ok(wellFormed, `${method} ${JSON.stringify(params)} answered ${JSON.stringify(got.result).slice(0, 80)} instead of InvalidParams`);
				} else {
					assert.equal(got.error.code, INVALID_PARAMS, `${method} ${JSON.stringify(params)}: ${got.error.message}`);
					assert.doesNotMatch(got.error.message ?? '', /TypeError|Cannot read properties/);
				}
			}
		}
		for (const [method, params] of [
			['misquote/claims', { onlyDiffering: 'yes' }],
			['misquote/claims', 7],
			['misquote/report', { format: 'pdf' }],
			['misquote/report', 'markdown'],
			['workspace/symbol', { query: 3 }],
			['misquote/compare', { groupId: 9 }],
		] as const) {
			await assert.rejects(session.request(method, params), (error: { code?: number }) => error.code === INVALID_PARAMS, `${method} ${JSON.stringify(params)}`);
		}
		// Well-formed requests still work after all that.
		assert.ok(await session.request<Hover>('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: positionOf(seeds['nikkei.txt'], 'hundreds of millions') }));
		assert.ok((await session.request<{ speakers: unknown[] }>('misquote/claims', undefined)).speakers.length > 0);
		assert.ok(session.alive);
	});

	test('watched-file events for files that do not exist, or with garbage in them, change nothing', async () => {
		const before = session.status!;
		await session.filesChanged([
			{ uri: session.uri('not-there.txt'), type: 1 },
			{ uri: session.uri('gone/deeper.txt'), type: 2 },
			{ uri: session.uri('never.txt'), type: 3 },
			{ uri: 'untitled:x', type: 1 },
		]);
		await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [null, 5, { uri: 7 }] });
		await session.connection.sendNotification('workspace/didChangeWatchedFiles', {});
		const status = await session.request<{ speakers: unknown[] }>('misquote/claims', {});
		assert.ok(status.speakers.length > 0);
		assert.equal(session.status!.documents, before.documents);
		assert.ok(session.alive);
	});
});

describe('FIFOs and links in the folder', () => {
	let root: string;
	let outside: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(seeds);
		outside = join(tmpdir(), `misquote-outside-${process.pid}.json`);
		writeFileSync(outside, '{"keep": "this file as it is"}\n');
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
		rmSync(outside, { force: true });
	});

	test('a FIFO named like an article, and a FIFO as .misquote.json: events for them leave every request answered', async () => {
		mkfifo(join(root, 'fifo.txt'));
		await session.fileEvent('fifo.txt', 'created');
		assert.match(await session.logged(/fifo\.txt/), /not a regular file \(a FIFO\)/);
		mkfifo(join(root, '.misquote.json'));
		await session.fileEvent('.misquote.json', 'created');
		assert.match(await session.logged(/\.misquote\.json: not a regular file/), /its settings are not used/);
		const nikkei = { textDocument: { uri: session.uri('nikkei.txt') } };
		const at = positionOf(seeds['nikkei.txt'], 'hundreds of millions');
		const actions = await session.request<CodeAction[]>('textDocument/codeAction', { ...nikkei, range: { start: at, end: at }, context: { diagnostics: [] } });
		assert.ok(actions.some((a) => a.title.startsWith('Replace with')));
		assert.ok(!actions.some((a) => a.title.includes('.misquote.json')), 'no fix writes a FIFO');
		const scanned = session.nextScan(20_000);
		await session.request('misquote/rescan', undefined, 20_000);
		await scanned;
		assert.equal(session.status?.documents, 5);
		rmSync(join(root, 'fifo.txt'));
		rmSync(join(root, '.misquote.json'));
		await session.fileEvent('.misquote.json', 'deleted');
	});

	test('a .misquote.json linked to a file outside the folder: no quick fix writes it, and the log says why', async () => {
		symlinkSync(outside, join(root, '.misquote.json'));
		await session.fileEvent('.misquote.json', 'created');
		assert.match(await session.logged(/\.misquote\.json: a symbolic link to a file outside the folder/), /not read/);
		const at = positionOf(seeds['nikkei.txt'], 'hundreds of millions');
		const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: session.uri('nikkei.txt') }, range: { start: at, end: at }, context: { diagnostics: [] } });
		assert.ok(actions.some((a) => a.title.startsWith('Replace with')), 'the article’s own fixes are offered');
		assert.deepEqual(
			actions.filter((a) => a.title.includes('.misquote.json')).map((a) => a.title),
			[],
		);
		assert.match(await session.logged(/No quick fix writes .*symbolic link/), /it is a symbolic link, and a quick fix writes only inside the workspace folder/);
		assert.equal(readFileSync(outside, 'utf8'), '{"keep": "this file as it is"}\n');
		rmSync(join(root, '.misquote.json'));
		await session.fileEvent('.misquote.json', 'deleted');
	});
});

describe('an article that tries to inject Markdown', () => {
	const HOSTILE = [
		'Hackers Ltd issued a statement.',
		'',
		`“${PROUD_TENS.replace('entertainment', 'entertainment [click](https://evil.example/x) ![p](http://evil.example/p.png) <img src=x onerror=alert(1)> www.evil.example mail@evil.example [run](command:workbench.action.terminal.new)')}” a TikTok spokesperson said.`,
	].join('\n');
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder({ ...seeds, 'evil (copy).txt': HOSTILE, 'paren)name.txt': `“${PROUD_TENS}” a TikTok spokesperson said.\n` });
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	/** Markdown that renders nothing from an article as a link, image, HTML or command. */
	function assertInert(markdown: string, what: string): void {
		// Every link the server writes is to a file of the workspace, its target percent-encoded.
		for (const m of markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
			assert.match(m[1], /^file:\/\/\/[^\s()<>]*$/, `${what}: a link to ${m[1]}`);
		}
		assert.doesNotMatch(markdown, /(?<!\\)!\[/, `${what}: an image`);
		assert.doesNotMatch(markdown, /(?<!\\)<(?:img|a|script)\b/i, `${what}: HTML`);
		assert.doesNotMatch(markdown, /(?<!\\)(?:https?|command):/, `${what}: a URL or command that could be linked`);
		assert.doesNotMatch(markdown, /www(?!\\)\.|@(?<!\\@)/, `${what}: a bare domain or e-mail address`);
	}

	test('hover: the article’s words are shown, none of them as a link, image, HTML or command', async () => {
		const position = positionOf(HOSTILE, 'turn to TikTok');
		const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri: session.uri('evil (copy).txt') }, position });
		const value = (hover.contents as MarkupContent).value;
		assert.match(value, /click/);
		assertInert(value, 'hover');
		// The file whose name holds a ")" is linked in full.
		assert.match(value, /\[paren\\\)name\\\.txt\\:1\]\(file:\/\/\/[^)]*paren%29name\.txt#L1,2\)/);
		assert.match(value, /\[evil \\\(copy\\\)\\\.txt\\:3\]\(file:\/\/\/[^)]*evil%20%28copy%29\.txt#L3,2\)/);
	});

	test('the Markdown report: escaped throughout', async () => {
		const markdown = await session.request<string>('misquote/report', { format: 'markdown' });
		assert.match(markdown, /click/);
		assertInert(markdown, 'report');
	});
});

describe('a long article', () => {
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
	});
	after(async () => {
		session?.kill();
		removeFolder(root);
	});

	test('while 2 MB are read, every request about the other articles is answered at once', async () => {
		// 2 MB of quotations with no full stop and one statement repeated: seconds of work.
		const paragraph = '“We are proud of our people and our work” she said and “the rest of it” he said and ';
		writeArticle(root, 'long.txt', `${paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length))}\n\n“${PROUD_TENS}” a TikTok spokesperson said.\n`);
		const read = session.waitFor('status', (s: { documents: number }) => s.documents === 6, 120_000, 'the long article read');
		await session.fileEvent('long.txt', 'created');
		const started = Date.now();
		const slowest: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t = Date.now();
			assert.ok(await session.request<Hover>('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: positionOf(seeds['nikkei.txt'], 'hundreds of millions') }, 2000));
			await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'proud' }, 2000);
			await session.request('misquote/claims', {}, 2000);
			slowest.push(Date.now() - t);
		}
		const answeredIn = Date.now() - started;
		await read;
		const readIn = Date.now() - started;
		assert.ok(readIn > answeredIn, `the article was read (${readIn} ms) before the requests were answered (${answeredIn} ms): nothing was shown`);
		assert.ok(Math.max(...slowest) < 1000, `requests took ${slowest.join(', ')} ms while the article was read`);
		// And once it is read, requests about it answer quickly too.
		const t = Date.now();
		const symbols = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'proud' }, 10_000);
		assert.ok(symbols.length > 0);
		assert.ok(Date.now() - t < 3000, `workspace/symbol took ${Date.now() - t} ms`);
	});
});
