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
import { createNlp } from './nlp';
import {
	ClaimsRequest,
	CompareRequest,
	ReportRequest,
	RescanRequest,
	StatusNotification,
	type ClaimsParams,
	type CompareParams,
	type ReportParams,
	type StatusParams,
} from './protocol';
import { defaultSettings, toSettings, type Settings } from './settings';
import { Workspace, type Article } from './workspace';

/**
 * Serves Misquote over `connection`: reads every article of the workspace folders (open or
 * not), keeps their quotations and groups current as files and editors change, and answers
 * with diagnostics, hovers, references, code lenses, quick fixes, symbols and Misquote's own
 * requests. The caller owns the transport (stdio or IPC in `main.ts`, streams in tests).
 */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const engine = createEngine({ nlp: createNlp(), logger: { warn: (m) => connection.console.warn(m) } });
	const pending = new Set<string>();
	const published = new Map<string, string>();
	/** Articles whose diagnostics were published at least once. */
	const seen = new Set<string>();
	const editTimers = new Map<string, NodeJS.Timeout>();
	let flushTimer: NodeJS.Timeout | undefined;
	let folders: Array<{ uri: string; name: string }> = [];
	let canConfigure = false;
	let canWatch = false;
	let canReportProgress = false;
	let windowSettings: Settings = defaultSettings();

	const workspace = new Workspace(engine, {
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
		// What every article of one statement reports of it is worked out once per flush.
		const facts: GroupFacts = new Map();
		const scanning = workspace.scanning;
		for (const path of pending) {
			const article = workspace.articleAtPath(path);
			if (scanning && article && !article.open && seen.has(path)) {
				// While a scan reads a folder, a reprinted statement changes the articles quoting it
				// with every batch: those already shown wait for the scan's last flush, which
				// publishes every article once.
				continue;
			}
			pending.delete(path);
			const uri = article?.uri ?? published.get(path);
			if (!uri) {
				continue;
			}
			seen.add(path);
			const diagnostics = article ? guard(() => diagnosticsOf(workspace, article, facts), []) : [];
			void connection.sendDiagnostics({ uri, diagnostics });
			if (diagnostics.length) {
				published.set(path, uri);
			} else {
				published.delete(path);
			}
		}
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
			workspace.setOpen(doc.uri, doc.getText(), doc.languageId);
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

	/** Brings an open document's article up to date now, if an edit is still waiting. */
	function current(uri: string): Article | undefined {
		const timer = editTimers.get(uri);
		if (timer) {
			clearTimeout(timer);
			editTimers.delete(uri);
			const doc = documents.get(uri);
			if (doc) {
				guard(() => workspace.setOpen(uri, doc.getText(), doc.languageId), undefined);
			}
		}
		return workspace.article(uri);
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
		if (!workspace.knows(uri)) {
			// Just opened: read it at once.
			guard(() => workspace.setOpen(uri, document.getText(), document.languageId), undefined);
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
					guard(() => workspace.setOpen(uri, doc.getText(), doc.languageId), undefined);
				}
			}, windowSettings.updateDelay),
		);
	});

	documents.onDidClose(({ document }) => {
		clearTimeout(editTimers.get(document.uri));
		editTimers.delete(document.uri);
		void workspace.close(document.uri).catch((error: unknown) => connection.console.error(String(error)));
	});

	connection.onDidChangeWatchedFiles(async ({ changes }) => {
		for (const change of changes) {
			if (!change.uri.startsWith('file:')) {
				continue;
			}
			await (change.type === FileChangeType.Deleted ? workspace.fileDeleted(change.uri) : workspace.fileChanged(change.uri));
		}
	});

	connection.onHover(({ textDocument, position }) => {
		const article = current(textDocument.uri);
		return article ? guard(() => hoverAt(workspace, article, article.offsetAt(position)), null) : null;
	});

	connection.onReferences(({ textDocument, position }) => {
		const article = current(textDocument.uri);
		return article ? guard(() => referencesAt(workspace, article, article.offsetAt(position)), []) : [];
	});

	connection.onDefinition(({ textDocument, position }) => {
		const article = current(textDocument.uri);
		return article ? guard(() => definitionAt(workspace, article, article.offsetAt(position)), []) : [];
	});

	connection.onCodeLens(({ textDocument }) => {
		const article = current(textDocument.uri);
		return article ? guard(() => codeLensesOf(workspace, article), []) : [];
	});

	connection.onCodeAction(async ({ textDocument, range }) => {
		const article = current(textDocument.uri);
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

	connection.onDocumentSymbol(({ textDocument }) => {
		const article = current(textDocument.uri);
		return article ? guard(() => documentSymbolsOf(article), []) : [];
	});

	connection.onWorkspaceSymbol(({ query }) => guard(() => workspaceSymbols(workspace, query), []));

	connection.onRequest(ClaimsRequest.method, (params: ClaimsParams | undefined) => guard(() => claimsOf(workspace, params?.onlyDiffering === true), { speakers: [] }));

	connection.onRequest(CompareRequest.method, (params: CompareParams) => {
		if (params && 'uri' in params) {
			current(params.uri);
		}
		return params ? guard(() => compare(workspace, params), null) : null;
	});

	connection.onRequest(RescanRequest.method, () => loadAndScan());

	connection.onRequest(ReportRequest.method, (params: ReportParams) => guard(() => workspaceReport(workspace, params?.format === 'markdown' ? 'markdown' : 'json'), ''));

	documents.listen(connection);
	connection.listen();
}
