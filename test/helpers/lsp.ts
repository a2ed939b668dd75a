/**
 * A language client for tests: spawns the built server over stdio, plays the editor's part of
 * the protocol (configuration, registrations, progress) and records what the server publishes.
 * Waits are on events with deadlines, never fixed sleeps.
 *
 * Also here: folders of articles in the temp directory, positions in a text, and applying the
 * edits the server's quick fixes return (to a string, or to the disk as an editor would).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	DidChangeConfigurationNotification,
	DidChangeTextDocumentNotification,
	DidChangeWatchedFilesNotification,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	ExitNotification,
	FileChangeType,
	InitializedNotification,
	InitializeRequest,
	PublishDiagnosticsNotification,
	ShutdownRequest,
	StreamMessageReader,
	StreamMessageWriter,
	type Diagnostic,
	type FileEvent,
	type InitializeResult,
	type Position,
	type ProtocolConnection,
	type Range,
	type TextDocumentContentChangeEvent,
	type TextEdit,
	type WorkspaceEdit,
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

/** A `$/progress` notification as received. */
export interface ProgressEvent {
	token: string | number;
	value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number };
}

export class LspSession {
	readonly diagnostics = new Map<string, Diagnostic[]>();
	/** Every diagnostics notification received, oldest first, with the document version it names. */
	readonly publications: Array<{ uri: string; version?: number; diagnostics: Diagnostic[] }> = [];
	readonly logs: string[] = [];
	readonly events = new EventEmitter();
	status: Status | undefined;
	settings: Record<string, unknown> = {};
	/** Every `misquote/status` received, oldest first. */
	readonly statuses: Status[] = [];
	/** Every `$/progress` received, oldest first. */
	readonly progress: ProgressEvent[] = [];
	/** The items of every `workspace/configuration` request the server made. */
	readonly configurationRequests: Array<Array<{ scopeUri?: string; section?: string }>> = [];
	/** The server's `initialize` result. */
	initializeResult: InitializeResult | undefined;
	/** The server's exit code once it has exited (null when a signal ended it). */
	exitCode: number | null | undefined;
	private versions = new Map<string, number>();
	private readonly exited: Promise<number | null>;

	private constructor(
		readonly connection: ProtocolConnection,
		private readonly child: ChildProcess,
		readonly root: string,
	) {
		this.events.setMaxListeners(100);
		this.exited = new Promise((resolve) =>
			child.on('exit', (code) => {
				this.exitCode = code;
				this.events.emit('exit', this.exitCode);
				resolve(this.exitCode);
			}),
		);
	}

	/**
	 * Starts the server on `root` (a folder) and waits until its first scan is published.
	 * `wrapper` is a command that runs node (`unshare -rn`, to start it without a network).
	 */
	static async start(root: string, settings: Record<string, unknown> = {}, timeoutMs = 30_000, wrapper: readonly string[] = []): Promise<LspSession> {
		const [command, ...args] = [...wrapper, process.execPath, serverJs, '--stdio'];
		const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
		const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const session = new LspSession(connection, child, root);
		session.settings = settings;
		connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
			session.diagnostics.set(p.uri, p.diagnostics);
			session.publications.push({ uri: p.uri, version: p.version, diagnostics: p.diagnostics });
			session.events.emit('diagnostics', p.uri);
		});
		connection.onNotification('misquote/status', (s: Status) => {
			session.status = s;
			session.statuses.push(s);
			session.events.emit('status', s);
		});
		connection.onNotification('window/logMessage', (p: { message: string }) => {
			session.logs.push(p.message);
			session.events.emit('log', p.message);
		});
		connection.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
			session.configurationRequests.push(p.items);
			return p.items.map(() => session.settings);
		});
		connection.onRequest('client/registerCapability', () => null);
		connection.onRequest('window/workDoneProgress/create', () => null);
		connection.onNotification('$/progress', (p: ProgressEvent) => {
			session.progress.push(p);
			session.events.emit('progress', p);
		});
		connection.listen();
		const rootUri = pathToFileURL(root).href;
		const scanned = session.waitFor('status', (s: Status) => !s.scanning, timeoutMs, 'the first scan');
		try {
			session.initializeResult = await session.deadline(
				connection.sendRequest(InitializeRequest.type, {
					processId: process.pid,
					rootUri,
					workspaceFolders: [{ uri: rootUri, name: 'articles' }],
					capabilities: {
						workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
						window: { workDoneProgress: true },
						textDocument: { publishDiagnostics: { relatedInformation: true } },
					},
				}),
				timeoutMs,
				'initialize',
			);
			await connection.sendNotification(InitializedNotification.type, {});
			await scanned;
		} catch (error) {
			scanned.catch(() => undefined);
			session.kill();
			throw error;
		}
		return session;
	}

	uri(file: string): string {
		return pathToFileURL(join(this.root, file)).href;
	}

	/** The server's process id. */
	get pid(): number | undefined {
		return this.child.pid;
	}

	/** The server process is still running. */
	get alive(): boolean {
		return this.exitCode === undefined;
	}

	/**
	 * Resolves with the next `event` whose payload passes `test`, or rejects after `ms` (or as
	 * soon as the server exits).
	 */
	waitFor<T>(event: string, test: (payload: T) => boolean, ms: number, what: string): Promise<T> {
		return new Promise((resolve, reject) => {
			if (!this.alive) {
				reject(new Error(`the server had exited (${this.exitCode}) before ${what}`));
				return;
			}
			const done = () => {
				clearTimeout(timer);
				this.events.off(event, listener);
				this.events.off('exit', onExit);
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
			}, ms);
			const listener = (payload: T) => {
				if (test(payload)) {
					done();
					resolve(payload);
				}
			};
			const onExit = (code: unknown) => {
				done();
				reject(new Error(`the server exited (${code}) while waiting for ${what}`));
			};
			this.events.on(event, listener);
			this.events.on('exit', onExit);
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

	/** Waits until the last status passes `test` (checking the one already there first). */
	async statusWhere(test: (s: Status) => boolean, ms = 10_000): Promise<Status> {
		return this.status && test(this.status) ? this.status : this.waitFor('status', test, ms, 'a status notification');
	}

	/** The next `misquote/status` notification. */
	nextStatus(ms = 10_000, test: (s: Status) => boolean = () => true): Promise<Status> {
		return this.waitFor('status', test, ms, 'a status notification');
	}

	/**
	 * The status published at the end of the next full scan (after `initialized`, a settings
	 * change or `misquote/rescan`): by then the diagnostics of every article have been sent.
	 * Call it before what triggers the scan.
	 */
	nextScan(ms = 10_000): Promise<Status> {
		return new Promise((resolve, reject) => {
			let read = false;
			const onLog = (message: string) => {
				read ||= /^Read \d+ articles? in \d+ ms\.$/.test(message);
			};
			this.events.on('log', onLog);
			this.waitFor<Status>('status', () => read, ms, 'the end of a scan')
				.then(resolve, reject)
				.finally(() => this.events.off('log', onLog));
		});
	}

	/** A log line matching `pattern`, already received or the next one. */
	async logged(pattern: RegExp, ms = 10_000): Promise<string> {
		const seen = this.logs.find((l) => pattern.test(l));
		return seen ?? this.waitFor('log', (l: string) => pattern.test(l), ms, `a log line matching ${pattern}`);
	}

	/** Sends a request, failing after `ms` instead of hanging the test. */
	request<R>(method: string, params?: unknown, ms = 10_000): Promise<R> {
		return this.deadline(this.connection.sendRequest<R>(method, params), ms, method);
	}

	async open(file: string, text: string, languageId = 'plaintext'): Promise<void> {
		this.versions.set(file, 1);
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri(file), languageId, version: 1, text } });
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

	/** Tells the server `file` (relative to the root) was created, changed or deleted. */
	async fileEvent(file: string, type: 'created' | 'changed' | 'deleted'): Promise<void> {
		const kinds: Record<typeof type, FileChangeType> = { created: FileChangeType.Created, changed: FileChangeType.Changed, deleted: FileChangeType.Deleted };
		await this.filesChanged([{ uri: this.uri(file), type: kinds[type] }]);
	}

	async configure(settings: Record<string, unknown>): Promise<void> {
		this.settings = settings;
		await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { misquote: settings } });
	}

	/** Shuts the server down and waits for it to exit (killing it if it does not in time). */
	async stop(ms = 5000): Promise<number | null> {
		if (this.alive) {
			try {
				await this.deadline(this.connection.sendRequest(ShutdownRequest.type), ms, 'shutdown');
				await this.connection.sendNotification(ExitNotification.type);
			} catch {
				this.child.kill();
			}
		}
		const timer = setTimeout(() => this.child.kill(), ms);
		try {
			return await this.exited;
		} finally {
			clearTimeout(timer);
			this.connection.dispose();
		}
	}

	/** Ends the server at once (for a test that leaves it busy). */
	kill(): void {
		if (this.alive) {
			this.child.kill();
		}
		this.connection.dispose();
	}

	private deadline<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
		});
		return Promise.race([Promise.resolve(promise), late]).finally(() => clearTimeout(timer));
	}
}

// #region Folders of articles

/** The sample articles (five outlets on one story), by file name. */
export function seedArticles(): Record<string, string> {
	const dir = join(fixturesDir, 'seeds');
	return Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
	);
}

/** A fresh folder under the temp directory holding `files` (paths relative to it, `/` separated). */
export function makeFolder(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(join(tmpdir(), 'misquote-lsp-'));
	for (const [name, content] of Object.entries(files)) {
		writeArticle(root, name, content);
	}
	return root;
}

/** Writes one file of a folder (creating its parent folders). */
export function writeArticle(root: string, name: string, content: string | Uint8Array): void {
	const path = join(root, ...name.split('/'));
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}

export function removeFolder(root: string): void {
	rmSync(root, { recursive: true, force: true });
}

// #endregion

// #region Positions and edits

/** A diagnostic's message as plain text (LSP 3.18 allows markup). */
export function messageOf(d: Diagnostic): string {
	return typeof d.message === 'string' ? d.message : d.message.value;
}

/** The zero-based position of `offset` in `text` (lines end at `\n`; characters are UTF-16 units). */
export function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset);
	const line = before.split('\n').length - 1;
	return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The offset of `position` in `text`. */
export function offsetAt(text: string, position: Position): number {
	let start = 0;
	for (let line = 0; line < position.line; line++) {
		const next = text.indexOf('\n', start);
		if (next < 0) {
			return text.length;
		}
		start = next + 1;
	}
	const end = text.indexOf('\n', start);
	return Math.min(start + position.character, end < 0 ? text.length : end);
}

/** Where `needle` starts in `text` (its `nth` occurrence, from 0), plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
	let at = -1;
	for (let i = 0; i <= nth; i++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) {
			throw new Error(`“${needle}” (occurrence ${nth}) is not in the text`);
		}
	}
	return positionAt(text, at + delta);
}

/** The text `range` covers. */
export function textAt(text: string, range: Range): string {
	return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** `text` after `edits` (all relative to the original text, as LSP has them). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	const spans = edits
		.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
		.sort((a, b) => b.start - a.start || b.end - a.end);
	let out = text;
	for (const s of spans) {
		out = out.slice(0, s.start) + s.newText + out.slice(s.end);
	}
	return out;
}

/** The edits of a workspace edit for one document (from `changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
	const fromChanges = edit.changes?.[uri] ?? [];
	const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
	return [...fromChanges, ...fromDocumentChanges] as TextEdit[];
}

/**
 * Applies a workspace edit to the files on disk, in order, as an editor does for a quick fix:
 * creates files, edits them. Returns the file events to send with `filesChanged`.
 */
export function applyWorkspaceEditToDisk(edit: WorkspaceEdit): FileEvent[] {
	const events = new Map<string, FileEvent>();
	const touch = (uri: string, type: FileChangeType) => {
		const before = events.get(uri);
		events.set(uri, { uri, type: before?.type === FileChangeType.Created ? FileChangeType.Created : type });
	};
	const applyTo = (uri: string, edits: readonly TextEdit[]) => {
		const path = fileURLToPath(uri);
		const existed = existsSync(path);
		writeFileSync(path, applyTextEdits(existed ? readFileSync(path, 'utf8') : '', edits));
		touch(uri, existed ? FileChangeType.Changed : FileChangeType.Created);
	};
	for (const change of edit.documentChanges ?? []) {
		if ('kind' in change) {
			if (change.kind !== 'create') {
				throw new Error(`unexpected ${change.kind} in a quick fix`);
			}
			const path = fileURLToPath(change.uri);
			if (existsSync(path) && !change.options?.ignoreIfExists && !change.options?.overwrite) {
				throw new Error(`${path} exists`);
			}
			if (!existsSync(path) || change.options?.overwrite) {
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, '');
				touch(change.uri, FileChangeType.Created);
			}
		} else {
			applyTo(change.textDocument.uri, change.edits as TextEdit[]);
		}
	}
	for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
		applyTo(uri, edits);
	}
	return [...events.values()];
}

// #endregion
