/**
 * The built language server, spawned as the extension spawns it (here over stdio), answers
 * the LSP handshake and shuts down cleanly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
	createProtocolConnection,
	InitializeRequest,
	InitializedNotification,
	ShutdownRequest,
	ExitNotification,
	StreamMessageReader,
	StreamMessageWriter,
	LogMessageNotification,
} from 'vscode-languageserver-protocol/node';
import { fixturesDir } from '../helpers/fixtures';

const serverJs = join(fixturesDir, '..', '..', 'server', 'out', 'server.js');

test('server/out/server.js --stdio: initialize, a log line, shutdown and exit 0', async () => {
	const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const logged = new Promise<string>((resolve) => connection.onNotification(LogMessageNotification.type, (p) => resolve(p.message)));
	connection.listen();
	try {
		const result = await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: null,
			capabilities: {},
			workspaceFolders: null,
		});
		assert.equal(result.serverInfo?.name, 'Misquote');
		assert.ok(result.capabilities.textDocumentSync !== undefined);
		await connection.sendNotification(InitializedNotification.type, {});
		assert.match(await withDeadline(logged, 10_000, 'no log line'), /Misquote server started/);
		await connection.sendRequest(ShutdownRequest.type);
		await connection.sendNotification(ExitNotification.type);
		assert.equal(await withDeadline(exited, 10_000, 'server did not exit'), 0);
	} finally {
		connection.dispose();
		child.kill();
	}
});

function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
	});
	return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
