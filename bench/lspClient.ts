/**
 * A language client for the benches, timed: spawns the built server with --stdio, plays the
 * editor's part of the protocol, stamps every published diagnostic with its arrival, and reads
 * the server's peak memory from /proc. Shared by bench/server.ts and bench/wirecopy.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';

/** Deadlines: passing one is a failure (the server hung), not a slow result. */
export const TIMEOUT = { startMs: 30_000, editMs: 10_000, stallMs: 60_000 };

export const serverJs = join(__dirname, '..', '..', 'server', 'out', 'server.js');

/*
 * The base protocol by hand (Content-Length framed JSON-RPC over the server's stdio), as an
 * editor speaks it: the bench tsconfig resolves modules the Node 10 way, under which the types
 * of vscode-languageserver-protocol/node (an "exports" subpath) do not resolve. The few LSP
 * shapes used here are declared below.
 */
export interface Position {
	line: number;
	character: number;
}
export interface Range {
	start: Position;
	end: Position;
}
export interface Location {
	uri: string;
	range: Range;
}
export interface Diagnostic {
	range: Range;
	message: string;
	code?: string | number;
	severity?: number;
}
export interface TextEdit {
	range: Range;
	text: string;
}
interface Message {
	jsonrpc: '2.0';
	id?: number | string | null;
	method?: string;
	params?: unknown;
	result?: unknown;
	error?: { code: number; message: string };
}

/** JSON-RPC over a pair of streams: requests both ways, notifications, nothing more. */
class Rpc {
	private buffer: Buffer = Buffer.alloc(0);
	private nextId = 1;
	private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
	private readonly requestHandlers = new Map<string, (params: unknown) => unknown>();
	private readonly notificationHandlers = new Map<string, (params: unknown) => void>();

	constructor(
		input: Readable,
		private readonly output: Writable,
	) {
		input.on('data', (chunk: Buffer) => this.receive(chunk));
		output.on('error', () => undefined); // a dead server shows as its exit
	}

	onRequest(method: string, handler: (params: unknown) => unknown): void {
		this.requestHandlers.set(method, handler);
	}

	onNotification(method: string, handler: (params: unknown) => void): void {
		this.notificationHandlers.set(method, handler);
	}

	request<T>(method: string, params: unknown): Promise<T> {
		const id = this.nextId++;
		return new Promise<T>((resolve, reject) => {
			this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
			this.send({ jsonrpc: '2.0', id, method, params });
		});
	}

	notify(method: string, params: unknown): void {
		this.send({ jsonrpc: '2.0', method, params });
	}

	/** Fails every request still waiting for its response. */
	close(why: string): void {
		this.pending.forEach(({ reject }) => reject(new Error(why)));
		this.pending.clear();
	}

	private send(message: Message): void {
		const body = Buffer.from(JSON.stringify(message), 'utf8');
		this.output.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
	}

	private receive(chunk: Buffer): void {
		this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
		for (;;) {
			const headerEnd = this.buffer.indexOf('\r\n\r\n');
			if (headerEnd < 0) {
				return;
			}
			const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
			if (!Number.isFinite(length)) {
				throw new Error(`bad message header: ${this.buffer.subarray(0, headerEnd).toString('ascii')}`);
			}
			const start = headerEnd + 4;
			if (this.buffer.length < start + length) {
				return;
			}
			const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
			this.buffer = this.buffer.subarray(start + length);
			this.dispatch(message);
		}
	}

	private dispatch(message: Message): void {
		if (message.method === undefined) {
			const waiting = this.pending.get(message.id as number);
			this.pending.delete(message.id as number);
			if (message.error) {
				waiting?.reject(new Error(`server error ${message.error.code}: ${message.error.message}`));
			} else {
				waiting?.resolve(message.result ?? null);
			}
		} else if (message.id !== undefined) {
			const handler = this.requestHandlers.get(message.method);
			this.send(
				handler
					? { jsonrpc: '2.0', id: message.id, result: handler(message.params) ?? null }
					: { jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `no handler for ${message.method}` } },
			);
		} else {
			this.notificationHandlers.get(message.method)?.(message.params);
		}
	}
}

export interface Status {
	scanning: boolean;
	documents: number;
	quotations: number;
	statements: number;
	differing: number;
}

/**
 * Plays the editor as test/helpers/lsp.ts does (configuration, registrations, progress), but
 * timed: it marks when `initialized` is sent, stamps every published diagnostic with its
 * arrival, and knows the server's pid for /proc.
 */
export class Client {
	readonly events = new EventEmitter();
	readonly diagnostics = new Map<string, { diagnostics: Diagnostic[]; at: number }>();
	readonly logs: string[] = [];
	settings: Record<string, unknown>;
	status: Status | undefined;
	private readonly child: ChildProcess;
	private readonly rpc: Rpc;
	private readonly versions = new Map<string, number>();
	private exited = false;

	constructor(
		readonly root: string,
		settings: Record<string, unknown>,
	) {
		this.settings = settings;
		this.events.setMaxListeners(100);
		this.child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const rpc = new Rpc(this.child.stdout!, this.child.stdin!);
		this.rpc = rpc;
		const gone = (why: string) => {
			this.exited = true;
			rpc.close(why);
			this.events.emit('exit', why);
		};
		this.child.on('error', (error) => gone(`the server could not run: ${error.message}`));
		this.child.on('exit', (code, signal) => gone(`the server exited (code ${code}, signal ${signal})`));
		rpc.onNotification('textDocument/publishDiagnostics', (params) => {
			const p = params as { uri: string; diagnostics: Diagnostic[] };
			this.diagnostics.set(p.uri, { diagnostics: p.diagnostics, at: performance.now() });
			this.events.emit('diagnostics', p.uri);
		});
		rpc.onNotification('misquote/status', (params) => {
			this.status = params as Status;
			this.events.emit('status', this.status);
		});
		rpc.onNotification('window/logMessage', (params) => this.logs.push((params as { message: string }).message));
		rpc.onRequest('workspace/configuration', (params) => (params as { items: unknown[] }).items.map(() => this.settings));
		rpc.onRequest('client/registerCapability', () => null);
		rpc.onRequest('window/workDoneProgress/create', () => null);
	}

	get pid(): number {
		return this.child.pid!;
	}

	/** Initializes; returns when `initialized` was sent, with a wait for the first scan's end. */
	async initialize(expected: number, budgetMs: number): Promise<{ startupMs: number; initializedAt: number; scanned: Promise<{ status: Status; finished: boolean }> }> {
		const t0 = performance.now();
		const rootUri = pathToFileURL(this.root).href;
		await this.withDeadline(
			this.rpc.request('initialize', {
				processId: process.pid,
				rootUri,
				workspaceFolders: [{ uri: rootUri, name: 'articles' }],
				capabilities: {
					workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
					window: { workDoneProgress: true },
					textDocument: { publishDiagnostics: { relatedInformation: true } },
				},
			}),
			TIMEOUT.startMs,
			'the initialize response',
		);
		const startupMs = performance.now() - t0;
		const scanned = this.scanEnd(expected, budgetMs);
		const initializedAt = performance.now();
		this.rpc.notify('initialized', {});
		return { startupMs, initializedAt, scanned };
	}

	/**
	 * Waits for the status that ends a scan of `expected` articles (earlier ones may count open
	 * documents only), or for `budgetMs` to pass (`finished` false); fails when the server sends
	 * no status for `TIMEOUT.stallMs` or exits.
	 */
	scanEnd(expected: number, budgetMs: number): Promise<{ status: Status; finished: boolean }> {
		return new Promise((resolve, reject) => {
			let stall: NodeJS.Timeout | undefined;
			const budget = Number.isFinite(budgetMs) ? setTimeout(() => finish(undefined, false), budgetMs) : undefined;
			const arm = () => {
				clearTimeout(stall);
				stall = setTimeout(() => finish(new Error(`no status from the server for ${TIMEOUT.stallMs / 1000} s during a scan of ${expected} articles`)), TIMEOUT.stallMs);
			};
			const onStatus = (s: Status) => {
				arm();
				if (!s.scanning && s.documents === expected) {
					finish(undefined, true);
				}
			};
			const onExit = (why: string) => finish(new Error(`${why} during a scan of ${expected} articles`));
			const finish = (error: Error | undefined, finished = false) => {
				clearTimeout(stall);
				clearTimeout(budget);
				this.events.off('status', onStatus);
				this.events.off('exit', onExit);
				if (error) {
					reject(error);
				} else {
					resolve({ status: this.status ?? { scanning: true, documents: 0, quotations: 0, statements: 0, differing: 0 }, finished });
				}
			};
			this.events.on('status', onStatus);
			this.events.on('exit', onExit);
			arm();
			if (this.exited) {
				onExit('the server had exited');
			}
		});
	}

	uri(path: string): string {
		return pathToFileURL(join(this.root, path)).href;
	}

	/** Resolves with the next `event` whose payload passes `test`; rejects after `ms` or when the server exits. */
	waitFor<T>(event: string, test: (payload: T) => boolean, ms: number, what: string): Promise<T> {
		return new Promise((resolve, reject) => {
			const done = () => {
				clearTimeout(timer);
				this.events.off(event, listener);
				this.events.off('exit', exit);
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
			const exit = (why: string) => {
				done();
				reject(new Error(`${why} while waiting for ${what}`));
			};
			this.events.on(event, listener);
			this.events.on('exit', exit);
			if (this.exited) {
				exit('the server had exited');
			}
		});
	}

	/** `promise`, or a rejection after `ms`. */
	withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
		});
		return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
	}

	open(path: string, text: string): void {
		this.versions.set(path, 1);
		this.rpc.notify('textDocument/didOpen', { textDocument: { uri: this.uri(path), languageId: 'plaintext', version: 1, text } });
	}

	change(path: string, changes: TextEdit[]): void {
		const version = (this.versions.get(path) ?? 1) + 1;
		this.versions.set(path, version);
		this.rpc.notify('textDocument/didChange', { textDocument: { uri: this.uri(path), version }, contentChanges: changes });
	}

	configure(settings: Record<string, unknown>): void {
		this.settings = settings;
		this.rpc.notify('workspace/didChangeConfiguration', { settings: { misquote: settings } });
	}

	async references(path: string, position: Position): Promise<Location[]> {
		const request = this.rpc.request<Location[] | null>('textDocument/references', { textDocument: { uri: this.uri(path) }, position, context: { includeDeclaration: true } });
		return (await this.withDeadline(request, TIMEOUT.editMs, `references in ${path}`)) ?? [];
	}

	/** Peak and current resident memory of the server process, in MB. */
	memory(): { peakMb: number; rssMb: number } {
		const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
		return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
	}

	/** Shuts the server down as an editor does; kills it if it has not exited within 5 s. */
	async stop(): Promise<void> {
		if (this.exited) {
			return;
		}
		const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
		const timer = setTimeout(() => this.kill(), 5_000);
		try {
			await this.withDeadline(this.rpc.request('shutdown', null), 5_000, 'the shutdown response');
			this.rpc.notify('exit', null);
		} catch {
			this.kill();
		}
		await exited;
		clearTimeout(timer);
	}

	kill(): void {
		if (this.child.exitCode === null && this.child.signalCode === null) {
			this.child.kill('SIGKILL');
		}
	}
}
