import * as vscode from 'vscode';
import { StatusNotification, type Request, type StatusParams } from '../../server/src/protocol';
import {
	LanguageClient,
	TransportKind,
	type DocumentSelector,
	type LanguageClientOptions,
	type ServerOptions,
} from 'vscode-languageclient/node';

/** The languages Misquote reads: articles, and prose kept as plain text, Markdown or saved web pages. */
const languages = ['plaintext', 'markdown', 'html', 'article'];

/** Saved files and unsaved new editors; not virtual documents such as git or output views. */
const schemes = ['file', 'untitled'];

/**
 * Builds, but does not start, a client for the bundled Misquote server. Its id `misquote`
 * makes the client read the `misquote.trace.server` setting. Logs and traces go to
 * `outputChannel`, which the caller owns and disposes.
 */
export function createLanguageClient(
	context: vscode.ExtensionContext,
	outputChannel: vscode.LogOutputChannel,
): LanguageClient {
	const module = context.asAbsolutePath('server/out/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: {
			module,
			transport: TransportKind.ipc,
			options: { execArgv: ['--nolazy', '--inspect=6009'] },
		},
	};
	const documentSelector: DocumentSelector = languages.flatMap((language) =>
		schemes.map((scheme) => ({ scheme, language })),
	);
	const clientOptions: LanguageClientOptions = { documentSelector, outputChannel };
	return new LanguageClient('misquote', 'Misquote', serverOptions, clientOptions);
}

/**
 * Owns the running language client. A client whose start failed cannot be started again, so
 * every start builds a fresh one. Start, stop and restart run one at a time, in call order;
 * none of them rejects: failures are logged to the output channel, and the language client
 * itself tells the user when the server cannot start.
 */
export class ServerController implements vscode.Disposable {
	private client: LanguageClient | undefined;
	private queue: Promise<void> = Promise.resolve();
	private readonly statusEmitter = new vscode.EventEmitter<StatusParams>();
	/** Fires with the server's summary after every change to the articles' results. */
	readonly onStatus = this.statusEmitter.event;
	/** The last summary the server sent, if any. */
	lastStatus: StatusParams | undefined;

	constructor(
		private readonly context: vscode.ExtensionContext,
		private readonly outputChannel: vscode.LogOutputChannel,
	) {}

	/** Starts the server unless it is already running. */
	start(): Promise<void> {
		return this.enqueue(() => this.doStart());
	}

	/** Stops the server and waits for it to exit (at most ~2 s); does nothing if it is stopped. */
	stop(): Promise<void> {
		return this.enqueue(() => this.doStop());
	}

	/** Stops the server if it runs, then starts a new one. */
	restart(): Promise<void> {
		return this.enqueue(async () => {
			await this.doStop();
			await this.doStart();
		});
	}

	dispose(): void {
		this.statusEmitter.dispose();
		void this.stop();
	}

	/**
	 * Sends one of Misquote's own requests; undefined when the server is not running (it is
	 * starting, restarting or failed), so callers can show nothing rather than an error.
	 */
	async request<P, R>(type: Request<P, R>, params: P): Promise<R | undefined> {
		await this.queue;
		const client = this.client;
		if (!client?.isRunning()) {
			return undefined;
		}
		return client.sendRequest<R>(type.method, params);
	}

	private enqueue(operation: () => Promise<void>): Promise<void> {
		const next = this.queue.then(operation).catch((error: unknown) => {
			this.outputChannel.error(errorMessage(error));
		});
		this.queue = next;
		return next;
	}

	private async doStart(): Promise<void> {
		if (this.client) {
			return;
		}
		const client = createLanguageClient(this.context, this.outputChannel);
		this.client = client;
		try {
			await client.start();
			client.onNotification(StatusNotification.method, (status: StatusParams) => {
				this.lastStatus = status;
				this.statusEmitter.fire(status);
			});
		} catch (error) {
			// A client whose start failed cannot be started or stopped again: drop it.
			this.client = undefined;
			throw error;
		}
	}

	private async doStop(): Promise<void> {
		const client = this.client;
		this.client = undefined;
		if (client?.needsStop()) {
			await client.dispose();
		}
	}
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
