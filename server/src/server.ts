import {
	CodeActionKind,
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	FileChangeType,
	TextDocuments,
	TextDocumentSyncKind,
	type Connection,
	type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from './engine';
import { claimsOf, compare } from './features/claims';
import { codeActionsAt } from './features/codeActions';
import { diagnosticsOf, kindNotIgnored, type GroupFacts } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { codeLensesOf, definitionAt, documentSymbolsOf, referencesAt, workspaceSymbols } from './features/navigation';
import { workspaceReport } from './features/report';
import { createInlineExtractor, createWorkerExtractor } from './extractor';
import { createNlp } from './nlp';
import * as P from './params';
import {
	ClaimsRequest,
	CompareRequest,
	ReportRequest,
	RescanRequest,
	StatusNotification,
	type CompareParams,
	type StatusParams,
} from './protocol';
import { defaultSettings, toSettings, type Settings } from './settings';
import { Workspace, type Article } from './workspace';

export interface ServerOptions {
	/**
	 * A script that serves extraction when started as a worker thread (see extractor.ts), so
	 * long articles are read off the request path; without it, articles are read inline.
	 */
	workerScript?: string;
}

/**
 * Serves Misquote over `connection`: reads every article of the workspace folders (open or
 * not), keeps their quotations and groups current as files and editors change, and answers
 * with diagnostics, hovers, references, code lenses, quick fixes, symbols and Misquote's own
 * requests. The caller owns the transport (stdio or IPC in `main.ts`, streams in tests).
 */
/** Articles whose diagnostics are worked out and sent before the server looks at other messages. */
const FLUSH_CHUNK = 100;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
	const documents = new TextDocuments(TextDocument);
	const log = (m: string) => connection.console.warn(m);
	const extractor = options.workerScript ? createWorkerExtractor(options.workerScript, log) : createInlineExtractor(createEngine({ nlp: createNlp(), logger: { warn: log } }));
	const pending = new Set<string>();
	const published = new Map<string, string>();
	/** Articles whose diagnostics were published at least once. */
	const seen = new Set<string>();
	const editTimers = new Map<string, NodeJS.Timeout>();
	let flushTimer: NodeJS.Timeout | undefined;
	/** What the articles' diagnostics share about each group, for the publish under way. */
	let facts: GroupFacts | undefined;
	let folders: Array<{ uri: string; name: string }> = [];
	let canConfigure = false;
	let canWatch = false;
	let canReportProgress = false;
	let windowSettings: Settings = defaultSettings();

	const workspace = new Workspace(extractor, {
		log: (message) => connection.console.info(message),
		changed: (paths) => {
			paths.forEach((p) => pending.add(p));
			scheduleFlush();
		},
	});

	/** Publishes the diagnostics of every changed article, a moment after the last change. */
	function scheduleFlush(): void {
		if (!flushTimer) {
			flushTimer = setTimeout(flush, workspace.scanning ? 250 : 0);
		}
	}

	function flush(): void {
		flushTimer = undefined;
		// What every article of one statement reports of it is worked out once per pass.
		facts ??= new Map();
		const scanning = workspace.scanning;
		// Open articles first, then the rest in chunks: the first diagnostics go out while the
		// others are worked out, and requests are answered between chunks.
		const queue = [...pending].filter((path) => {
			const article = workspace.articleAtPath(path);
			// While a scan reads a folder, a reprinted statement changes the articles quoting it
			// with every batch: those already shown wait for the scan's last publish, which
			// covers every article.
			return !(scanning && article && !article.open && seen.has(path));
		});
		queue.sort((a, b) => Number(workspace.articleAtPath(b)?.open ?? false) - Number(workspace.articleAtPath(a)?.open ?? false));
		for (const path of queue.slice(0, FLUSH_CHUNK)) {
			pending.delete(path);
			const article = workspace.articleAtPath(path);
			const uri = article?.uri ?? published.get(path);
			if (!uri) {
				continue;
			}
			seen.add(path);
			const diagnostics = article ? guard(() => diagnosticsOf(workspace, article, facts!), []) : [];
			// The version says which text of an open document the ranges are in.
			void connection.sendDiagnostics({ uri, version: article?.open ? article.version : undefined, diagnostics });
			if (diagnostics.length) {
				published.set(path, uri);
			} else {
				published.delete(path);
			}
		}
		if (queue.length > FLUSH_CHUNK) {
			flushTimer = setTimeout(flush, 0);
			return;
		}
		facts = undefined;
		sendStatus();
	}

	function sendStatus(): void {
		const articles = workspace.allArticles();
		const groups = workspace.allGroups();
		void connection.sendNotification(StatusNotification.method, {
			scanning: workspace.scanning,
			documents: articles.length,
			quotations: articles.reduce((n, a) => n + a.quotes.length, 0),
			statements: groups.length,
			differing: groups.filter((g) => kindNotIgnored(workspace, g) !== 'identical').length,
		} satisfies StatusParams);
	}

	/** Runs `work`, logging instead of crashing when it throws. */
	function guard<T>(work: () => T, fallback: T): T {
		try {
			return work();
		} catch (error) {
			connection.console.error(`Misquote: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return fallback;
		}
	}

	async function settingsFor(uri: string | undefined): Promise<Settings> {
		if (!canConfigure) {
			return defaultSettings();
		}
		try {
			return toSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'misquote' }));
		} catch {
			return defaultSettings();
		}
	}

	/** Reads the settings, then every article of every folder, with a progress notification. */
	async function loadAndScan(): Promise<void> {
		windowSettings = await settingsFor(undefined);
		const withSettings = await Promise.all(folders.map(async (f) => ({ uri: f.uri, settings: await settingsFor(f.uri) })));
		await workspace.setFolders(withSettings);
		for (const doc of documents.all()) {
			void read(doc.uri, doc.getText(), doc.languageId, doc.version);
		}
		const progress = canReportProgress ? await connection.window.createWorkDoneProgress() : undefined;
		progress?.begin('Misquote', 0, 'Finding articles…', false);
		const started = Date.now();
		let total = 0;
		await workspace.scan((done, all) => {
			total = all;
			if (done === all || done % 25 === 0) {
				progress?.report(all ? Math.round((100 * done) / all) : 100, `Reading articles: ${done} of ${all}`);
			}
		});
		progress?.done();
		connection.console.info(`Read ${total} article${total === 1 ? '' : 's'} in ${Date.now() - started} ms.`);
		// Everything may have changed: publish for every article, and clear what is gone.
		workspace.allArticles().forEach((a) => pending.add(a.path));
		published.forEach((_uri, path) => pending.add(path));
		flush();
	}

	/**
	 * The article of `uri` as its newest text reads: an edit still waiting for a pause is read
	 * now, and an extraction under way is waited for.
	 */
	async function current(uri: string): Promise<Article | undefined> {
		const timer = editTimers.get(uri);
		if (timer) {
			clearTimeout(timer);
			editTimers.delete(uri);
			const doc = documents.get(uri);
			if (doc) {
				await read(uri, doc.getText(), doc.languageId, doc.version);
			}
		}
		await workspace.settled(uri);
		return workspace.article(uri);
	}

	/** Reads an open document's text, logging instead of crashing when that fails. */
	async function read(uri: string, text: string, languageId?: string, version?: number): Promise<void> {
		try {
			await workspace.setOpen(uri, text, languageId, version);
		} catch (error) {
			connection.console.error(`Misquote: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		}
	}

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
		canConfigure = params.capabilities.workspace?.configuration === true;
		canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		canReportProgress = params.capabilities.window?.workDoneProgress === true;
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				hoverProvider: true,
				referencesProvider: true,
				definitionProvider: true,
				codeLensProvider: { resolveProvider: false },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
				documentSymbolProvider: true,
				workspaceSymbolProvider: true,
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'Misquote' },
		};
	});

	connection.onInitialized(async () => {
		connection.console.info('Misquote server started');
		if (canConfigure) {
			void connection.client.register(DidChangeConfigurationNotification.type, { section: 'misquote' });
		}
		if (canWatch) {
			void connection.client.register(DidChangeWatchedFilesNotification.type, {
				// Every file: articles by the folder's include globs, and .misquote.json.
				watchers: [{ globPattern: '**/*' }],
			});
		}
		if (folders.length) {
			connection.workspace.onDidChangeWorkspaceFolders((event) => {
				folders = [...folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)), ...event.added];
				void loadAndScan();
			});
		}
		await loadAndScan();
	});

	connection.onDidChangeConfiguration(() => {
		void loadAndScan();
	});

	documents.onDidChangeContent(({ document }) => {
		const uri = document.uri;
		if (!workspace.knows(uri) && !editTimers.has(uri)) {
			// Just opened: read it at once.
			void read(uri, document.getText(), document.languageId, document.version);
			return;
		}
		// Typing: wait for a pause, then check again.
		clearTimeout(editTimers.get(uri));
		editTimers.set(
			uri,
			setTimeout(() => {
				editTimers.delete(uri);
				const doc = documents.get(uri);
				if (doc) {
					void read(uri, doc.getText(), doc.languageId, doc.version);
				}
			}, windowSettings.updateDelay),
		);
	});

	documents.onDidClose(({ document }) => {
		clearTimeout(editTimers.get(document.uri));
		editTimers.delete(document.uri);
		void workspace.close(document.uri).catch((error: unknown) => connection.console.error(String(error)));
	});

	connection.onDidChangeWatchedFiles(async (params) => {
		const changes: unknown[] = Array.isArray(params?.changes) ? params.changes : [];
		for (const change of changes) {
			const { uri, type } = (change ?? {}) as { uri?: unknown; type?: unknown };
			if (typeof uri !== 'string' || !uri.startsWith('file:')) {
				continue;
			}
			try {
				await (type === FileChangeType.Deleted ? workspace.fileDeleted(uri) : workspace.fileChanged(uri));
			} catch (error) {
				connection.console.error(`Misquote: ${uri}: ${String(error)}`);
			}
		}
	});

	connection.onHover(async (params) => {
		const uri = P.documentUri('textDocument/hover', params);
		const at = P.position('textDocument/hover', params.position);
		const article = await current(uri);
		return article ? guard(() => hoverAt(workspace, article, article.offsetAt(at)), null) : null;
	});

	connection.onReferences(async (params) => {
		const uri = P.documentUri('textDocument/references', params);
		const at = P.position('textDocument/references', params.position);
		const article = await current(uri);
		return article ? guard(() => referencesAt(workspace, article, article.offsetAt(at)), []) : [];
	});

	connection.onDefinition(async (params) => {
		const uri = P.documentUri('textDocument/definition', params);
		const at = P.position('textDocument/definition', params.position);
		const article = await current(uri);
		return article ? guard(() => definitionAt(workspace, article, article.offsetAt(at)), []) : [];
	});

	connection.onCodeLens(async (params) => {
		const article = await current(P.documentUri('textDocument/codeLens', params));
		return article ? guard(() => codeLensesOf(workspace, article), []) : [];
	});

	connection.onCodeAction(async (params) => {
		const uri = P.documentUri('textDocument/codeAction', params);
		const range = P.range('textDocument/codeAction', params.range);
		const article = await current(uri);
		if (!article) {
			return [];
		}
		try {
			return await codeActionsAt(workspace, article, article.offsetAt(range.start), article.offsetAt(range.end));
		} catch (error) {
			connection.console.error(`Misquote: ${String(error)}`);
			return [];
		}
	});

	connection.onDocumentSymbol(async (params) => {
		const article = await current(P.documentUri('textDocument/documentSymbol', params));
		return article ? guard(() => documentSymbolsOf(article), []) : [];
	});

	connection.onWorkspaceSymbol((params) => {
		const query = P.optionalString('workspace/symbol', P.paramsObject('workspace/symbol', params), 'query') ?? '';
		return guard(() => workspaceSymbols(workspace, query), []);
	});

	connection.onRequest(ClaimsRequest.method, (params: unknown) => {
		let onlyDiffering = false;
		if (params !== undefined && params !== null) {
			const p = P.paramsObject(ClaimsRequest.method, params);
			if (p.onlyDiffering !== undefined && typeof p.onlyDiffering !== 'boolean') {
				throw P.invalidParams(ClaimsRequest.method, 'onlyDiffering must be true or false');
			}
			onlyDiffering = p.onlyDiffering === true;
		}
		return guard(() => claimsOf(workspace, onlyDiffering), { speakers: [] });
	});

	connection.onRequest(CompareRequest.method, async (params: unknown) => {
		const p = P.paramsObject(CompareRequest.method, params);
		let query: CompareParams;
		if (typeof p.groupId === 'string') {
			query = { groupId: p.groupId };
		} else if (typeof p.uri === 'string') {
			query = { uri: p.uri, position: P.position(CompareRequest.method, p.position) };
			await current(p.uri);
		} else {
			throw P.invalidParams(CompareRequest.method, 'give a groupId, or a uri and a position');
		}
		return guard(() => compare(workspace, query), null);
	});

	connection.onRequest(RescanRequest.method, () => loadAndScan());

	connection.onRequest(ReportRequest.method, (params: unknown) => {
		let format: 'json' | 'markdown' = 'json';
		if (params !== undefined && params !== null) {
			const value = P.paramsObject(ReportRequest.method, params).format;
			if (value !== undefined && value !== 'json' && value !== 'markdown') {
				throw P.invalidParams(ReportRequest.method, 'format must be "json" or "markdown"');
			}
			format = value ?? 'json';
		}
		return guard(() => workspaceReport(workspace, format), '');
	});

	connection.onShutdown(() => extractor.dispose());

	documents.listen(connection);
	connection.listen();
}
