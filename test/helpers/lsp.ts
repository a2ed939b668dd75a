/**
 * A language client for tests: spawns the built server over stdio, plays the editor's part of
 * the protocol (configuration, registrations, progress) and records what the server publishes.
 * Waits are on events with deadlines, never fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	DidChangeConfigurationNotification,
	DidChangeTextDocumentNotification,
	DidChangeWatchedFilesNotification,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	ExitNotification,
	InitializedNotification,
	InitializeRequest,
	PublishDiagnosticsNotification,
	ShutdownRequest,
	StreamMessageReader,
	StreamMessageWriter,
	type Diagnostic,
	type FileEvent,
	type ProtocolConnection,
	type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { fixturesDir } from './fixtures';

export const serverJs = join(fixturesDir, '..', '..', 'server', 'out', 'server.js');

export interface Status {
	scanning: boolean;
	documents: number;
	quotations: number;
	statements: number;
	differing: number;
}

export class LspSession {
	readonly diagnostics = new Map<string, Diagnostic[]>();
	readonly logs: string[] = [];
	readonly events = new EventEmitter();
	status: Status | undefined;
	settings: Record<string, unknown> = {};
	private versions = new Map<string, number>();

	private constructor(
		readonly connection: ProtocolConnection,
		private readonly child: ChildProcess,
		readonly root: string,
	) {}

	/** Starts the server on `root` (a folder) and waits until its first scan is published. */
	static async start(root: string, settings: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<LspSession> {
		const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const session = new LspSession(connection, child, root);
		session.settings = settings;
		connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
			session.diagnostics.set(p.uri, p.diagnostics);
			session.events.emit('diagnostics', p.uri);
		});
		connection.onNotification('misquote/status', (s: Status) => {
			session.status = s;
			session.events.emit('status', s);
		});
		connection.onNotification('window/logMessage', (p: { message: string }) => {
			session.logs.push(p.message);
			session.events.emit('log', p.message);
		});
		connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(() => session.settings));
		connection.onRequest('client/registerCapability', () => null);
		connection.onRequest('window/workDoneProgress/create', () => null);
		connection.onNotification('$/progress', () => undefined);
		connection.listen();
		const rootUri = pathToFileURL(root).href;
		const scanned = session.waitFor('status', (s: Status) => !s.scanning, timeoutMs, 'the first scan');
		await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri,
			workspaceFolders: [{ uri: rootUri, name: 'articles' }],
			capabilities: {
				workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
				window: { workDoneProgress: true },
				textDocument: { publishDiagnostics: { relatedInformation: true } },
			},
		});
		await connection.sendNotification(InitializedNotification.type, {});
		await scanned;
		return session;
	}

	uri(file: string): string {
		return pathToFileURL(join(this.root, file)).href;
	}

	/** Resolves with the next `event` whose payload passes `test`, or rejects after `ms`. */
	waitFor<T>(event: string, test: (payload: T) => boolean, ms: number, what: string): Promise<T> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.events.off(event, listener);
				reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
			}, ms);
			const listener = (payload: T) => {
				if (test(payload)) {
					clearTimeout(timer);
					this.events.off(event, listener);
					resolve(payload);
				}
			};
			this.events.on(event, listener);
		});
	}

	/** Waits until the diagnostics of `file` pass `test` (checking the ones already there first). */
	async diagnosticsOf(file: string, test: (d: Diagnostic[]) => boolean = () => true, ms = 10_000): Promise<Diagnostic[]> {
		const uri = this.uri(file);
		const now = this.diagnostics.get(uri);
		if (now && test(now)) {
			return now;
		}
		await this.waitFor('diagnostics', (u: string) => u === uri && test(this.diagnostics.get(uri) ?? []), ms, `diagnostics of ${file}`);
		return this.diagnostics.get(uri)!;
	}

	async open(file: string, text: string): Promise<void> {
		this.versions.set(file, 1);
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri(file), languageId: 'plaintext', version: 1, text } });
	}

	async change(file: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
		const version = (this.versions.get(file) ?? 1) + 1;
		this.versions.set(file, version);
		await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri(file), version }, contentChanges: changes });
	}

	async close(file: string): Promise<void> {
		await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: this.uri(file) } });
	}

	async filesChanged(changes: FileEvent[]): Promise<void> {
		await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
	}

	async configure(settings: Record<string, unknown>): Promise<void> {
		this.settings = settings;
		await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { misquote: settings } });
	}

	async stop(): Promise<number | null> {
		const exited = new Promise<number | null>((resolve) => this.child.on('exit', (code) => resolve(code)));
		try {
			await this.connection.sendRequest(ShutdownRequest.type);
			await this.connection.sendNotification(ExitNotification.type);
		} finally {
			this.connection.dispose();
		}
		const timer = setTimeout(() => this.child.kill(), 5000);
		const code = await exited;
		clearTimeout(timer);
		return code;
	}
}
